"""Closing a case, starting an interview, and adding a reminder."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.checklists.model import Checklist
from app.core.i18n import F_, _, ngettext
from app.core.tracks import TRACKS, Track, reason_label
from app.ui.widgets.language_box import LanguageBox


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CloseCaseDialog(QDialog):
    """Closing asks for the reason (none is preselected) and, with an unfinished interview, for a second yes."""

    def __init__(self, unfinished_interviews: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Zaak sluiten"))
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(_("Reden van sluiten"))
        self.reason.addItem(_("— kies een reden —"), None)
        for code in TRACKS[Track.SIGNALERING].reasons["afgesloten"]:
            self.reason.addItem(reason_label(Track.SIGNALERING, "afgesloten", code), code)
        self.anyway = QCheckBox(_("Toch sluiten; het gesprek blijft onafgerond"), self)
        warning = QLabel(
            ngettext(
                "Deze zaak heeft nog {n} gesprek dat niet is afgerond.",
                "Deze zaak heeft nog {n} gesprekken die niet zijn afgerond.",
                unfinished_interviews,
            ).format(n=unfinished_interviews),
            self,
        )
        warning.setWordWrap(True)
        buttons = _buttons(self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Zaak sluiten"))
        form = QFormLayout(self)
        form.addRow(_("&Reden"), self.reason)
        if unfinished_interviews:
            form.addRow(warning)
            form.addRow("", self.anyway)
        form.addRow(buttons)
        self._unfinished = unfinished_interviews
        self.reason.currentIndexChanged.connect(self._check)
        self.anyway.toggled.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(self.reason.currentData() is not None and (not self._unfinished or self.anyway.isChecked()))

    def reason_code(self) -> str:
        return str(self.reason.currentData())


class StartInterviewDialog(QDialog):
    def __init__(self, checklists: dict[str, Checklist], default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Nieuw gesprek"))
        self.checklist = QComboBox(self)
        self.checklist.setAccessibleName(_("Checklist"))
        for checklist in checklists.values():
            self.checklist.addItem(F_(checklist.title), checklist.id)
        self.checklist.setCurrentIndex(max(self.checklist.findData(default), 0))
        self.language = LanguageBox(_("Taal van het gesprek"), self)
        self.interpreter = QCheckBox(_("Met (professionele) tolk"), self)
        form = QFormLayout(self)
        form.addRow(_("&Checklist"), self.checklist)
        form.addRow(_("&Taal van het gesprek"), self.language)
        form.addRow("", self.interpreter)
        form.addRow(_buttons(self))


class ReminderDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Herinnering toevoegen"))
        due = today + timedelta(days=7)
        self.due = QDateEdit(QDate(due.year, due.month, due.day), self)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(_("Datum"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(_("Waarover (geen namen)"))
        form = QFormLayout(self)
        form.addRow(_("&Datum"), self.due)
        form.addRow(_("&Waarover"), self.note)
        form.addRow(_buttons(self))

    def values(self) -> tuple[date, str]:
        due: date = self.due.date().toPython()  # type: ignore[assignment]
        return due, self.note.text().strip()
