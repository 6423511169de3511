package org.backroot.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Argon2id cost for new password hashes ({@code backroot.security.argon2.*}). The defaults follow OWASP's
 * Password Storage Cheat Sheet (19 MiB, 2 passes, 1 lane); raise them on a larger machine, never lower them in
 * production. Changing them re-hashes each password the next time its owner signs in.
 */
@ConfigurationProperties("backroot.security.argon2")
record PasswordHashingProperties(
        @DefaultValue("19456") int memoryKib,
        @DefaultValue("2") int iterations,
        @DefaultValue("1") int parallelism) {

    PasswordHashingProperties {
        if (memoryKib < 8 * parallelism) throw new IllegalArgumentException("backroot.security.argon2.memory-kib must be at least 8 per lane");
        if (iterations < 1) throw new IllegalArgumentException("backroot.security.argon2.iterations must be at least 1");
        if (parallelism < 1) throw new IllegalArgumentException("backroot.security.argon2.parallelism must be at least 1");
    }
}
