-- The person's own clock and the facts about them that change what care they need.
-- time_zone: an IANA id (Europe/Berlin); every "today" the person sees or enters is in it.
-- about_you: one row per person once they answered; every column may be null (not answered).
--   birth_year              year of birth, so the current age stays right as years pass
--   sex                     female | male | other | not-said
--   pregnancy               no | pregnant | recently-given-birth (within the last 6 months)
--   active_cancer_treatment true while the person is being treated for cancer
--   osteoporosis_medication true while the person takes medicine for thin or fragile bones

ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';

CREATE TABLE about_you (
    user_id                  VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    birth_year               INTEGER,
    sex                      VARCHAR(20),
    pregnancy                VARCHAR(30),
    active_cancer_treatment  BOOLEAN,
    osteoporosis_medication  BOOLEAN,
    updated_at               VARCHAR(24) NOT NULL
);
