"""Read-only views for the screens and the command line: what a page shows, read in one place. Nothing here
changes the vault (opening a case is audited as a view, as the vault requires)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.case_list import CaseSummary
from app.core.cases import Case, Identity, TrackTransition
from app.core.deadlines import Reminder
from app.core.ids import CaseId, InterviewId
from app.core.interview_model import Interview
from app.core.settings import Settings
from app.core.tracks import Track
from app.vault.repos import case_list as case_list_repo
from app.vault.repos import cases, interviews, reminders, tracks
from app.vault.repos import settings as settings_repo
from app.vault.session import Session

__all__ = ["CaseView", "Reminder"]


@dataclass(frozen=True, slots=True)
class CaseView:
    case: Case
    interviews: list[Interview]
    states: dict[Track, str]
    history: list[TrackTransition]
    reminders: list[Reminder]


def case_view(session: Session, case_id: CaseId, *, record_view: bool = True) -> CaseView:
    """A case with its interviews, track states and history and its open reminders."""
    case = cases.get(session, case_id, record_view=record_view)
    return CaseView(
        case,
        interviews.for_case(session, case_id),
        tracks.current(session, case_id),
        tracks.history(session, case_id),
        reminders.open_reminders(session, case_id=case_id),
    )


def case_by_code(session: Session, code: str, *, record_view: bool = True) -> Case:
    return cases.by_code(session, code, record_view=record_view)


def case(session: Session, case_id: CaseId) -> Case:
    """The pseudonymous fields only, not audited as a view (for titles and dialogs)."""
    return cases.get(session, case_id, record_view=False)


def has_identity(session: Session, case_id: CaseId) -> bool:
    return cases.has_identity(session, case_id)


def identity(session: Session, case_id: CaseId) -> Identity | None:
    """The identifying data (the read is audited)."""
    return cases.get_identity(session, case_id)


def track_states(session: Session, case_id: CaseId) -> dict[Track, str]:
    return tracks.current(session, case_id)


def interview(session: Session, interview_id: InterviewId) -> Interview:
    return interviews.get(session, interview_id)


def case_list(session: Session) -> list[CaseSummary]:
    """Every case as one line of the case list (no identifying data)."""
    return case_list_repo.summaries(session)


def open_reminders(session: Session, *, until: date | None = None) -> list[Reminder]:
    return reminders.open_reminders(session, until=until)


def settings(session: Session) -> Settings:
    return settings_repo.load(session.conn)
