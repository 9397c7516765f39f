-- Registry vault schema, version 4 (issue 15): per-sender integrity and late batches.
-- A melding belongs to the sender whose key sent it first (reg_meldingen.key_id); the sequence number of the
-- batch that last wrote it decides which of two versions is the later one, so a late batch never overwrites
-- a newer version. The set of received sequence numbers per sender is received_batches (key_id, sequence):
-- a number missing there can still arrive; only a number present is a replay.
ALTER TABLE reg_meldingen ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trusted_senders ADD COLUMN org_id TEXT;  -- the org_id of the sender's first accepted batch
CREATE UNIQUE INDEX received_batches_by_sender ON received_batches (key_id, sequence);
UPDATE trusted_senders SET org_id = (
    SELECT r.org_id FROM received_batches r WHERE r.key_id = trusted_senders.key_id ORDER BY r.sequence LIMIT 1
);
