-- What a linked clinician changed (issue 10, scope adjust). Both tables are keyed by the person (user_id), so they
-- go with the person's account; clinician_id names the clinician without a foreign key (app_user is referenced only
-- through user_id), and clinician_name keeps the name shown to the person at the time.

-- Every plan adjustment is a new version; the newest is in force. Activity ids are comma-separated.
CREATE TABLE plan_adjustment (
    user_id             VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    version             INTEGER      NOT NULL,
    clinician_id        VARCHAR(36)  NOT NULL,
    clinician_name      VARCHAR(120) NOT NULL,
    adjusted_at         VARCHAR(24)  NOT NULL,
    max_level           INTEGER,
    exclude_activities  VARCHAR(4000) NOT NULL,
    include_activities  VARCHAR(4000) NOT NULL,
    pause_exposure      BOOLEAN      NOT NULL,
    minutes_per_day     INTEGER,
    note                VARCHAR(1000),
    PRIMARY KEY (user_id, version)
);

-- A clinician's structured clearance: the red-flag conditions they ruled out on assessed_on (comma-separated codes)
-- and restrictions with how long they last ("loaded-flexion:4" = four weeks from the assessment), comma-separated.
CREATE TABLE safety_clinician_clearance (
    user_id         VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    id              VARCHAR(36)  NOT NULL,
    clinician_id    VARCHAR(36)  NOT NULL,
    clinician_name  VARCHAR(120) NOT NULL,
    assessed_on     VARCHAR(10)  NOT NULL,
    recorded_at     VARCHAR(24)  NOT NULL,
    ruled_out       VARCHAR(500) NOT NULL,
    restrictions    VARCHAR(500) NOT NULL,
    note            VARCHAR(1000),
    PRIMARY KEY (user_id, id)
);
CREATE INDEX safety_clinician_clearance_user ON safety_clinician_clearance (user_id, recorded_at);
