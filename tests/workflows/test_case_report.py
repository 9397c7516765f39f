"""Making a case report: the data read from the vault in one go (identity only when asked), and the audit row
once the report is saved."""

from __future__ import annotations

from app.core.assessment import Level
from app.core.assessment_text import Block
from app.core.audit import AuditAction
from app.core.deadlines import ReminderKind
from app.core.tracks import Track
from app.demo.case import DEMO_IDENTITY, demo_case
from app.forms_loader import load_checklists, load_routes
from app.vault import audit_log
from app.vault.repos import cases
from app.vault.session import Session
from app.workflows.case_report import gather, record_saved
from tests.conftest import ADMIN

CHECKLISTS, ROUTES = load_checklists(), load_routes()


def test_gather_reads_the_case_its_assessment_route_tracks_and_deadlines(session: Session) -> None:
    case, interview = demo_case(session, CHECKLISTS["ggd_intake"])
    report = gather(session, case.id)
    assert (report.org_name, report.author, report.created) == ("GGD Teststad", ADMIN, session.clock.now())
    assert report.case.code == case.code and report.identity is None
    assert [s.interview.id for s in report.interviews] == [interview.id]
    assert report.interviews[0].checklist_title
    assert report.interviews[0].blocks[0] == Block("Beoordeling", (Level.STERK.label,))
    assert [block.heading for block in report.route][:2] == ["Route", "Vertel de persoon"]
    assert report.tracks[Track.TOESTEMMING] == "gegeven" and report.tracks[Track.VERBLIJF] == "bedenktijd_lopend"
    assert {step.track for step in report.history} == {
        Track.SIGNALERING,
        Track.TOESTEMMING,
        Track.MELDING,
        Track.VERBLIJF,
    }
    assert ReminderKind.BEDENKTIJD_EINDE in {r.kind for r in report.reminders}
    assert all(r.case_code == case.code for r in report.reminders)


def test_identity_only_when_asked_and_saving_is_audited(session: Session) -> None:
    case, _interview = demo_case(session, CHECKLISTS["ggd_intake"])
    assert gather(session, case.id).identity is None
    report = gather(session, case.id, include_identity=True)
    assert report.identity == DEMO_IDENTITY
    before = [e.action for e in audit_log.entries(session.conn)]
    assert AuditAction.REPORT not in before
    record_saved(session, report)
    last = next(audit_log.entries(session.conn, newest_first=True))
    assert (last.action, last.subject, last.detail) == (AuditAction.REPORT, case.code, {"identifying": True})


def test_gathering_is_not_audited_as_a_view(session: Session) -> None:
    case, _interview = demo_case(session, CHECKLISTS["ggd_intake"])
    before = len(list(audit_log.entries(session.conn)))
    gather(session, case.id)
    assert len(list(audit_log.entries(session.conn))) == before


def test_a_case_without_interviews(session: Session) -> None:
    case = cases.create(session)
    report = gather(session, case.id)
    assert report.interviews == () and report.route == ()
    assert not [step for step in report.history if step.track is Track.TOESTEMMING]
