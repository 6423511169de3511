-- Milestones are read from stored data each time; only the person's "thanks, got it" on the Today card is kept,
-- so a milestone they put away stays off Today (it stays in the report and the API). Keyed by the person.
CREATE TABLE milestone_seen (
    user_id       VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    milestone_key VARCHAR(120) NOT NULL,
    seen_at       VARCHAR(24)  NOT NULL,
    PRIMARY KEY (user_id, milestone_key)
);
