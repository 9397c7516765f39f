-- Signaal vault schema, version 3: a cached assessment level per interview (recomputed on every answer;
-- the case view always recomputes it live) and indexes for the case list.
ALTER TABLE interviews ADD COLUMN level TEXT;

CREATE INDEX reminders_by_case ON reminders (case_id) WHERE done_at IS NULL;
