-- Answers to "Is this a flare?" (owner: tracking). Backroot asks when pain is raised on a single day;
-- the answer is remembered so the same day is not asked about again and the flare definition can use it:
-- is_flare true makes the day a flare, false keeps it from counting towards raised days in a row.
-- One answer per person and day; answering again replaces it.
CREATE TABLE flare_answer (
    user_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    day          VARCHAR(10)  NOT NULL,
    is_flare     BOOLEAN      NOT NULL,
    answered_at  VARCHAR(24)  NOT NULL,
    PRIMARY KEY (user_id, day)
);
