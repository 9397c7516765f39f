"""Reminders and deadlines per case (end of bedenktijd, follow-up conversation, own reminders)."""

from __future__ import annotations

from datetime import date

from app.core.deadlines import DeadlineChange, Reminder, ReminderKind
from app.core.ids import CaseId
from app.vault.session import Session


def add(session: Session, case_id: CaseId, kind: ReminderKind, due: date, note: str = "") -> None:
    session.conn.execute(
        "INSERT INTO reminders (case_id, kind, due, note, created_at, user_id) VALUES (?, ?, ?, ?, ?, ?)",
        (case_id, kind.value, due.isoformat(), note, session.now(), session.user.id),
    )


def apply(session: Session, case_id: CaseId, change: DeadlineChange) -> None:
    """Settle and add reminders as a track transition asks (in the caller's transaction)."""
    for kind in change.settle:
        session.conn.execute(
            "UPDATE reminders SET done_at = ? WHERE case_id = ? AND kind = ? AND done_at IS NULL",
            (session.now(), case_id, kind.value),
        )
    for kind, due in change.add:
        session.conn.execute(
            "UPDATE reminders SET done_at = ? WHERE case_id = ? AND kind = ? AND done_at IS NULL",
            (session.now(), case_id, kind.value),
        )
        add(session, case_id, kind, due)


def mark_done(session: Session, reminder_id: int) -> None:
    session.conn.execute("UPDATE reminders SET done_at = ? WHERE id = ?", (session.now(), reminder_id))


def open_reminders(session: Session, *, case_id: CaseId | None = None, until: date | None = None) -> list[Reminder]:
    sql = (
        "SELECT r.id, r.case_id, c.code, r.kind, r.due, r.note FROM reminders r JOIN cases c ON c.id = r.case_id"
        " WHERE r.done_at IS NULL AND c.closed_at IS NULL"
    )
    params: list[object] = []
    if case_id is not None:
        sql += " AND r.case_id = ?"
        params.append(case_id)
    if until is not None:
        sql += " AND r.due <= ?"
        params.append(until.isoformat())
    rows = session.conn.execute(sql + " ORDER BY r.due, c.code", params)
    return [Reminder(r[0], CaseId(r[1]), r[2], ReminderKind(r[3]), date.fromisoformat(r[4]), r[5]) for r in rows]
