package org.backroot.account.domain;

import java.time.Instant;
import java.util.Set;

/** A registered person, clinician or admin. The password hash never leaves the account module. */
public record Account(String id, Email email, String displayName, Set<Role> roles, Instant createdAt) {

    public Account {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be empty");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) throw new IllegalArgumentException("roles must not be empty");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
