"""Recording a step on one of the case's tracks: the new state, a reason where one is needed, and the
details the state asks for (consent: scope, written or oral, language, interpreter, date)."""

from __future__ import annotations

from datetime import date
from typing import Any

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
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import _
from app.core.tracks import CONSENT_FORMS, CONSENT_SCOPES, TRACKS, Track, reason_label, state_label
from app.ui.widgets.language_box import LanguageBox

SET_BY_EXPORT = {(Track.MELDING, "geexporteerd")}


class TransitionDialog(QDialog):
    def __init__(self, track: Track, current: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.track, self.current = track, current
        self.setWindowTitle(_("Spoor {track} bijwerken").format(track=track.label))
        spec = TRACKS[track]
        self.state = QComboBox(self)
        self.state.setAccessibleName(_("Nieuwe status"))
        for code in spec.states:
            if code != current and (track, code) not in SET_BY_EXPORT:
                self.state.addItem(state_label(track, code), code)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(_("Reden"))
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(_("Datum"))
        self.scopes = {code: QCheckBox(_(label), self) for code, label in CONSENT_SCOPES.items()}
        self.written = QComboBox(self)
        self.written.setAccessibleName(_("Vorm van de toestemming"))
        for code, label in CONSENT_FORMS.items():
            self.written.addItem(_(label), code)
        self.language = LanguageBox(_("Taal van het toestemmingsgesprek"), self)
        self.interpreter = QCheckBox(_("Met tolk"), self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(_("Notitie (blijft op dit apparaat)"))
        self.form = QFormLayout()
        self.form.addRow(_("&Status"), self.state)
        self.form.addRow(_("&Reden"), self.reason)
        self.form.addRow(_("&Datum"), self.start)
        for checkbox in self.scopes.values():
            self.form.addRow("", checkbox)
        self.form.addRow(_("&Vorm"), self.written)
        self.form.addRow(_("&Taal"), self.language)
        self.form.addRow("", self.interpreter)
        self.form.addRow(_("&Notitie"), self.note)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.state.currentIndexChanged.connect(self._adapt)
        self._adapt()

    def _adapt(self) -> None:
        code = self.state.currentData()
        reasons = TRACKS[self.track].reasons.get(code, {})
        self.reason.clear()
        for reason in reasons:
            self.reason.addItem(reason_label(self.track, code, reason), reason)
        consent = (self.track, code) == (Track.TOESTEMMING, "gegeven")
        dated = consent or (self.track, code) == (Track.VERBLIJF, "bedenktijd_lopend")
        self.form.setRowVisible(self.reason, bool(reasons))
        self.form.setRowVisible(self.start, dated)
        for widget in (*self.scopes.values(), self.written, self.language, self.interpreter):
            self.form.setRowVisible(widget, consent)
        hints = {
            (Track.TOESTEMMING, "gegeven"): _(
                "Een melding mét naam kan alleen met schriftelijke toestemming voor registratie."
            ),
            (Track.VERBLIJF, "bedenktijd_lopend"): _(
                "Signaal zet een herinnering op de einddatum (drie maanden later)."
            ),
        }
        self.hint.setText(hints.get((self.track, code), ""))

    def values(self) -> tuple[str, str | None, dict[str, Any], str]:
        """(state, reason, detail, note)"""
        code = self.state.currentData()
        detail: dict[str, Any] = {}
        day = self.start.date().toPython().isoformat()  # type: ignore[attr-defined]
        if (self.track, code) == (Track.TOESTEMMING, "gegeven"):
            detail = {
                "scope": [s for s, box in self.scopes.items() if box.isChecked()],
                "form": self.written.currentData(),
                "language": self.language.code(),
                "interpreter": self.interpreter.isChecked(),
                "date": day,
            }
        elif (self.track, code) == (Track.VERBLIJF, "bedenktijd_lopend"):
            detail = {"start": day}
        reason = self.reason.currentData() if self.reason.count() else None
        return code, reason, detail, self.note.text().strip()
