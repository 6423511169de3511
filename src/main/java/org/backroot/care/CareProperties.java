package org.backroot.care;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationDays    how long a new invitation code stays valid when the person does not say
 * @param maxInvitationDays the longest a person may choose
 */
@ConfigurationProperties("backroot.care")
record CareProperties(@DefaultValue("7") int invitationDays, @DefaultValue("30") int maxInvitationDays) {

    CareProperties {
        if (maxInvitationDays < 1) throw new IllegalArgumentException("backroot.care.max-invitation-days must be at least 1");
        if (invitationDays < 1 || invitationDays > maxInvitationDays) {
            throw new IllegalArgumentException("backroot.care.invitation-days must be from 1 to backroot.care.max-invitation-days");
        }
    }
}
