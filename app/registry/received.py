"""The batches the registry accepted: one row each, so that a batch id is never taken twice, and per sender
the set of sequence numbers received (a number missing from it may still arrive; only one in it is a replay)."""

from __future__ import annotations

from app.batch.manifest import Manifest
from app.vault.session import Session


def is_known(session: Session, batch_id: str) -> bool:
    row = session.conn.execute("SELECT 1 FROM received_batches WHERE batch_id = ?", (batch_id,)).fetchone()
    return row is not None


def sequences(session: Session, key_id: str) -> frozenset[int]:
    """Every sequence number received from this sender."""
    rows = session.conn.execute("SELECT sequence FROM received_batches WHERE key_id = ?", (key_id,))
    return frozenset(int(row[0]) for row in rows)


def missing(received: frozenset[int]) -> list[int]:
    """The numbers below the highest one received that have not arrived (yet): the gap report."""
    return [n for n in range(1, max(received, default=0)) if n not in received]


def record(session: Session, manifest: Manifest, *, key_id: str, file_name: str, gap: int) -> None:
    """Note an accepted batch (in the caller's transaction)."""
    session.conn.execute(
        "INSERT INTO received_batches (batch_id, key_id, org_id, sequence, file_name, created, imported_at, count,"
        " gap_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            manifest.batch_id,
            key_id,
            manifest.org_id,
            manifest.sequence,
            file_name,
            manifest.created,
            session.now(),
            manifest.count,
            gap,
        ),
    )
