"""‘Show to client’: the current question, in the interview language, in large type for the person or
the interpreter; right-to-left for Arabic. No case data is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.checklists.model import Item
from app.core.i18n import _
from app.core.languages import is_right_to_left
from app.locale import forms_text


class ClientView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_("Vraag"))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setAccessibleName(_("Vraag voor de persoon"))
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        self.question.setFont(font)
        self.missing = QLabel(self)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setAccessibleName(_("Opmerking bij de vertaling"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addWidget(self.missing)
        self.resize(900, 500)

    def show_question(self, item: Item, language: str) -> None:
        source = item.ask or item.text
        text, translated = forms_text(source, language)
        self.question.setText(text)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(language) and translated
            else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        self.question.setLayoutDirection(direction)
        self.missing.setText(
            "" if translated or language == "nl" else _("(nog geen vertaling in deze taal: Nederlandse tekst)")
        )
