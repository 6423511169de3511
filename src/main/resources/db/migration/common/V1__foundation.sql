-- Accounts, access tokens, audit log, assessment responses, self-tests, safety clearances,
-- onboarding skips and red-flag symptom reports (HTTP sessions: V1_1, per vendor). Timestamps are
-- ISO-8601 UTC text with millisecond precision (sortable as text), dates are ISO yyyy-MM-dd text,
-- ids are UUID text: the same on SQLite and PostgreSQL.
-- Every row of personal data carries user_id, so the schema can be distributed by person.

CREATE TABLE app_user (
    id             VARCHAR(36)  PRIMARY KEY,
    email          VARCHAR(254) NOT NULL UNIQUE,
    password_hash  VARCHAR(200) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    roles          VARCHAR(100) NOT NULL,
    created_at     VARCHAR(24)  NOT NULL
);

CREATE TABLE access_token (
    id            VARCHAR(36)  PRIMARY KEY,
    user_id       VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    created_at    VARCHAR(24)  NOT NULL,
    last_used_at  VARCHAR(24)
);
CREATE INDEX access_token_user ON access_token (user_id);

CREATE TABLE audit_log (
    id              VARCHAR(36)  PRIMARY KEY,
    actor_id        VARCHAR(36),
    subject_user_id VARCHAR(36),
    action          VARCHAR(64)  NOT NULL,
    detail          VARCHAR(500),
    at              VARCHAR(24)  NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_user_id, at);

CREATE TABLE instrument_response (
    id                  VARCHAR(36) PRIMARY KEY,
    user_id             VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    instrument_id       VARCHAR(64) NOT NULL,
    instrument_version  INTEGER     NOT NULL,
    completed_at        VARCHAR(24) NOT NULL,
    answers             TEXT        NOT NULL,
    score               DOUBLE PRECISION,
    band                VARCHAR(40),
    complete            BOOLEAN     NOT NULL,
    subscores           TEXT        NOT NULL,
    details             TEXT        NOT NULL
);
CREATE INDEX instrument_response_user ON instrument_response (user_id, instrument_id, completed_at);

CREATE TABLE self_test (
    id            VARCHAR(36) PRIMARY KEY,
    user_id       VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    taken_on      VARCHAR(10) NOT NULL,
    recorded_at   VARCHAR(24) NOT NULL,
    measurements  TEXT        NOT NULL,
    findings      TEXT        NOT NULL
);
CREATE INDEX self_test_user ON self_test (user_id, taken_on, recorded_at);

CREATE TABLE safety_clearance (
    id            VARCHAR(36)  PRIMARY KEY,
    user_id       VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    assessed_on   VARCHAR(10)  NOT NULL,
    confirmed_at  VARCHAR(24)  NOT NULL,
    note          VARCHAR(500)
);
CREATE INDEX safety_clearance_user ON safety_clearance (user_id, confirmed_at);

-- Onboarding steps a person chose to skip for now (they can come back to them).
CREATE TABLE onboarding_skip (
    user_id     VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    step        VARCHAR(64) NOT NULL,
    skipped_at  VARCHAR(24) NOT NULL,
    PRIMARY KEY (user_id, step)
);

-- Red-flag symptoms reported after the screening (for example in a daily check-in); codes comma-separated.
CREATE TABLE safety_symptom_report (
    id           VARCHAR(36)  PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    reported_on  VARCHAR(10)  NOT NULL,
    symptoms     VARCHAR(500) NOT NULL,
    recorded_at  VARCHAR(24)  NOT NULL
);
CREATE INDEX safety_symptom_report_user ON safety_symptom_report (user_id, recorded_at);
