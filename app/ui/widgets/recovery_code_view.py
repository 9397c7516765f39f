"""The recovery code in large, grouped, monospaced type, with print and save-as-PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.i18n import _
from app.reports.recovery_sheet import recovery_sheet_pdf
from app.ui.a11y import content_label
from app.ui.feedback import show_error, show_saved
from app.ui.removable import suggested_folder
from app.vault.atomic import atomic_write
from app.workflows.access import readable_code


class RecoveryCodeView(QWidget):
    def __init__(self, org_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._org_name, self._code = org_name, ""
        self.code_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content_label(self.code_label, _("Herstelcode"))
        self.print_button = QPushButton(_("&Afdrukken…"), self)
        self.save_button = QPushButton(_("Opslaan als &PDF…"), self)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)

    def set_code(self, code: str, org_name: str) -> None:
        self._code, self._org_name = code, org_name
        self.code_label.setText(readable_code(code))

    def pdf_bytes(self) -> bytes:
        return recovery_sheet_pdf(self._org_name, readable_code(self._code))

    def save_to(self, path: Path) -> None:
        atomic_write(path, self.pdf_bytes())

    def _save(self) -> None:
        QMessageBox.information(
            self,
            _("Herstelcode opslaan"),
            _(
                "Sla dit bestand bij voorkeur op een USB-stick op, print het en bewaar het achter slot. "
                "Laat het niet op deze laptop staan."
            ),
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Herstelcode opslaan"), str(suggested_folder() / "herstelcode-signaal.pdf"), "PDF (*.pdf)"
        )
        if name:
            try:
                self.save_to(Path(name))
            except OSError as exc:
                show_error(self, exc)
                return
            show_saved(self, name)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setHtml(
                f"<h2>{_('Herstelcode Signaal')}</h2><p>{self._org_name}</p>"
                f"<p style='font-family: monospace; font-size: 20pt'><b>{readable_code(self._code)}</b></p>"
                f"<p>{_('Bewaar dit papier achter slot, apart van de laptop.')}</p>"
            )
            document.print_(printer)
