-- Password reset by email (only offered when mail is configured). The link carries 256 random bits; only their
-- SHA-256 is stored, as for access tokens. A link works once (used_at) and until expires_at (an hour after it was
-- sent). Rows go with the account. Timestamps are ISO-8601 UTC text, as everywhere.
CREATE TABLE password_reset (
    user_id    VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    created_at VARCHAR(24) NOT NULL,
    expires_at VARCHAR(24) NOT NULL,
    used_at    VARCHAR(24),
    PRIMARY KEY (user_id, token_hash)
);
-- The link names no person, so it is looked up by its hash alone.
CREATE INDEX password_reset_token ON password_reset (token_hash);
