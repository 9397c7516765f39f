"""The interview as user actions: start, answer, change its details, finish (with the tracks the worker
ticked), and record a whole interview from a file. Each is one transaction and returns the new state, read
once, for the caller to show."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from app.core.age import age_in, is_minor
from app.core.assessment import Assessment, Level, assess
from app.core.audit import AuditAction
from app.core.cases import Case
from app.core.checklists.answers import check_answer, hidden_answered, is_visible
from app.core.checklists.model import Checklist
from app.core.context import case_facts
from app.core.deadlines import FOLLOW_UP_DAYS, ReminderKind
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.ids import CaseId, InterviewId
from app.core.interview_model import ANSWER_CORRECTIONS, AnswerValue, Interview
from app.core.languages import is_language
from app.core.tracks import Track
from app.vault.repos import cases, interviews, reminders, tracks
from app.vault.session import Session

TrackStep = tuple[Track, str]


@dataclass(frozen=True, slots=True)
class InterviewState:
    """An interview as the screen shows it: the case, the answers and the assessment they give."""

    case: Case
    interview: Interview
    answers: dict[str, AnswerValue]
    assessment: Assessment


def start(
    session: Session, case_id: CaseId, checklist: Checklist, *, language: str = "nl", interpreter_used: bool = False
) -> Interview:
    if not is_language(language):
        raise InvalidInput(_("Onbekende taal: {code}.").format(code=language))
    return interviews.start(
        session,
        case_id,
        form_id=checklist.id,
        form_version=checklist.version,
        form_hash=checklist.content_hash,
        language=language,
        interpreter_used=interpreter_used,
    )


def state(session: Session, checklist: Checklist, interview_id: InterviewId) -> InterviewState:
    """The interview, its case, its answers and their assessment (read-only)."""
    interview = interviews.get(session, interview_id)
    if (checklist.id, checklist.version) != (interview.form_id, interview.form_version):
        raise InvalidInput(
            _("Gesprek {id} hoort bij checklist {form} versie {version}.").format(
                id=interview_id, form=interview.form_id, version=interview.form_version
            )
        )
    case = cases.get(session, interview.case_id, record_view=False)
    values = {item_id: answer.value for item_id, answer in interviews.answers(session, interview_id).items()}
    return InterviewState(case, interview, values, _assess(session, checklist, case, interview, values))


def answer(
    session: Session,
    checklist: Checklist,
    interview_id: InterviewId,
    item_id: str,
    value: AnswerValue,
    note: str = "",
) -> InterviewState:
    """Check and save one answer; answers that the new answer hides are cleared (audited). A finished
    interview is read-only: its answers change only through ``correct``."""
    with session.transaction():
        current = state(session, checklist, interview_id)
        if current.interview.finished_at is not None:
            raise InvalidInput(_("Dit gesprek is afgerond. Wijzig een antwoord met ‘Corrigeren’, met een reden."))
        values = _save_answer(session, checklist, current, item_id, value, note)
        result = _assess(session, checklist, current.case, current.interview, values)
        interviews.set_level(session, interview_id, result.level.value)
    return InterviewState(current.case, interviews.get(session, interview_id), values, result)


def correct(
    session: Session,
    checklist: Checklist,
    interview_id: InterviewId,
    item_id: str,
    value: AnswerValue,
    *,
    reason: str,
    note: str = "",
) -> InterviewState:
    """Change an answer of a finished interview, with a reason (audited). When the case's melding was already
    exported, the melding is marked for a correction in the next batch (same UUID)."""
    if reason not in ANSWER_CORRECTIONS:
        raise InvalidInput(_("Kies waarom het antwoord wordt gecorrigeerd."))
    with session.transaction():
        current = state(session, checklist, interview_id)
        if current.interview.finished_at is None:
            raise InvalidInput(_("Dit gesprek is nog niet afgerond: pas het antwoord gewoon aan."))
        old = current.answers.get(item_id)
        values = _save_answer(session, checklist, current, item_id, value, note)
        result = _assess(session, checklist, current.case, current.interview, values)
        interviews.set_level(session, interview_id, result.level.value)
        detail = {"interview": interview_id, "item": item_id, "reason": reason, "changed": old != values.get(item_id)}
        session.audit(AuditAction.ANSWER_CORRECT, current.case.code, detail)
        if tracks.current(session, current.case.id)[Track.MELDING] in _EXPORTED:
            tracks.record(session, current.case.id, Track.MELDING, "gecorrigeerd", note=_("antwoord gecorrigeerd"))
    return InterviewState(current.case, interviews.get(session, interview_id), values, result)


def _remind_second_conversation(session: Session, case_id: CaseId) -> None:
    """A deadline for the second conversation an 'onvolledig' outcome needs, unless one is already open."""
    if any(r.kind is ReminderKind.VERVOLGGESPREK for r in reminders.open_reminders(session, case_id=case_id)):
        return
    due = session.clock.now().date() + timedelta(days=FOLLOW_UP_DAYS)
    reminders.add(session, case_id, ReminderKind.VERVOLGGESPREK, due, _("tweede gesprek (onvolledig)"))


_EXPORTED = frozenset({"geexporteerd", "bevestigd"})


def update(session: Session, interview_id: InterviewId, **changes: object) -> Interview:
    """Change the notes, the language or whether an interpreter was used (audited)."""
    return interviews.update(session, interview_id, **changes)


def finish(
    session: Session,
    checklist: Checklist,
    interview_id: InterviewId,
    steps: Sequence[TrackStep] = (),
    *,
    note: str = "",
) -> InterviewState:
    """Finish the interview and record the track steps the worker ticked: all of it, or nothing."""
    with session.transaction():
        current = state(session, checklist, interview_id)
        if current.interview.finished_at is not None:
            raise InvalidInput(_("Dit gesprek is al afgerond."))
        finished = interviews.finish(session, interview_id)
        for track, new_state in steps:
            tracks.record(session, current.case.id, track, new_state, reason=None, note=note)
        if current.assessment.level is Level.ONVOLLEDIG:  # the route asks for a second conversation by a date
            _remind_second_conversation(session, current.case.id)
    return InterviewState(current.case, finished, current.answers, current.assessment)


def record_whole(
    session: Session,
    case_code: str,
    checklist: Checklist,
    answers: Mapping[str, AnswerValue],
    *,
    language: str = "nl",
    interpreter_used: bool = False,
) -> InterviewState:
    """A whole interview from a file, in checklist order, finished: saved completely or not at all (a
    rejected answer leaves no half interview behind)."""
    unknown = sorted(set(answers) - {item.id for item in checklist.items})
    if unknown:
        raise InvalidInput(_("Onbekende items voor {form}: {ids}.").format(form=checklist.id, ids=", ".join(unknown)))
    with session.transaction():
        case = cases.by_code(session, case_code)
        interview = start(session, case.id, checklist, language=language, interpreter_used=interpreter_used)
        for item in checklist.items:
            if item.id in answers:
                answer(session, checklist, interview.id, item.id, answers[item.id])
        return finish(session, checklist, interview.id)


def _save_answer(
    session: Session, checklist: Checklist, current: InterviewState, item_id: str, value: AnswerValue, note: str
) -> dict[str, AnswerValue]:
    if not checklist.has(item_id):
        raise InvalidInput(
            _("Onbekend item {item} in checklist {checklist}.").format(item=item_id, checklist=checklist.id)
        )
    item = checklist.item(item_id)
    values = dict(current.answers)
    if not is_visible(item, values):
        raise InvalidInput(_("Item {item} wordt bij deze antwoorden niet gevraagd.").format(item=item_id))
    normalised = check_answer(item, value)
    interview_id = current.interview.id
    interviews.save_answer(session, interview_id, item_id, normalised, note)
    values[item_id] = normalised
    for hidden in hidden_answered(checklist, values):
        interviews.clear_answer(session, interview_id, hidden)
        values.pop(hidden)
    return values


def _assess(
    session: Session, checklist: Checklist, case: Case, interview: Interview, values: Mapping[str, AnswerValue]
) -> Assessment:
    today = session.clock.now().date()
    minor = is_minor(age_in(case.birth_year, today))
    return assess(checklist, values, minor_known=minor, case=case_facts(case, interview, today))
