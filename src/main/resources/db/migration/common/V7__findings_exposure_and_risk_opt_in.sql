-- Findings that mean what they say (issue 7, part 4).
--
-- Graded exposure as a behavioural experiment:
--   exposure_log.harm_expected   the person's predicted likelihood, 0-100 %, that the feared outcome happens (null for logs before V7)
--   exposure_log.harm_happened   whether the feared outcome happened; success is that it did not (null for logs before V7)
--   fear_ladder_item.advances    experiments that went well while fear fell; only these move a library template up a level
--   fear_ladder_item.template    the library exposure theme for the item: bend, lift, sit, twist, or none (the person's own
--                                small step); null = not settled yet (the words matched no theme surely; the person is asked)
--   exposure_pending             a step logged without everything the experiment needs (fear after, what happened):
--                                kept and asked again, never filled with a default
--
-- The 7-day flare estimate is opt-in:
--   insight_preference.show_flare_risk   false until the person turns it on

ALTER TABLE exposure_log ADD COLUMN harm_expected INTEGER;
ALTER TABLE exposure_log ADD COLUMN harm_happened BOOLEAN;

ALTER TABLE fear_ladder_item ADD COLUMN advances INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fear_ladder_item ADD COLUMN template VARCHAR(20);

CREATE TABLE exposure_pending (
    id             VARCHAR(36)  PRIMARY KEY,
    user_id        VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    item_id        VARCHAR(36)  NOT NULL REFERENCES fear_ladder_item (id) ON DELETE CASCADE,
    on_date        VARCHAR(10)  NOT NULL,
    harm_expected  INTEGER,
    harm_happened  BOOLEAN,
    expected_pain  INTEGER,
    actual_pain    INTEGER,
    fear_before    INTEGER,
    fear_after     INTEGER,
    recorded_at    VARCHAR(24)  NOT NULL
);
CREATE INDEX exposure_pending_user ON exposure_pending (user_id, on_date);

CREATE TABLE insight_preference (
    user_id          VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    show_flare_risk  BOOLEAN     NOT NULL,
    updated_at       VARCHAR(24) NOT NULL
);
