-- Signaal vault schema, version 4: the organisation's signing key, export batches and meldingen.
CREATE TABLE org_keys (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     BLOB NOT NULL,      -- minisign key id, 8 bytes
    seed       BLOB NOT NULL,      -- Ed25519 private key, 32 bytes (inside the encrypted vault only)
    created_at TEXT NOT NULL
);

-- One row per batch sequence number; reserved before writing, so a number is never used twice.
CREATE TABLE export_batches (
    sequence              INTEGER PRIMARY KEY,
    batch_id              TEXT NOT NULL UNIQUE,
    reserved_at           TEXT NOT NULL,
    written_at            TEXT,
    file_name             TEXT,
    count                 INTEGER NOT NULL DEFAULT 0,
    recipient_fingerprint TEXT,
    age_sha256            TEXT
);

-- The stable UUID of each case's melding (the same for corrections and withdrawals).
CREATE TABLE meldingen (
    case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    uuid          TEXT NOT NULL UNIQUE,
    last_status   TEXT,
    last_sequence INTEGER
);

-- What left the device, coded fields only: the history for the re-identification check.
-- Kept after a case is purged: it holds no identifying data.
CREATE TABLE exported_facts (
    uuid     TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    status   TEXT NOT NULL,
    basis    TEXT,
    facts    TEXT,
    PRIMARY KEY (uuid, sequence)
) WITHOUT ROWID;
