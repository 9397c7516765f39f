"""Cases and their identifying data. Reads of identifying data and every change are audited."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.core.audit import DELETE_REASONS, AuditAction, reason_code
from app.core.cases import (
    EDITABLE_CASE_FIELDS,
    Case,
    Gender,
    Identity,
    case_code,
    validate_birth_year,
    validate_nationality,
)
from app.core.clock import from_text
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.ids import CaseId, UserId
from app.core.tracks import TRACKS, Track
from app.core.users import Role
from app.vault import audit_log
from app.vault.repos import settings as settings_repo
from app.vault.repos import tracks as tracks_repo
from app.vault.session import Session

_COLUMNS = "id, code, created_at, created_by, gender, nationality, birth_year, closed_at, close_reason"
IDENTITY_FIELDS = ("given_names", "family_name", "date_of_birth", "contact_ref")


def _case(row: tuple[Any, ...]) -> Case:
    return Case(
        id=CaseId(row[0]),
        code=row[1],
        created_at=from_text(row[2]),
        created_by=None if row[3] is None else UserId(row[3]),
        gender=Gender(row[4]),
        nationality=row[5],
        birth_year=row[6],
        closed_at=None if row[7] is None else from_text(row[7]),
        close_reason=row[8],
    )


def create(
    session: Session,
    *,
    gender: Gender = Gender.ONBEKEND,
    nationality: str | None = None,
    birth_year: int | None = None,
) -> Case:
    nationality = validate_nationality(nationality)
    birth_year = validate_birth_year(birth_year, session.clock.now().date())
    prefix = settings_repo.load(session.conn).case_prefix
    year = session.clock.now().year
    with session.transaction():
        number = session.conn.execute(
            "INSERT INTO case_numbers (prefix, year, last) VALUES (?, ?, 1)"
            " ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last",
            (prefix, year),
        ).fetchone()[0]
        code = case_code(prefix, year, int(number))
        cursor = session.conn.execute(
            "INSERT INTO cases (code, created_at, created_by, gender, nationality, birth_year)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (code, session.now(), session.user.id, gender.value, nationality, birth_year),
        )
        session.audit(AuditAction.CASE_CREATE, code)
    return get(session, CaseId(int(cursor.lastrowid)), record_view=False)


def get(session: Session, case_id: CaseId, *, record_view: bool = True) -> Case:
    row = session.conn.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(_("zaak {id}").format(id=case_id))
    case = _case(row)
    if record_view:
        session.audit(AuditAction.CASE_VIEW, case.code)
    return case


def get_many(session: Session, case_ids: Sequence[CaseId]) -> dict[CaseId, Case]:
    """Many cases in one query (for exports of thousands); not audited as views."""
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM cases WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(case_ids)),)
    )
    return {case.id: case for case in map(_case, rows)}


def by_code(session: Session, code: str, *, record_view: bool = True) -> Case:
    row = session.conn.execute("SELECT id FROM cases WHERE code = ?", (code.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(_("zaak {code}").format(code=code))
    return get(session, CaseId(row[0]), record_view=record_view)


def update(session: Session, case_id: CaseId, **changes: Any) -> Case:
    """Change pseudonymous fields; each change is audited with old and new value."""
    unknown = set(changes) - set(EDITABLE_CASE_FIELDS)
    if unknown:
        raise InvalidInput(_("Niet te wijzigen: {fields}.").format(fields=", ".join(sorted(unknown))))
    if "gender" in changes:
        changes["gender"] = Gender(changes["gender"]).value
    if "nationality" in changes:
        changes["nationality"] = validate_nationality(changes["nationality"])
    if "birth_year" in changes:
        changes["birth_year"] = validate_birth_year(changes["birth_year"], session.clock.now().date())
    case = get(session, case_id, record_view=False)
    with session.transaction():
        for name, new in changes.items():
            old = getattr(case, name)
            old = old.value if isinstance(old, Gender) else old
            if old != new:
                session.conn.execute(f"UPDATE cases SET {name} = ? WHERE id = ?", (new, case_id))
                session.audit(AuditAction.CASE_EDIT, case.code, {"field": name, "old": old, "new": new})
    return get(session, case_id, record_view=False)


def close(session: Session, case_id: CaseId, reason: str) -> Case:
    """Close the case; the signalering track moves to ``afgesloten`` with the same reason."""
    if reason not in TRACKS[Track.SIGNALERING].reasons["afgesloten"]:
        raise InvalidInput(_("Onbekende reden om af te sluiten: {reason}.").format(reason=reason))
    case = get(session, case_id, record_view=False)
    with session.transaction():
        session.conn.execute(
            "UPDATE cases SET closed_at = ?, close_reason = ? WHERE id = ?", (session.now(), reason, case_id)
        )
        if tracks_repo.current(session, case_id)[Track.SIGNALERING] != "afgesloten":
            tracks_repo.record(session, case_id, Track.SIGNALERING, "afgesloten", reason=reason)
        session.audit(AuditAction.CASE_CLOSE, case.code, {"reason": reason})
    return get(session, case_id, record_view=False)


def reopen(session: Session, case_id: CaseId) -> Case:
    case = get(session, case_id, record_view=False)
    with session.transaction():
        session.conn.execute("UPDATE cases SET closed_at = NULL, close_reason = NULL WHERE id = ?", (case_id,))
        session.audit(AuditAction.CASE_REOPEN, case.code)
    return get(session, case_id, record_view=False)


def delete(session: Session, case_id: CaseId, reason: str) -> None:
    """Delete a case with everything in it (coordinator or admin). Only the audit row remains."""
    session.require(Role.COORDINATOR, _("zaken verwijderen"))
    if not reason.strip():
        raise InvalidInput(_("Geef een reden voor het verwijderen."))
    case = get(session, case_id, record_view=False)
    with session.transaction():
        session.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        code, note = reason_code(reason, DELETE_REASONS)
        entry = session.audit(AuditAction.CASE_DELETE, case.code, {"reason": code, "note_chars": len(note)})
        audit_log.add_note(session.conn, entry, note)


def has_identity(session: Session, case_id: CaseId) -> bool:
    """Whether identifying data was recorded (reads nothing of it, so no view is audited)."""
    row = session.conn.execute("SELECT 1 FROM case_identity WHERE case_id = ?", (case_id,)).fetchone()
    return row is not None


def get_identity(session: Session, case_id: CaseId) -> Identity | None:
    """Identifying data of a case (audited as a view), or None when none was recorded."""
    case = get(session, case_id, record_view=False)
    row = session.conn.execute(
        "SELECT given_names, family_name, date_of_birth, contact_ref FROM case_identity WHERE case_id = ?",
        (case_id,),
    ).fetchone()
    session.audit(AuditAction.IDENTITY_VIEW, case.code)
    if row is None:
        return None
    born = None if row[2] is None else date.fromisoformat(row[2])
    return Identity(given_names=row[0], family_name=row[1], date_of_birth=born, contact_ref=row[3])


def set_identity(session: Session, case_id: CaseId, identity: Identity) -> None:
    """Store identifying data. The audit row names the changed fields, never their values: the log
    outlives the retention period and must not keep names after a case is purged."""
    case = get(session, case_id, record_view=False)
    row = session.conn.execute(
        "SELECT given_names, family_name, date_of_birth, contact_ref FROM case_identity WHERE case_id = ?",
        (case_id,),
    ).fetchone()
    born = None if identity.date_of_birth is None else identity.date_of_birth.isoformat()
    new = (identity.given_names.strip(), identity.family_name.strip(), born, identity.contact_ref.strip())
    old = row if row is not None else ("", "", None, "")
    changed = [name for name, a, b in zip(IDENTITY_FIELDS, old, new, strict=True) if a != b]
    if not changed:
        return
    with session.transaction():
        session.conn.execute(
            "INSERT INTO case_identity (case_id, given_names, family_name, date_of_birth, contact_ref, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET given_names = excluded.given_names,"
            " family_name = excluded.family_name, date_of_birth = excluded.date_of_birth,"
            " contact_ref = excluded.contact_ref, updated_at = excluded.updated_at",
            (case_id, *new, session.now()),
        )
        session.audit(AuditAction.IDENTITY_EDIT, case.code, {"fields": changed})
