package org.backroot.account.domain;

/** What an account may do. Everyone registers as a PERSON; clinicians and admins are granted. */
public enum Role {
    PERSON, CLINICIAN, ADMIN
}
