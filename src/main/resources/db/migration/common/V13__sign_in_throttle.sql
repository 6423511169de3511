-- Sign-in throttling, shared by every instance: failed attempts per account (keyed by a SHA-256 of the
-- normalised email, so unknown emails are throttled alike and not stored) and per client address.
-- unreported_* count what the account's owner has not been told yet; they are moved to sign_in_notice
-- at the next successful sign-in. Timestamps are ISO-8601 UTC text, as everywhere.
CREATE TABLE sign_in_throttle (
    throttle_key         VARCHAR(120) PRIMARY KEY,
    failures             INTEGER      NOT NULL,
    last_failure_at      VARCHAR(24)  NOT NULL,
    locked_until         VARCHAR(24),
    unreported_failures  INTEGER      NOT NULL DEFAULT 0,
    unreported_throttled INTEGER      NOT NULL DEFAULT 0,
    first_unreported_at  VARCHAR(24)
);

-- What a person is told at their next sign-in: attempts on their account since they last signed in.
CREATE TABLE sign_in_notice (
    user_id            VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    failed_attempts    INTEGER     NOT NULL,
    throttled_attempts INTEGER     NOT NULL,
    first_at           VARCHAR(24) NOT NULL,
    last_at            VARCHAR(24) NOT NULL
);

-- Raised whenever a person's tokens or roles change (a token revoked, roles granted): every instance reads it
-- with a cached token sign-in, so revocation takes effect everywhere at once.
ALTER TABLE app_user ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 0;
