"""Interview actions: checked answers, hidden answers cleared, the assessment, finishing with tracks and a
whole interview from a file, each all or nothing."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from app.batch.schema import Status
from app.core.assessment import Level
from app.core.errors import InvalidInput
from app.core.tracks import Track
from app.export.run import execute, prepare
from app.forms_loader import load_checklists
from app.vault import audit_log
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, exports, interviews, tracks
from app.vault.session import Session
from app.workflows import interview as interview_actions
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret
from tests.export.conftest import CHECKLISTS, Registry, add_case
from tests.helper_process import start_helper

COA = load_checklists()["coa"]
GGD = load_checklists()["ggd_intake"]


def test_answers_are_checked_and_saved_one_by_one(session: Session) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, COA, language="ti", interpreter_used=True)
    assert (interview.form_hash, interview.form_version) == (COA.content_hash, COA.version)
    after = interview_actions.answer(session, COA, interview.id, "CORE-01", "reported")
    assert after.answers == {"CORE-01": "reported"}
    assert interview_actions.state(session, COA, interview.id).answers == {"CORE-01": "reported"}
    with pytest.raises(InvalidInput, match="past niet"):
        interview_actions.answer(session, COA, interview.id, "CORE-01", "misschien")
    with pytest.raises(InvalidInput, match="Onbekend item"):
        interview_actions.answer(session, COA, interview.id, "GGD-01", "observed")
    with pytest.raises(InvalidInput, match="niet gevraagd"):
        interview_actions.answer(session, COA, interview.id, "AMV-01", "observed")


def test_changing_a_gate_clears_the_answers_it_hides(session: Session) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, COA)
    interview_actions.answer(session, COA, interview.id, "COA-AMV", "yes")
    interview_actions.answer(session, COA, interview.id, "AMV-02", "observed")
    after = interview_actions.answer(session, COA, interview.id, "COA-AMV", "no")
    assert "AMV-02" not in after.answers
    assert "AMV-02" not in interview_actions.state(session, COA, interview.id).answers
    edits = [e.detail for e in audit_log.entries(session.conn) if e.action == "answer_edit"]
    assert {"interview": interview.id, "item": "AMV-02", "old": "observed", "new": None} in edits


def test_assessment_uses_the_case_birth_year(session: Session) -> None:
    case = cases.create(session, birth_year=session.clock.now().year - 16)
    interview = interview_actions.start(session, case.id, COA)
    after = interview_actions.answer(session, COA, interview.id, "COA-04", "observed")  # medium, exploitation
    assert after.assessment.minor and after.assessment.level is Level.STERK
    assert interview_actions.state(session, COA, interview.id).assessment == after.assessment


def test_finish_records_the_ticked_steps_with_the_interview(session: Session) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, GGD)
    steps = [(Track.SIGNALERING, "signalen_vastgelegd"), (Track.TOESTEMMING, "gevraagd")]
    done = interview_actions.finish(session, GGD, interview.id, steps, note="na gesprek")
    assert done.interview.finished_at is not None
    current = tracks.current(session, case.id)
    assert current[Track.SIGNALERING] == "signalen_vastgelegd" and current[Track.TOESTEMMING] == "gevraagd"


def test_a_rejected_step_leaves_the_interview_open(session: Session) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, GGD)
    steps = [(Track.SIGNALERING, "signalen_vastgelegd"), (Track.TOESTEMMING, "geen_toestand")]
    with pytest.raises(InvalidInput):
        interview_actions.finish(session, GGD, interview.id, steps)
    assert interviews.get(session, interview.id).finished_at is None
    assert tracks.history(session, case.id) == []


def test_a_rejected_file_creates_no_interview(session: Session) -> None:
    case = cases.create(session)
    good = {"CORE-01": "reported", "CORE-02": "observed"}
    with pytest.raises(InvalidInput):
        interview_actions.record_whole(session, case.code, GGD, {**good, "CORE-05": "misschien"})
    with pytest.raises(InvalidInput, match="Onbekende items"):
        interview_actions.record_whole(session, case.code, GGD, {**good, "XX-99": "no"})
    assert interviews.for_case(session, case.id) == []
    whole = interview_actions.record_whole(session, case.code, GGD, good, language="ro")
    assert whole.interview.finished_at is not None and whole.answers == good
    assert [i.id for i in interviews.for_case(session, case.id)] == [whole.interview.id]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("action", ["finish", "record_whole"])
def test_killed_between_steps_leaves_all_or_nothing(
    session: Session, paths: VaultPaths, clock: FixedClock, action: str
) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, GGD)
    interview_actions.answer(session, GGD, interview.id, "CORE-01", "reported")
    session.lock()
    helper = start_helper(
        "tests.workflows.kill_between_steps", str(paths.home), ADMIN, action, case.code, passphrase=ADMIN_PASS
    )
    assert helper.stdout is not None
    assert helper.stdout.readline().strip() == "step written"  # the first step did happen…
    assert helper.wait() == -signal.SIGKILL  # …and the process died before the next one
    helper.stdout.close()
    with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as after:
        found = interviews.for_case(after, case.id)
        assert [(i.id, i.finished_at) for i in found] == [(interview.id, None)]  # nothing new, nothing finished
        assert tracks.history(after, case.id) == []


def test_a_finished_interview_is_read_only_and_corrected_with_a_reason(session: Session) -> None:
    case = cases.create(session)
    interview = interview_actions.start(session, case.id, GGD)
    interview_actions.answer(session, GGD, interview.id, "CORE-01", "reported")
    interview_actions.finish(session, GGD, interview.id)
    with pytest.raises(InvalidInput, match="Corrigeren"):
        interview_actions.answer(session, GGD, interview.id, "CORE-01", "no")
    with pytest.raises(InvalidInput, match="waarom"):
        interview_actions.correct(session, GGD, interview.id, "CORE-01", "no", reason="")
    fixed = interview_actions.correct(session, GGD, interview.id, "CORE-01", "no", reason="verkeerde_toets")
    assert fixed.answers["CORE-01"] == "no"
    audited = [e.detail for e in audit_log.entries(session.conn) if e.action == "answer_correct"]
    assert audited == [{"interview": interview.id, "item": "CORE-01", "reason": "verkeerde_toets", "changed": True}]
    assert tracks.current(session, case.id)[Track.MELDING] == "geen"  # never exported: nothing to correct there


def test_a_correction_after_an_export_marks_the_melding_for_a_correction(
    session: Session, registry: Registry, usb: Path
) -> None:
    exports.set_recipient(session, registry.recipient)
    ids = [add_case(session) for _ in range(6)]
    execute(session, prepare(session, CHECKLISTS), usb)
    first = interviews.for_case(session, ids[0])[-1]
    uuid = exports.existing_uuids(session, [ids[0]])[ids[0]]
    interview_actions.correct(session, GGD, first.id, "CORE-12", "no", reason="verkeerd_begrepen")
    assert tracks.current(session, ids[0])[Track.MELDING] == "gecorrigeerd"
    plan = prepare(session, CHECKLISTS)
    sent = {o.melding.uuid: o.melding.status for o in plan.outgoing + plan.held}
    assert sent == {uuid: Status.CORRECTION}  # the same UUID, as a correction


def test_identity_outside_the_format_is_refused_at_entry(session: Session) -> None:
    from app.core.cases import Identity
    from app.workflows import cases as case_actions

    case = cases.create(session)
    with pytest.raises(InvalidInput, match="Achternaam"):
        case_actions.set_identity(session, case.id, Identity("Maria", "Jansen, Kerkstraat 5"))
    case_actions.set_identity(session, case.id, Identity("Maria", "Jansen-de Vries", None, "via spreekuur 06"))
    assert cases.get_identity(session, case.id) is not None


def test_an_open_interview_never_makes_the_melding(session: Session, registry: Registry) -> None:
    """Issue 17, point 8: export uses the latest *finished* interview; an open one counts for nothing."""
    exports.set_recipient(session, registry.recipient)
    case = cases.create(session, nationality="RO", birth_year=2000)
    interview = interview_actions.start(session, case.id, GGD)
    interview_actions.answer(session, GGD, interview.id, "CORE-01", "reported")
    tracks.record(session, case.id, Track.MELDING, "concept")
    [draft] = prepare(session, CHECKLISTS, k=1).outgoing + prepare(session, CHECKLISTS, k=1).held
    assert draft.melding.facts is not None and draft.melding.facts.signal_level == "onbekend"
    interview_actions.finish(session, GGD, interview.id)
    [draft] = prepare(session, CHECKLISTS, k=1).outgoing + prepare(session, CHECKLISTS, k=1).held
    assert draft.melding.facts is not None and draft.melding.facts.signal_level != "onbekend"
    with pytest.raises(InvalidInput, match="al afgerond"):
        interview_actions.finish(session, GGD, interview.id)


def test_an_onvolledig_outcome_puts_a_deadline_for_the_second_conversation_on_the_case(session: Session) -> None:
    """docs/assessment.md: 'onvolledig' comes with a route of its own, a date set as a deadline on the case."""
    from app.core.deadlines import ReminderKind
    from app.vault.repos import reminders

    case = cases.create(session, nationality="RO", birth_year=1995)
    interview = interview_actions.start(session, case.id, GGD)
    refusals = {"CORE-01": "refused", "CORE-02": "refused", "CORE-03": "refused", "CORE-04": "unknown"}
    for item_id, value in refusals.items():
        interview_actions.answer(session, GGD, interview.id, item_id, value)
    done = interview_actions.finish(session, GGD, interview.id)
    assert done.assessment.level is Level.ONVOLLEDIG
    due = [r for r in reminders.open_reminders(session, case_id=case.id) if r.kind is ReminderKind.VERVOLGGESPREK]
    assert len(due) == 1 and (due[0].due - session.clock.now().date()).days == 14
    other = cases.create(session)
    clear = interview_actions.start(session, other.id, GGD)
    interview_actions.answer(session, GGD, clear.id, "CORE-01", "reported")
    interview_actions.finish(session, GGD, clear.id)
    assert reminders.open_reminders(session, case_id=other.id) == []  # no deadline when signals decide


def test_an_interview_is_held_in_a_real_language(session: Session) -> None:
    case = cases.create(session)
    with pytest.raises(InvalidInput, match="Onbekende taal"):
        interview_actions.start(session, case.id, GGD, language="xx")
    assert interview_actions.start(session, case.id, GGD, language="fa").language == "fa"
