-- The care team: a person invites a clinician with a short code and chooses what they may see and do.
-- Both tables are keyed by the person (user_id), so they go with the person's other rows when the schema is
-- distributed and when the account is deleted. The clinician is named by clinician_id (an app_user id, no foreign
-- key: app_user is referenced only through user_id); an account deletion removes the rows that name it.

-- A code handed to a clinician: stored only as its SHA-256 hash, single use, expiring.
CREATE TABLE care_invitation (
    user_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    id           VARCHAR(36)  NOT NULL,
    code_hash    VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(100) NOT NULL,
    created_at   VARCHAR(24)  NOT NULL,
    expires_at   VARCHAR(24)  NOT NULL,
    used_at      VARCHAR(24),
    used_by      VARCHAR(36),
    PRIMARY KEY (user_id, id)
);
CREATE INDEX care_invitation_code ON care_invitation (code_hash);

-- A clinician in the person's care team, with the scopes the person chose; deleted when the person revokes it.
CREATE TABLE care_link (
    user_id       VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    clinician_id  VARCHAR(36)  NOT NULL,
    scopes        VARCHAR(100) NOT NULL,
    since         VARCHAR(24)  NOT NULL,
    PRIMARY KEY (user_id, clinician_id)
);
CREATE INDEX care_link_clinician ON care_link (clinician_id);
