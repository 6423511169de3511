-- Talking with the care team: one thread per link between a person and a clinician who holds the "messages" scope,
-- and its plain-text messages. Both tables are keyed by the person (user_id), like the link itself: they go with the
-- person's other rows when the schema is distributed and when the account is deleted. The clinician is named by
-- clinician_id (no foreign key: app_user is referenced only through user_id); deleting the clinician's account
-- removes the thread, and its messages with it. A thread outlives a revoked link so the person keeps the past
-- messages, read-only.

-- One thread per link; both sides use its random id in addresses, found through the non-unique index on id.
CREATE TABLE care_thread (
    user_id          VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    clinician_id     VARCHAR(36) NOT NULL,
    id               VARCHAR(36) NOT NULL,
    created_at       VARCHAR(24) NOT NULL,
    message_count    INTEGER     NOT NULL DEFAULT 0,
    last_message_at  VARCHAR(24),
    PRIMARY KEY (user_id, clinician_id),
    UNIQUE (user_id, id)
);
CREATE INDEX care_thread_id ON care_thread (id);
CREATE INDEX care_thread_clinician ON care_thread (clinician_id);

-- A message, numbered 1, 2, 3 ... within its thread; author is 'person' or 'clinician' (a thread has exactly those
-- two sides); read_at is when the other side first opened it, null until then.
CREATE TABLE care_message (
    user_id    VARCHAR(36)   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    thread_id  VARCHAR(36)   NOT NULL,
    seq        INTEGER       NOT NULL,
    author     VARCHAR(10)   NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    sent_at    VARCHAR(24)   NOT NULL,
    read_at    VARCHAR(24),
    PRIMARY KEY (user_id, thread_id, seq),
    FOREIGN KEY (user_id, thread_id) REFERENCES care_thread (user_id, id) ON DELETE CASCADE
);
