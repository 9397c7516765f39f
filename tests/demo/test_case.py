"""The demo case: invented identity, strong signals, written consent, open tracks and a bedenktijd deadline."""

from __future__ import annotations

from app.core.assessment import Level
from app.core.tracks import Track
from app.demo.case import DEMO_ANSWERS, DEMO_IDENTITY, demo_case
from app.forms_loader import load_checklists
from app.vault.repos import cases, reminders, tracks
from app.vault.session import Session
from app.workflows import interview as interview_actions

CHECKLISTS = load_checklists()


def test_the_demo_case_has_strong_signals_consent_and_a_deadline(session: Session) -> None:
    checklist = CHECKLISTS["ggd_intake"]
    case, interview = demo_case(session, checklist)
    assert interview.finished_at is not None and interview.language == "ro" and interview.interpreter_used
    assert interview_actions.state(session, checklist, interview.id).answers == {
        k: v for k, v in DEMO_ANSWERS.items() if checklist.has(k)
    }
    assert interview_actions.state(session, checklist, interview.id).assessment.level is Level.STERK
    assert cases.get_identity(session, case.id) == DEMO_IDENTITY
    current = tracks.current(session, case.id)
    assert (current[Track.TOESTEMMING], current[Track.MELDING], current[Track.VERBLIJF]) == (
        "gegeven",
        "concept",
        "bedenktijd_lopend",
    )
    assert reminders.open_reminders(session, case_id=case.id)


def test_answers_the_checklist_does_not_have_are_skipped(session: Session) -> None:
    checklist = CHECKLISTS["coa"]
    _case, interview = demo_case(session, checklist, language="en")
    recorded = interview_actions.state(session, checklist, interview.id).answers
    assert recorded and set(recorded) <= set(DEMO_ANSWERS) and all(checklist.has(k) for k in recorded)
    assert interview.language == "en"
