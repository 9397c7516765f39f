-- Signaal vault schema, version 1.
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

CREATE TABLE case_numbers (
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
) WITHOUT ROWID;

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users (id),
    gender       TEXT NOT NULL DEFAULT 'onbekend',
    nationality  TEXT,
    birth_year   INTEGER,
    closed_at    TEXT,
    close_reason TEXT
);

-- Identifying data, apart from the pseudonymous case.
CREATE TABLE case_identity (
    case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    given_names   TEXT NOT NULL DEFAULT '',
    family_name   TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    contact_ref   TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
);

CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    form_id          TEXT NOT NULL,
    form_version     TEXT NOT NULL,
    form_hash        TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    user_id          INTEGER REFERENCES users (id),
    language         TEXT NOT NULL DEFAULT 'nl',
    interpreter_used INTEGER NOT NULL DEFAULT 0,
    position         TEXT,
    notes            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE answers (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    item_id      TEXT NOT NULL,
    value        TEXT NOT NULL,  -- JSON
    note         TEXT NOT NULL DEFAULT '',
    answered_at  TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    PRIMARY KEY (interview_id, item_id)
) WITHOUT ROWID;

CREATE TABLE track_transitions (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    track     TEXT NOT NULL,
    state     TEXT NOT NULL,
    at        TEXT NOT NULL,
    user_id   INTEGER REFERENCES users (id),
    user_name TEXT NOT NULL,
    reason    TEXT,
    detail    TEXT NOT NULL DEFAULT '{}',  -- JSON
    note      TEXT NOT NULL DEFAULT ''
);

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
