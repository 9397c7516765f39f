"""Moving an open interview to the current checklist version, never silently: the forms' migration map says
what each old answer becomes; what it cannot carry is asked again or dropped, and the worker is told which.
A finished interview keeps its own version for good."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.checklists.answers import is_visible
from app.core.checklists.migration import Moved, migrate_answers
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.ids import InterviewId
from app.core.interview_model import AnswerValue
from app.forms_loader import load_checklists, load_migration, version_of
from app.vault.repos import interviews
from app.vault.session import Session
from app.workflows import forms
from app.workflows import interview as interview_actions
from app.workflows.interview import InterviewState


@dataclass(frozen=True, slots=True)
class MoveReport:
    state: InterviewState  # the interview, now on the current version
    moved: Moved  # what was carried, what must be asked again, what was dropped and why


def move_to_current(session: Session, interview_id: InterviewId) -> MoveReport:
    """Continue an open interview on the current version of its checklist: one transaction."""
    old = interviews.get(session, interview_id)
    if old.finished_at is not None:
        raise InvalidInput(_("Een afgerond gesprek houdt zijn eigen checklistversie."))
    old_checklist = forms.checklist_of(old)
    new_checklist = load_checklists().get(old.form_id)
    if new_checklist is None or new_checklist.version == old.form_version:
        raise InvalidInput(_("Dit gesprek gebruikt al de nieuwste versie van de checklist."))
    migration = load_migration()
    if migration is None or migration.source != version_of(old.form_version):
        raise NotFound(_("een omzetting van versie {version}").format(version=version_of(old.form_version)))
    answers = interview_actions.state(session, old_checklist, old.id).answers
    moved = migrate_answers(migration, old_checklist, new_checklist, answers)
    with session.transaction():
        new = interview_actions.start(
            session, old.case_id, new_checklist, language=old.language, interpreter_used=old.interpreter_used
        )
        if old.notes:
            interview_actions.update(session, new.id, notes=old.notes)
        for item in new_checklist.items:  # in checklist order, so that conditions see earlier answers
            if item.id in moved.answers and is_visible(item, _carried(session, new.id)):
                interview_actions.answer(session, new_checklist, new.id, item.id, moved.answers[item.id])
        detail = {"from": old.form_version, "to": new.form_version, "carried": len(moved.carried)}
        detail |= {"ask_again": len(moved.ask_again), "dropped": len(moved.dropped)}
        interviews.replace(session, old.id, new.id, detail)
    return MoveReport(interview_actions.state(session, new_checklist, new.id), moved)


def _carried(session: Session, interview_id: InterviewId) -> dict[str, AnswerValue]:
    return {item_id: a.value for item_id, a in interviews.answers(session, interview_id).items()}
