"""Making a case report: everything it shows, read from the vault in one go; and the audit row once it is
saved. Rendering is ``app/reports/case_report.py``; writing the file is the caller's."""

from __future__ import annotations

from app.core.assessment_text import Block, assessment_blocks, route_blocks
from app.core.audit import AuditAction
from app.core.checklists.model import Checklist
from app.core.i18n import F_
from app.core.ids import CaseId
from app.core.routing import Routes, advise
from app.reports.case_data import CaseReport, InterviewSummary
from app.vault import interviewing
from app.vault.repos import cases, interviews, reminders, tracks
from app.vault.repos import settings as settings_repo
from app.vault.session import Session


def gather(
    session: Session,
    case_id: CaseId,
    checklists: dict[str, Checklist],
    routes: Routes,
    *,
    include_identity: bool = False,
) -> CaseReport:
    settings = settings_repo.load(session.conn)
    case = cases.get(session, case_id, record_view=False)
    summaries: list[InterviewSummary] = []
    route: tuple[Block, ...] = ()
    for interview in interviews.for_case(session, case_id):
        checklist = checklists.get(interview.form_id)
        if checklist is None:
            continue
        assessment = interviewing.assessment(session, checklist, interview)
        summaries.append(InterviewSummary(interview, F_(checklist.title), tuple(assessment_blocks(assessment))))
        route = tuple(route_blocks(advise(routes, settings.org_type, assessment, case.nationality)))
    identity = cases.get_identity(session, case_id) if include_identity else None
    return CaseReport(
        org_name=settings.org_name,
        created=session.clock.now(),
        author=session.user.name,
        case=case,
        identity=identity,
        interviews=tuple(summaries),
        route=route,
        tracks=tracks.current(session, case_id),
        history=tuple(tracks.history(session, case_id)),
        reminders=tuple(reminders.open_reminders(session, case_id=case_id)),
    )


def record_saved(session: Session, report: CaseReport) -> None:
    """Audit that a case report left the vault (call after the file was written)."""
    session.audit(AuditAction.REPORT, report.case.code, {"identifying": report.identity is not None})
