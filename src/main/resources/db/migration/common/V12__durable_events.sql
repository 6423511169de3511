-- Module events written in the same transaction as the change that raised them (an outbox), so a crash or a
-- failing listener between the commit and the listener loses nothing: incomplete ones are delivered again at
-- start-up and on a schedule. Keyed by the person, like every person-owned table.
CREATE TABLE event_publication (
    user_id          VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    id               VARCHAR(36)  NOT NULL,
    event_type       VARCHAR(200) NOT NULL,
    payload          TEXT         NOT NULL,
    published_at     VARCHAR(24)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  VARCHAR(24)  NOT NULL,
    last_error       VARCHAR(200),
    completed_at     VARCHAR(24),
    PRIMARY KEY (user_id, id)
);
CREATE INDEX event_publication_incomplete ON event_publication (id) WHERE completed_at IS NULL;

-- Listeners remember what they handled, so a second delivery changes nothing.
CREATE TABLE event_handled (
    user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    handler     VARCHAR(100) NOT NULL,
    event_key   VARCHAR(100) NOT NULL,
    handled_at  VARCHAR(24)  NOT NULL,
    PRIMARY KEY (user_id, handler, event_key)
);

-- One switch per person, day and direction: a replayed event or two instances deciding at once cannot record
-- it twice. Earlier duplicates (the second of a race) go first, keeping the earliest.
DELETE FROM phase_change WHERE EXISTS (
    SELECT 1 FROM phase_change o
    WHERE o.user_id = phase_change.user_id AND o.on_date = phase_change.on_date
      AND o.from_phase = phase_change.from_phase AND o.to_phase = phase_change.to_phase
      AND (o.recorded_at < phase_change.recorded_at OR (o.recorded_at = phase_change.recorded_at AND o.id < phase_change.id)));
CREATE UNIQUE INDEX phase_change_once ON phase_change (user_id, on_date, from_phase, to_phase);
