"""Making a case report: choose with or without identity, choose where, write, audit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app.core.i18n import _
from app.core.ids import CaseId
from app.reports.case_data import CaseReport
from app.reports.case_report import case_report_pdf
from app.ui.case.report_dialog import ReportDialog
from app.ui.pdf_save import save_pdf
from app.vault.session import Session
from app.workflows import views
from app.workflows.case_report import gather, record_saved


def save_case_report(parent: QWidget, session: Session, case_id: CaseId) -> Path | None:
    case = views.case(session, case_id)
    dialog = ReportDialog(case.code, views.has_identity(session, case_id), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or session.is_locked:
        return None
    include_identity = dialog.identity.isChecked()
    made: list[CaseReport] = []

    def render() -> bytes:
        made.append(gather(session, case_id, include_identity=include_identity))
        return case_report_pdf(made[-1])

    path = save_pdf(parent, _("Zaakrapport opslaan"), f"zaakrapport-{case.code}.pdf", render, confidential=True)
    if path is not None and made:
        record_saved(session, made[-1])
    return path
