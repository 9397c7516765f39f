-- Signaal vault schema, version 7: free-text notes to audit rows, kept apart from the hash chain so the
-- retention purge can remove them (a deletion reason may name a person; the chained row holds a code).
CREATE TABLE audit_notes (
    seq  INTEGER PRIMARY KEY,   -- the audit row the note belongs to
    at   TEXT NOT NULL,         -- when it was written; purged with cases past the retention period
    note TEXT NOT NULL
);
