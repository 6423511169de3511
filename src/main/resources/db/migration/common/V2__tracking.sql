-- Daily check-ins and the practice log (owner: tracking).
-- One check-in per person and day: the primary key makes PUT an upsert, so repeating it changes nothing.
-- new_symptoms holds symptom codes comma-separated in a fixed order ('' when none were given).
CREATE TABLE check_in (
    user_id         VARCHAR(36)      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    day             VARCHAR(10)      NOT NULL,
    pain            INTEGER          NOT NULL,
    stress          INTEGER          NOT NULL,
    sleep_hours     DOUBLE PRECISION NOT NULL,
    sleep_quality   INTEGER,
    active_minutes  INTEGER,
    steps           INTEGER,
    sitting_hours   DOUBLE PRECISION,
    diet_quality    INTEGER,
    alcohol_units   DOUBLE PRECISION,
    flare           BOOLEAN          NOT NULL,
    new_symptoms    TEXT             NOT NULL,
    note            TEXT,
    updated_at      VARCHAR(24)      NOT NULL,
    PRIMARY KEY (user_id, day)
);

-- Practice items done (or stopped), with the fear-ladder numbers for exposures. The optional
-- idempotency key lets a client retry a POST without logging the practice twice.
CREATE TABLE practice_log (
    id                   VARCHAR(36)  PRIMARY KEY,
    user_id              VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    day                  VARCHAR(10)  NOT NULL,
    activity_id          VARCHAR(80)  NOT NULL,
    completed            BOOLEAN      NOT NULL,
    pain_during          INTEGER,
    note                 TEXT,
    expected_pain        INTEGER,
    actual_pain          INTEGER,
    fear_before          INTEGER,
    fear_after           INTEGER,
    fear_ladder_item_id  VARCHAR(80),
    idempotency_key      VARCHAR(200),
    recorded_at          VARCHAR(24)  NOT NULL,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX practice_log_user_day ON practice_log (user_id, day, recorded_at);
