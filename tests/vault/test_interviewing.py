"""Interviews against the vault: checked answers, autosave, hidden answers cleared, assessment."""

from __future__ import annotations

import pytest

from app.core.assessment import Level
from app.core.errors import InvalidInput
from app.forms_loader import load_checklists
from app.vault import audit_log, interviewing
from app.vault.repos import cases, interviews
from app.vault.session import Session

COA = load_checklists()["coa"]


def test_answers_are_checked_and_saved_one_by_one(session: Session) -> None:
    case = cases.create(session)
    interview = interviewing.start(session, case.id, COA, language="ti", interpreter_used=True)
    assert (interview.form_hash, interview.form_version) == (COA.content_hash, COA.version)
    interviewing.record_answer(session, COA, interview.id, "CORE-01", "reported")
    assert interviewing.values(session, interview.id) == {"CORE-01": "reported"}
    with pytest.raises(InvalidInput, match="past niet"):
        interviewing.record_answer(session, COA, interview.id, "CORE-01", "misschien")
    with pytest.raises(InvalidInput, match="Onbekend item"):
        interviewing.record_answer(session, COA, interview.id, "GGD-01", "observed")
    with pytest.raises(InvalidInput, match="niet gevraagd"):
        interviewing.record_answer(session, COA, interview.id, "AMV-01", "observed")


def test_changing_a_gate_clears_the_answers_it_hides(session: Session) -> None:
    case = cases.create(session)
    interview = interviewing.start(session, case.id, COA)
    interviewing.record_answer(session, COA, interview.id, "COA-AMV", "yes")
    interviewing.record_answer(session, COA, interview.id, "AMV-02", "observed")
    cleared = interviewing.record_answer(session, COA, interview.id, "COA-AMV", "no")
    assert cleared == ["AMV-02"]
    assert "AMV-02" not in interviewing.values(session, interview.id)
    edits = [e.detail for e in audit_log.entries(session.conn) if e.action == "answer_edit"]
    assert {"interview": interview.id, "item": "AMV-02", "old": "observed", "new": None} in edits


def test_assessment_uses_the_case_birth_year(session: Session) -> None:
    case = cases.create(session, birth_year=session.clock.now().year - 16)
    interview = interviewing.start(session, case.id, COA)
    interviewing.record_answer(session, COA, interview.id, "COA-04", "observed")  # medium, exploitation
    result = interviewing.assessment(session, COA, interviews.get(session, interview.id))
    assert result.minor and result.level is Level.STERK  # for a minor no means are needed
