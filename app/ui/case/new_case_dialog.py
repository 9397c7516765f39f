"""A new pseudonymous case. Names and contact details can be added later, apart, if needed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.i18n import _
from app.ui.case.case_fields import CaseFields


class NewCaseDialog(QDialog):
    def __init__(self, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Nieuwe zaak"))
        intro = QLabel(_("De zaak krijgt een code; er is geen naam nodig. Alles mag ‘onbekend’ blijven."), self)
        intro.setWordWrap(True)
        self.fields = CaseFields(this_year, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
