-- Alerts for the care team: raised from a person's signals (red flag, long calm phase, re-screen due, outcome worse,
-- no check-in, low adherence), once per occurrence, and kept with every acknowledgement as the person's history.
-- Keyed by the person (user_id), so they go with the person's other rows. The clinician is named by clinician_id
-- (no foreign key: app_user is referenced only through user_id).

-- One occurrence of an alert condition. (user_id, kind, occurrence, run) is unique, so two instances raising the
-- same occurrence at once store it once; run counts the times the same occurrence held again after it had ended.
CREATE TABLE care_alert (
    user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    id          VARCHAR(36)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    occurrence  VARCHAR(200) NOT NULL,
    run         INTEGER      NOT NULL,
    since       VARCHAR(10)  NOT NULL,
    detail      VARCHAR(500) NOT NULL,
    raised_at   VARCHAR(24)  NOT NULL,
    ended_at    VARCHAR(24),
    PRIMARY KEY (user_id, id),
    UNIQUE (user_id, kind, occurrence, run)
);

-- A clinician's acknowledgement of an alert, with their note; each clinician acknowledges for their own panel.
CREATE TABLE care_alert_ack (
    user_id          VARCHAR(36)  NOT NULL,
    alert_id         VARCHAR(36)  NOT NULL,
    clinician_id     VARCHAR(36)  NOT NULL,
    note             VARCHAR(500) NOT NULL,
    acknowledged_at  VARCHAR(24)  NOT NULL,
    PRIMARY KEY (user_id, alert_id, clinician_id),
    FOREIGN KEY (user_id, alert_id) REFERENCES care_alert (user_id, id) ON DELETE CASCADE
);
