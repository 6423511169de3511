-- An administrator can switch a clinician account off (and on again): while disabled_at is set, the account cannot
-- sign in, and its sessions and access tokens were ended when it was set. ISO-8601 UTC text like every timestamp.
ALTER TABLE app_user ADD COLUMN disabled_at VARCHAR(24);
