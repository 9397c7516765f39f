-- Signaal vault schema, version 2: an append-only audit log, lookup indexes and reminders.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE INDEX interviews_by_case ON interviews (case_id, started_at);
CREATE INDEX transitions_by_case ON track_transitions (case_id, track, id);

CREATE TABLE reminders (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,          -- e.g. 'bedenktijd_einde', 'vervolggesprek'
    due        TEXT NOT NULL,          -- date, YYYY-MM-DD
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    user_id    INTEGER REFERENCES users (id),
    done_at    TEXT
);
CREATE INDEX reminders_open_by_due ON reminders (due) WHERE done_at IS NULL;
