-- Registry vault schema, version 2: the registry's keys, trusted senders, received batches and meldingen.
-- The registry's own age identity and the secret for linkage keys; both stay inside this vault.
CREATE TABLE registry_keys (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    age_identity   TEXT NOT NULL,
    age_recipient  TEXT NOT NULL,
    linkage_secret BLOB NOT NULL,
    created_at     TEXT NOT NULL
);

-- Organisations whose batches are accepted, by their minisign key.
CREATE TABLE trusted_senders (
    key_id     TEXT PRIMARY KEY,          -- 16 hex digits, as minisign prints it
    public_key BLOB NOT NULL,             -- Ed25519, 32 bytes
    name       TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    revoked_at TEXT,
    last_sequence INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE received_batches (
    batch_id    TEXT PRIMARY KEY,
    key_id      TEXT NOT NULL REFERENCES trusted_senders (key_id),
    org_id      TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    created     TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    count       INTEGER NOT NULL,
    gap_before  INTEGER NOT NULL DEFAULT 0
);

-- One row per melding UUID, the latest version; withdrawn ones stay but do not count.
CREATE TABLE reg_meldingen (
    uuid        TEXT PRIMARY KEY,
    key_id      TEXT NOT NULL,
    org_name    TEXT NOT NULL,
    batch_id    TEXT NOT NULL,
    status      TEXT NOT NULL,
    basis       TEXT,
    facts       TEXT,                      -- JSON of the coded fields
    year        INTEGER,
    person_id   TEXT NOT NULL,             -- linked meldingen share one person id
    linkage_key TEXT,                      -- HMAC of normalised name + date of birth (+ nationality); consent only
    name_key    TEXT,                      -- normalised name, for fuzzy candidates; consent only
    birth_date  TEXT,                      -- consent only
    person      TEXT,                      -- JSON of the person block; consent only
    updated_at  TEXT NOT NULL
);
CREATE INDEX reg_meldingen_by_year ON reg_meldingen (year);
CREATE INDEX reg_meldingen_by_birth ON reg_meldingen (birth_date) WHERE birth_date IS NOT NULL;
CREATE INDEX reg_meldingen_by_linkage ON reg_meldingen (linkage_key) WHERE linkage_key IS NOT NULL;

CREATE TABLE duplicate_candidates (
    id          INTEGER PRIMARY KEY,
    uuid_a      TEXT NOT NULL,
    uuid_b      TEXT NOT NULL,
    score       REAL NOT NULL,
    reasons     TEXT NOT NULL,             -- JSON list of reason codes
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'linked', 'dismissed')),
    reviewed_by TEXT,
    reviewed_at TEXT,
    UNIQUE (uuid_a, uuid_b)
);
