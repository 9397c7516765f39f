"""Purging closed cases whose retention period has passed, on every unlock.

A case closed longer ago than ``retention_months`` is deleted with everything in it (identity,
interviews, answers, tracks, reminders; ``ON DELETE CASCADE``). One audit row per case keeps its
pseudonymous code and when it was closed. ``secure_delete`` zeroes the freed pages; a checkpoint and
``VACUUM`` then rewrite the file and empty the WAL, so the purged data is not left in free pages either.
Free-text notes to audit rows (``audit_notes``, e.g. a deletion reason) older than the same cut-off go too.
The coded facts of meldingen that already left the device stay (``exported_facts``): they name nobody and
the re-identification check needs them.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from app.core.audit import AuditAction
from app.core.clock import to_text
from app.core.deadlines import add_months
from app.vault import audit_log
from app.vault.database import Connection
from app.vault.repos import settings as settings_repo
from app.vault.session import Session


def cutoff(now: datetime, retention_months: int) -> datetime:
    """Cases closed before this moment are due (whole days: the same date ``retention_months`` ago)."""
    return datetime.combine(add_months(now.astimezone(UTC).date(), -retention_months), time(), UTC)


def purge_expired(session: Session) -> list[str]:
    """Delete every closed case past the retention period; returns their codes (empty: nothing to do)."""
    months = settings_repo.load(session.conn).retention_months
    limit = to_text(cutoff(session.clock.now(), months))
    due = session.conn.execute(
        "SELECT id, code, closed_at FROM cases WHERE closed_at IS NOT NULL AND closed_at < ? ORDER BY id", (limit,)
    ).fetchall()
    with session.transaction():
        notes = audit_log.purge_notes(session.conn, limit)
    if not due:
        if notes:
            compact(session.conn)
        return []
    with session.transaction():
        for case_id, code, closed_at in due:
            session.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            session.audit(AuditAction.CASE_PURGE, code, {"closed_at": closed_at, "retention_months": months})
    compact(session.conn)
    return [str(code) for _id, code, _closed in due]


def compact(conn: Connection) -> None:
    """Rewrite the database without free pages and leave an empty WAL."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
