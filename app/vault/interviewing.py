"""Running a checklist interview against the vault: checked answers, autosave, hidden answers cleared,
and the assessment for the case."""

from __future__ import annotations

from app.core.assessment import Assessment, assess
from app.core.checklists.answers import check_answer, hidden_answered, is_visible
from app.core.checklists.model import Checklist
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.ids import CaseId, InterviewId
from app.core.interviews import AnswerValue, Interview
from app.vault.repos import cases, interviews
from app.vault.session import Session

ADULT_AGE = 18


def start(
    session: Session, case_id: CaseId, checklist: Checklist, *, language: str = "nl", interpreter_used: bool = False
) -> Interview:
    return interviews.start(
        session,
        case_id,
        form_id=checklist.id,
        form_version=checklist.version,
        form_hash=checklist.content_hash,
        language=language,
        interpreter_used=interpreter_used,
    )


def values(session: Session, interview_id: InterviewId) -> dict[str, AnswerValue]:
    return {item_id: answer.value for item_id, answer in interviews.answers(session, interview_id).items()}


def record_answer(
    session: Session, checklist: Checklist, interview_id: InterviewId, item_id: str, value: AnswerValue, note: str = ""
) -> list[str]:
    """Check and save one answer; returns the items whose answers were cleared because they are now hidden."""
    if not checklist.has(item_id):
        raise InvalidInput(
            _("Onbekend item {item} in checklist {checklist}.").format(item=item_id, checklist=checklist.id)
        )
    item = checklist.item(item_id)
    current = values(session, interview_id)
    if not is_visible(item, current):
        raise InvalidInput(_("Item {item} wordt bij deze antwoorden niet gevraagd.").format(item=item_id))
    normalised = check_answer(item, value)
    with session.transaction():
        interviews.save_answer(session, interview_id, item_id, normalised, note)
        current[item_id] = normalised
        cleared = hidden_answered(checklist, current)
        for hidden in cleared:
            interviews.clear_answer(session, interview_id, hidden)
            current.pop(hidden)
        _cache_level(session, checklist, interview_id, current)
    return cleared


def _cache_level(
    session: Session, checklist: Checklist, interview_id: InterviewId, current: dict[str, AnswerValue]
) -> None:
    """Keep the case list's level column current (a cache: the case view always recomputes it)."""
    case_id = interviews.get(session, interview_id).case_id
    level = assess(checklist, current, minor_known=is_minor_by_case(session, case_id)).level
    session.conn.execute("UPDATE interviews SET level = ? WHERE id = ?", (level.value, interview_id))


def is_minor_by_case(session: Session, case_id: CaseId) -> bool:
    case = cases.get(session, case_id, record_view=False)
    if case.birth_year is None:
        return False
    return session.clock.now().year - case.birth_year < ADULT_AGE


def assessment(session: Session, checklist: Checklist, interview: Interview) -> Assessment:
    return assess(checklist, values(session, interview.id), minor_known=is_minor_by_case(session, interview.case_id))
