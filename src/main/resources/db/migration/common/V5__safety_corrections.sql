-- "I answered this by mistake": a person withdraws their answers to one red-flag item. Kept, never
-- deleted, so the record shows what was said and what was taken back.
--   item          the red-flag screen item (linkId), e.g. bladder-change
--   corrected_on  the person's own date of the correction
--   recorded_at   ISO-8601 UTC; answers told up to this instant are withdrawn, later ones count again
CREATE TABLE safety_correction (
    id            VARCHAR(36)  PRIMARY KEY,
    user_id       VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    item          VARCHAR(64)  NOT NULL,
    corrected_on  VARCHAR(10)  NOT NULL,
    recorded_at   VARCHAR(24)  NOT NULL,
    note          VARCHAR(500)
);
CREATE INDEX safety_correction_user ON safety_correction (user_id, recorded_at);
