"""Choosing a nationality: a searchable list of country names in the UI language, stored as ISO code."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.batch.countries import COUNTRIES
from app.core.i18n import _, active_locale


class CountryBox(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(accessible_name)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        territories = Locale.parse(active_locale()).territories
        countries = sorted(
            ((name, code) for code, name in territories.items() if code in COUNTRIES),  # ISO 3166 only
            key=lambda pair: pair[0].casefold(),
        )
        self.addItem(_("onbekend"), None)
        for name, code in countries:
            self.addItem(f"{name} ({code})", code)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def code(self) -> str | None:
        index = self.findText(self.currentText())
        return self.itemData(index) if index >= 0 else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))
