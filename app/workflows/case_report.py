"""Making a case report: everything it shows, read from the vault in one go; and the audit row once it is
saved. Rendering is ``app/reports/case_report.py``; writing the file is the caller's."""

from __future__ import annotations

from app.core.assessment_text import Block, assessment_blocks, route_blocks
from app.core.audit import AuditAction
from app.core.i18n import F_
from app.core.ids import CaseId
from app.core.routing import advise
from app.reports.case_data import CaseReport, InterviewSummary
from app.vault.session import Session
from app.workflows import forms, views
from app.workflows import interview as interview_actions


def gather(session: Session, case_id: CaseId, *, include_identity: bool = False) -> CaseReport:
    """Everything a case report shows; each interview assessed against its own checklist version."""
    settings = views.settings(session)
    view = views.case_view(session, case_id, record_view=False)
    summaries: list[InterviewSummary] = []
    route: tuple[Block, ...] = ()
    for interview in view.interviews:
        checklist = forms.book(interview.form_id, interview.form_version)
        if checklist is None:
            continue
        assessment = interview_actions.state(session, checklist, interview.id).assessment
        summaries.append(InterviewSummary(interview, F_(checklist.title), tuple(assessment_blocks(assessment))))
        route = tuple(
            route_blocks(advise(forms.routes_of(interview), settings.org_type, assessment, view.case.nationality))
        )
    return CaseReport(
        org_name=settings.org_name,
        created=session.clock.now(),
        author=session.user.name,
        case=view.case,
        identity=views.identity(session, case_id) if include_identity else None,
        interviews=tuple(summaries),
        route=route,
        tracks=view.states,
        history=tuple(view.history),
        reminders=tuple(view.reminders),
    )


def record_saved(session: Session, report: CaseReport) -> None:
    """Audit that a case report left the vault (call after the file was written)."""
    session.audit(AuditAction.REPORT, report.case.code, {"identifying": report.identity is not None})
