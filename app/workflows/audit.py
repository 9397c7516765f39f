"""Reading the audit log: check its hash chain, and show its last rows (coordinators and admins)."""

from __future__ import annotations

from app.core.audit import AuditEntry
from app.core.i18n import _
from app.core.users import Role
from app.vault import audit_log
from app.vault.audit_log import Verification
from app.vault.session import Session

__all__ = ["Verification", "anchor_row", "check_chain", "last_entries"]


def check_chain(session: Session) -> Verification:
    return audit_log.verify(session.conn)


def last_entries(session: Session, count: int) -> list[AuditEntry]:
    """The last ``count`` rows, oldest first."""
    session.require(Role.COORDINATOR, _("auditlog inzien"))
    return list(reversed(list(audit_log.entries(session.conn, newest_first=True, limit=count))))


def anchor_row(session: Session, anchor_hash: str) -> int | None:
    """The row an anchor (a hash noted earlier, or from a batch manifest or a backup) names, or None when
    the log no longer holds it: cut off or rebuilt."""
    return audit_log.find_anchor(session.conn, anchor_hash)
