"""Choosing a conversation language: the interview languages first, then every other language."""

from __future__ import annotations

from babel import Locale
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.i18n import active_locale
from app.core.languages import INTERVIEW_LANGUAGES


class LanguageBox(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        names = Locale.parse(active_locale()).languages
        for code in INTERVIEW_LANGUAGES:
            self.addItem(names.get(code, code), code)
        self.insertSeparator(self.count())
        others = sorted(
            ((name, code) for code, name in names.items() if len(code) == 2 and code not in INTERVIEW_LANGUAGES),
            key=lambda pair: pair[0].casefold(),
        )
        for name, code in others:
            self.addItem(name, code)

    def code(self) -> str:
        return str(self.currentData() or "nl")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))
