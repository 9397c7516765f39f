"""Case actions: open, edit, identify, move a track, remind, close and reopen. Each is one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.core.cases import Case, Gender, Identity, TrackTransition, check_identity
from app.core.deadlines import ReminderKind
from app.core.ids import CaseId
from app.core.tracks import Track
from app.vault.repos import cases, reminders, tracks
from app.vault.session import Session


def new_case(
    session: Session, *, gender: Gender = Gender.ONBEKEND, nationality: str | None = None, birth_year: int | None = None
) -> Case:
    return cases.create(session, gender=gender, nationality=nationality, birth_year=birth_year)


def edit_case(session: Session, case_id: CaseId, **changes: object) -> Case:
    """Change the pseudonymous fields (gender, nationality, birth year); each change is audited."""
    return cases.update(session, case_id, **changes)


def set_identity(session: Session, case_id: CaseId, identity: Identity) -> None:
    """The identifying data, within what a consent melding may carry (refused with the field named)."""
    check_identity(identity)
    cases.set_identity(session, case_id, identity)


def record_step(
    session: Session,
    case_id: CaseId,
    track: Track,
    state: str,
    *,
    reason: str | None = None,
    detail: Mapping[str, object] | None = None,
    note: str = "",
) -> TrackTransition:
    """One step on one track, checked against the track's rules, with the deadlines it sets."""
    return tracks.record(session, case_id, track, state, reason=reason, detail=detail, note=note)


def correct_step(
    session: Session,
    case_id: CaseId,
    track: Track,
    state: str,
    *,
    correction: str,
    reason: str | None = None,
    detail: Mapping[str, object] | None = None,
    note: str = "",
) -> TrackTransition:
    """Replace the last step of a track that was recorded by mistake (e.g. consent ticked for the wrong
    person): a new step that names the step it corrects and why (audited); nothing is deleted."""
    detail = {**(detail or {}), "correction": correction}
    return tracks.record(session, case_id, track, state, reason=reason, detail=detail, note=note)


def add_reminder(session: Session, case_id: CaseId, due: date, note: str = "") -> None:
    with session.transaction():
        reminders.add(session, case_id, ReminderKind.EIGEN, due, note)


def reminder_done(session: Session, reminder_id: int) -> None:
    with session.transaction():
        reminders.mark_done(session, reminder_id)


def close_case(session: Session, case_id: CaseId, reason: str) -> Case:
    return cases.close(session, case_id, reason)


def reopen_case(session: Session, case_id: CaseId) -> Case:
    return cases.reopen(session, case_id)
