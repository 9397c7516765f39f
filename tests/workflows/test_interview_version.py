"""An open interview recorded under 2026.11 moves to the current version only on request, through the forms'
migration map, and says what it carried, what must be asked again and what it dropped (issue 13)."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.forms_loader import load_checklists, load_checklists_at
from app.vault import audit_log
from app.vault.repos import cases, interviews
from app.vault.session import Session
from app.workflows import interview as interview_actions
from app.workflows.interview_version import move_to_current

OLD = load_checklists_at("2026.11")["ggd_intake"]
NEW = load_checklists()["ggd_intake"]


def test_an_open_old_interview_moves_with_an_account_of_every_answer(session: Session) -> None:
    case = cases.create(session, nationality="RO")
    old = interview_actions.start(session, case.id, OLD, language="ro", interpreter_used=True)
    interview_actions.update(session, old.id, notes="eerste deel")
    for item_id, value in {"CORE-01": "reported", "CORE-12": "observed", "CORE-14": "no"}.items():
        interview_actions.answer(session, OLD, old.id, item_id, value)
    report = move_to_current(session, old.id)
    moved = report.state.interview
    assert moved.form_version == NEW.version and moved.language == "ro" and moved.notes == "eerste deel"
    assert report.state.answers.get("CORE-01") == "reported"
    accounted = {c[0] for c in report.moved.carried} | {a[0] for a in report.moved.ask_again}
    accounted |= {d[0] for d in report.moved.dropped}
    assert accounted == {"CORE-01", "CORE-12", "CORE-14"}  # nothing lost without a word
    assert [i.id for i in interviews.for_case(session, case.id)] == [moved.id]
    rows = [e.detail for e in audit_log.entries(session.conn) if e.detail.get("moved_to") == moved.id]
    assert rows and rows[0]["from"] == OLD.version and rows[0]["to"] == NEW.version


def test_a_finished_or_current_interview_does_not_move(session: Session) -> None:
    case = cases.create(session)
    old = interview_actions.start(session, case.id, OLD)
    interview_actions.finish(session, OLD, old.id)
    with pytest.raises(InvalidInput, match="eigen checklistversie"):
        move_to_current(session, old.id)
    current = interview_actions.start(session, case.id, NEW)
    with pytest.raises(InvalidInput, match="nieuwste versie"):
        move_to_current(session, current.id)
