package org.backroot.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator ({@code backroot.admin.email} / {@code backroot.admin.password}, or
 * BACKROOT_ADMIN_EMAIL / BACKROOT_ADMIN_PASSWORD, or --backroot.admin.email=... on the command line).
 * There is deliberately no default password.
 */
@ConfigurationProperties("backroot.admin")
record AdminProperties(String email, String password) {

    boolean isConfigured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
