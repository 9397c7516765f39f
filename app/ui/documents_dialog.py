"""Printable documents without case data: the client information sheet in the person's language, and
the blank paper checklist per role (for when no laptop can be used)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.checklists.model import Checklist
from app.core.i18n import F_, _
from app.forms_loader import load_client_sheet
from app.reports.client_sheet import client_sheet_pdf
from app.reports.paper_checklist import paper_checklist_pdf
from app.ui.pdf_save import save_pdf
from app.ui.widgets.language_box import LanguageBox


class DocumentsDialog(QDialog):
    def __init__(
        self,
        checklists: dict[str, Checklist],
        *,
        language: str = "nl",
        checklist: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Documenten"))
        self.checklists = checklists
        self.language = LanguageBox(_("Taal van het informatieblad"), self)
        self.language.set_code(language)
        self.sheet_button = QPushButton(_("Informatieblad &opslaan…"), self)
        sheet_box = QGroupBox(_("Informatieblad voor de cliënt"), self)
        sheet_form = QFormLayout(sheet_box)
        sheet_form.addRow(
            QLabel(_("Rechten, bedenktijd, opvang en contact, in eenvoudige taal. Zonder zaakgegevens."), sheet_box)
        )
        sheet_form.addRow(_("&Taal"), self.language)
        sheet_form.addRow(self.sheet_button)
        self.checklist = QComboBox(self)
        self.checklist.setAccessibleName(_("Checklist"))
        for ident, item in checklists.items():
            self.checklist.addItem(F_(item.title), ident)
        self.checklist.setCurrentIndex(max(0, self.checklist.findData(checklist)))
        self.checklist_button = QPushButton(_("Papieren checklist o&pslaan…"), self)
        paper_box = QGroupBox(_("Lege papieren checklist"), self)
        paper_form = QFormLayout(paper_box)
        paper_form.addRow(
            QLabel(_("Voor een gesprek zonder laptop. Neem de antwoorden daarna over in Signaal."), paper_box)
        )
        paper_form.addRow(_("&Checklist"), self.checklist)
        paper_form.addRow(self.checklist_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (sheet_box, paper_box, buttons):
            layout.addWidget(widget)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.checklist_button.clicked.connect(self.save_checklist)

    def save_sheet(self) -> None:
        code = self.language.code()
        save_pdf(
            self,
            _("Informatieblad opslaan"),
            f"informatieblad-{code}.pdf",
            lambda: client_sheet_pdf(load_client_sheet(), code),
        )

    def save_checklist(self) -> None:
        checklist = self.checklists[self.checklist.currentData()]
        save_pdf(
            self,
            _("Papieren checklist opslaan"),
            f"checklist-{checklist.id}.pdf",
            lambda: paper_checklist_pdf(checklist),
        )
