-- Registry vault schema, version 1: what every vault needs to be opened and audited (the same tables as the
-- field vault's 0001 and 0002: vault facts, settings, users with their key slots, the append-only audit log).
-- The registry holds no cases, interviews or tracks.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
) WITHOUT ROWID;

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,    -- normalised name, for lookups
    role       TEXT NOT NULL CHECK (role IN ('intake', 'coordinator', 'admin')),
    slot_id    TEXT UNIQUE,      -- key slot in vault.signaal.keys
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE UNIQUE INDEX users_active_name ON users (name_key) WHERE removed_at IS NULL;

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,             -- JSON
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- The last audit row, so that deleting rows from the end of the log is noticed too.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
