"""The batches the registry accepted: one row each, so that a batch id is never taken twice."""

from __future__ import annotations

from app.batch.manifest import Manifest
from app.vault.session import Session


def is_known(session: Session, batch_id: str) -> bool:
    row = session.conn.execute("SELECT 1 FROM received_batches WHERE batch_id = ?", (batch_id,)).fetchone()
    return row is not None


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
