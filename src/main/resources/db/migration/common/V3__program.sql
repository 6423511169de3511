-- The program: plan preferences, weekly plans, phase changes (with their causes), the level shifts
-- that earlier weeks and flares leave behind, and the fear ladder with its exposure logs.
-- Same conventions as V1: ids VARCHAR(36), dates VARCHAR(10) ISO, instants VARCHAR(24), JSON as TEXT.

CREATE TABLE plan_preferences (
    user_id          VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    minutes_per_day  INTEGER     NOT NULL,
    days_per_week    INTEGER     NOT NULL,
    updated_at       VARCHAR(24) NOT NULL
);

-- One row per generated plan; the newest (created_at) is the current one. decision_* hold the
-- weekly progression decision (progress / hold / regress-activity) that shaped this plan, if any.
CREATE TABLE weekly_plan (
    id                VARCHAR(36) PRIMARY KEY,
    user_id           VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    phase             VARCHAR(20) NOT NULL,
    starts_on         VARCHAR(10) NOT NULL,
    minutes_per_day   INTEGER     NOT NULL,
    days              TEXT        NOT NULL,
    decision_kind     VARCHAR(20),
    decision_reasons  TEXT,
    created_at        VARCHAR(24) NOT NULL
);
CREATE INDEX weekly_plan_user ON weekly_plan (user_id, created_at);

CREATE TABLE phase_change (
    id           VARCHAR(36)   PRIMARY KEY,
    user_id      VARCHAR(36)   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    from_phase   VARCHAR(20)   NOT NULL,
    to_phase     VARCHAR(20)   NOT NULL,
    cause        VARCHAR(1000) NOT NULL,
    on_date      VARCHAR(10)   NOT NULL,
    level_shift  INTEGER       NOT NULL,
    recorded_at  VARCHAR(24)   NOT NULL
);
CREATE INDEX phase_change_user ON phase_change (user_id, recorded_at);

-- PlanHistory.levelShifts as a JSON object per person, e.g. {"all":-1,"cat-camel":-1}.
CREATE TABLE plan_history (
    user_id       VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    level_shifts  TEXT        NOT NULL,
    updated_at    VARCHAR(24) NOT NULL
);

CREATE TABLE fear_ladder_item (
    id          VARCHAR(36)  PRIMARY KEY,
    user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    activity    VARCHAR(120) NOT NULL,
    fear        INTEGER      NOT NULL,
    successes   INTEGER      NOT NULL,
    last_fear   INTEGER,
    created_at  VARCHAR(24)  NOT NULL
);
CREATE INDEX fear_ladder_item_user ON fear_ladder_item (user_id, created_at);

CREATE TABLE exposure_log (
    id             VARCHAR(36)  PRIMARY KEY,
    user_id        VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    item_id        VARCHAR(36)  NOT NULL REFERENCES fear_ladder_item (id) ON DELETE CASCADE,
    on_date        VARCHAR(10)  NOT NULL,
    expected_pain  INTEGER      NOT NULL,
    actual_pain    INTEGER      NOT NULL,
    fear_before    INTEGER      NOT NULL,
    fear_after     INTEGER      NOT NULL,
    recorded_at    VARCHAR(24)  NOT NULL
);
CREATE INDEX exposure_log_user ON exposure_log (user_id, on_date);
