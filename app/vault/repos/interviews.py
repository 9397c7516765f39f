"""Interviews and answers. Each answer is saved on its own (autosave); changing one is audited."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from app.core.audit import AuditAction
from app.core.clock import from_text
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.ids import CaseId, InterviewId, UserId
from app.core.interview_model import Answer, AnswerValue, Interview
from app.vault.session import Session

_CODE = re.compile(r"[a-z0-9_\-]{1,40}|\d{4}-\d{2}-\d{2}")
_COLUMNS = (
    "id, case_id, form_id, form_version, form_hash, started_at, user_id, language, interpreter_used,"
    " finished_at, position, notes"
)


def _interview(row: tuple[Any, ...]) -> Interview:
    return Interview(
        id=InterviewId(row[0]),
        case_id=CaseId(row[1]),
        form_id=row[2],
        form_version=row[3],
        form_hash=row[4],
        started_at=from_text(row[5]),
        user_id=None if row[6] is None else UserId(row[6]),
        language=row[7],
        interpreter_used=bool(row[8]),
        finished_at=None if row[9] is None else from_text(row[9]),
        position=row[10],
        notes=row[11],
    )


def start(
    session: Session,
    case_id: CaseId,
    *,
    form_id: str,
    form_version: str,
    form_hash: str,
    language: str = "nl",
    interpreter_used: bool = False,
) -> Interview:
    code = _case_code(session, case_id)
    with session.transaction():
        cursor = session.conn.execute(
            "INSERT INTO interviews (case_id, form_id, form_version, form_hash, started_at, user_id, language,"
            " interpreter_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                form_id,
                form_version,
                form_hash,
                session.now(),
                session.user.id,
                language,
                int(interpreter_used),
            ),
        )
        session.audit(AuditAction.INTERVIEW_START, code, {"form": form_id, "version": form_version})
    return get(session, InterviewId(int(cursor.lastrowid)))


def get(session: Session, interview_id: InterviewId) -> Interview:
    row = session.conn.execute(f"SELECT {_COLUMNS} FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    if row is None:
        raise NotFound(_("gesprek {id}").format(id=interview_id))
    return _interview(row)


def for_case(session: Session, case_id: CaseId) -> list[Interview]:
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM interviews WHERE case_id = ? ORDER BY started_at, id", (case_id,)
    )
    return [_interview(r) for r in rows]


def save_answer(session: Session, interview_id: InterviewId, item_id: str, value: AnswerValue, note: str = "") -> None:
    """Store one answer at once. A changed earlier answer is audited with old and new value."""
    interview = get(session, interview_id)
    encoded = json.dumps(value, ensure_ascii=False)
    with session.transaction():
        row = session.conn.execute(
            "SELECT value, note FROM answers WHERE interview_id = ? AND item_id = ?", (interview_id, item_id)
        ).fetchone()
        if row is not None and row[0] == encoded and row[1] == note:
            return
        session.conn.execute(
            "INSERT INTO answers (interview_id, item_id, value, note, answered_at, user_id)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interview_id, item_id) DO UPDATE SET"
            " value = excluded.value, note = excluded.note, answered_at = excluded.answered_at,"
            " user_id = excluded.user_id",
            (interview_id, item_id, encoded, note, session.now(), session.user.id),
        )
        session.conn.execute("UPDATE interviews SET position = ? WHERE id = ?", (item_id, interview_id))
        if row is not None and row[0] != encoded:
            detail = {"interview": interview_id, "item": item_id}
            detail |= _audit_values(json.loads(row[0]), value)
            session.audit(AuditAction.ANSWER_EDIT, _case_code(session, interview.case_id), detail)


def clear_answer(session: Session, interview_id: InterviewId, item_id: str) -> None:
    """Remove an answer (e.g. when a ``show_if`` condition hides its question again); audited."""
    interview = get(session, interview_id)
    with session.transaction():
        row = session.conn.execute(
            "DELETE FROM answers WHERE interview_id = ? AND item_id = ? RETURNING value",
            (interview_id, item_id),
        ).fetchone()
        if row is not None:
            detail = {"interview": interview_id, "item": item_id}
            detail |= _audit_values(json.loads(row[0]), None)
            session.audit(AuditAction.ANSWER_EDIT, _case_code(session, interview.case_id), detail)


def latest_finished_many(session: Session, case_ids: Sequence[CaseId]) -> dict[CaseId, Interview]:
    """The most recent *finished* interview of each of many cases: what a melding is built from. An interview
    still open never counts (a case without a finished one gets none: its melding carries no assessment)."""
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM interviews WHERE id IN (SELECT max(id) FROM interviews WHERE finished_at IS NOT"
        " NULL AND case_id IN (SELECT value FROM json_each(?)) GROUP BY case_id)",
        (json.dumps([int(c) for c in case_ids]),),
    )
    return {interview.case_id: interview for interview in map(_interview, rows)}


def values_many(session: Session, interview_ids: Sequence[InterviewId]) -> dict[InterviewId, dict[str, Any]]:
    """The answer values of many interviews in one query."""
    found: dict[InterviewId, dict[str, Any]] = {interview_id: {} for interview_id in interview_ids}
    rows = session.conn.execute(
        "SELECT interview_id, item_id, value FROM answers WHERE interview_id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in interview_ids]),),
    )
    for interview_id, item_id, value in rows:
        found[InterviewId(interview_id)][item_id] = json.loads(value)
    return found


def answers(session: Session, interview_id: InterviewId) -> dict[str, Answer]:
    rows = session.conn.execute(
        "SELECT item_id, value, answered_at, note FROM answers WHERE interview_id = ?", (interview_id,)
    )
    return {r[0]: Answer(r[0], json.loads(r[1]), from_text(r[2]), r[3]) for r in rows}


def update(session: Session, interview_id: InterviewId, **changes: Any) -> Interview:
    """Change notes, language, interpreter or resume position. Notes are audited by length only."""
    allowed = {"notes", "language", "interpreter_used", "position"}
    if set(changes) - allowed:
        raise InvalidInput(_("Niet te wijzigen: {fields}.").format(fields=", ".join(sorted(set(changes) - allowed))))
    interview = get(session, interview_id)
    with session.transaction():
        for name, new in changes.items():
            old = getattr(interview, name)
            if old == new:
                continue
            stored = int(new) if name == "interpreter_used" else new
            session.conn.execute(f"UPDATE interviews SET {name} = ? WHERE id = ?", (stored, interview_id))
            if name == "position":
                continue
            detail: dict[str, object] = {"interview": interview_id, "field": name}
            detail |= {"old_length": len(old), "new_length": len(new)} if name == "notes" else {"old": old, "new": new}
            session.audit(AuditAction.INTERVIEW_EDIT, _case_code(session, interview.case_id), detail)
    return get(session, interview_id)


def finish(session: Session, interview_id: InterviewId) -> Interview:
    interview = get(session, interview_id)
    with session.transaction():
        session.conn.execute("UPDATE interviews SET finished_at = ? WHERE id = ?", (session.now(), interview_id))
        session.audit(AuditAction.INTERVIEW_FINISH, _case_code(session, interview.case_id), {"interview": interview_id})
    return get(session, interview_id)


def replace(session: Session, old: InterviewId, new: InterviewId, detail: dict[str, object]) -> None:
    """``old`` was moved into ``new`` (another checklist version): the old record goes, with an audit row
    that says where its answers went. In the caller's transaction."""
    code = _case_code(session, get(session, old).case_id)
    session.conn.execute("DELETE FROM interviews WHERE id = ?", (old,))
    session.audit(AuditAction.INTERVIEW_EDIT, code, {"interview": old, "moved_to": new} | detail)


def set_level(session: Session, interview_id: InterviewId, level: str) -> None:
    """Keep the case list's level column current (a cache: the case view always recomputes it)."""
    session.conn.execute("UPDATE interviews SET level = ? WHERE id = ?", (level, interview_id))


def _audit_values(old: AnswerValue, new: AnswerValue) -> dict[str, object]:
    """Old and new value for the audit log; free text only by length (the log outlives retention)."""
    if _is_free_text(old) or _is_free_text(new):
        return {"old_length": len(str(old or "")), "new_length": len(str(new or ""))}
    return {"old": old, "new": new}


def _is_free_text(value: AnswerValue) -> bool:
    return isinstance(value, str) and not _CODE.fullmatch(value)


def _case_code(session: Session, case_id: CaseId) -> str:
    row = session.conn.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(_("zaak {id}").format(id=case_id))
    return str(row[0])
