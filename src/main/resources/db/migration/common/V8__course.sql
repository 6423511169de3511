-- The short course: what each person has read and answered, and their own flare plan.
-- lesson_progress: one row per person and lesson once they opened or answered it.
--   lesson_id    the id in education/course.yaml
--   read_at      when they first opened it (instant, UTC)
--   answer       the option id they chose last (a, b, c, ...), null until answered
--   correct      whether that answer was the right one
--   answered_at  when they answered last
-- flare_plan: the person's own words, each part optional (at most 500 characters, checked by the app).

CREATE TABLE lesson_progress (
    user_id      VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    lesson_id    VARCHAR(60) NOT NULL,
    read_at      VARCHAR(24),
    answer       VARCHAR(8),
    correct      BOOLEAN,
    answered_at  VARCHAR(24),
    PRIMARY KEY (user_id, lesson_id)
);

CREATE TABLE flare_plan (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    what_helps  VARCHAR(2000),
    first_days  VARCHAR(2000),
    contacts    VARCHAR(2000),
    keep_doing  VARCHAR(2000),
    updated_at  VARCHAR(24) NOT NULL
);
