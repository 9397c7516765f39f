"""Recording a step on one of the case's tracks, or correcting the last one: the new state, a reason where one
is needed, and the details the state asks for (consent: scope, written or oral, language, interpreter, date).
Nothing is preselected that may not have happened: the worker picks the state and the reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
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

from app.core.abbreviations import explain
from app.core.i18n import _
from app.core.tracks import (
    CONSENT_FORMS,
    CONSENT_SCOPES,
    CORRECTION_REASONS,
    TRACKS,
    Track,
    reason_label,
    state_label,
)
from app.ui.widgets.language_box import LanguageBox

SET_BY_EXPORT = {(Track.MELDING, "geexporteerd")}
CONSENT_GIVEN = (Track.TOESTEMMING, "gegeven")


def _placeholder(combo: QComboBox, text: str) -> None:
    combo.addItem(text, None)


class TransitionDialog(QDialog):
    def __init__(
        self,
        track: Track,
        current: str,
        today: date,
        parent: QWidget | None = None,
        *,
        correcting: bool = False,
        language: str = "nl",
        interpreter: bool = False,
    ) -> None:
        super().__init__(parent)
        self.track, self.current, self.correcting = track, current, correcting
        title = _("Laatste stap van {track} corrigeren") if correcting else _("Spoor {track} bijwerken")
        self.setWindowTitle(title.format(track=track.label))
        self.state = QComboBox(self)
        self.state.setAccessibleName(_("Nieuwe status"))
        _placeholder(self.state, _("— kies wat er is gebeurd —"))
        for code in TRACKS[track].states:
            if (code != current or correcting) and (track, code) not in SET_BY_EXPORT:
                self.state.addItem(state_label(track, code), code)
                self.state.setItemData(
                    self.state.count() - 1, explain(state_label(track, code)), Qt.ItemDataRole.ToolTipRole
                )
        self.correction = QComboBox(self)
        self.correction.setAccessibleName(_("Waarom corrigeren"))
        _placeholder(self.correction, _("— kies waarom —"))
        for code, label in CORRECTION_REASONS.items():
            self.correction.addItem(_(label), code)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(_("Reden"))
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(_("Datum"))
        self.scopes = {code: QCheckBox(_(label), self) for code, label in CONSENT_SCOPES.items()}
        self.written = QComboBox(self)
        self.written.setAccessibleName(_("Vorm van de toestemming"))
        _placeholder(self.written, _("— schriftelijk of mondeling? —"))
        for code, label in CONSENT_FORMS.items():
            self.written.addItem(_(label), code)
        self.language = LanguageBox(_("Taal van het toestemmingsgesprek"), self)
        self.language.set_code(language)
        self.interpreter = QCheckBox(_("Met tolk"), self)
        self.interpreter.setChecked(interpreter)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(_("Notitie (blijft op dit apparaat)"))
        self.form = QFormLayout()
        self.form.addRow(_("&Status"), self.state)
        self.form.addRow(_("&Waarom corrigeren"), self.correction)
        self.form.addRow(_("&Reden"), self.reason)
        self.form.addRow(_("&Datum"), self.start)
        for checkbox in self.scopes.values():
            self.form.addRow("", checkbox)
        self.form.addRow(_("&Vorm"), self.written)
        self.form.addRow(_("&Taal"), self.language)
        self.form.addRow("", self.interpreter)
        self.form.addRow(_("&Notitie"), self.note)
        self.form.setRowVisible(self.correction, correcting)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.state.currentIndexChanged.connect(self._adapt)
        for combo in (self.correction, self.reason, self.written):
            combo.currentIndexChanged.connect(self._check)
        for box in self.scopes.values():
            box.toggled.connect(self._check)
        self._adapt()

    def _adapt(self) -> None:
        code = self.state.currentData()
        reasons = TRACKS[self.track].reasons.get(code, {}) if code else {}
        self.reason.blockSignals(True)
        self.reason.clear()
        if reasons:
            _placeholder(self.reason, _("— kies een reden —"))
        for reason in reasons:
            self.reason.addItem(reason_label(self.track, code, reason), reason)
        self.reason.blockSignals(False)
        consent = (self.track, code) == CONSENT_GIVEN
        dated = consent or (self.track, code) == (Track.VERBLIJF, "bedenktijd_lopend")
        self.form.setRowVisible(self.reason, bool(reasons))
        self.form.setRowVisible(self.start, dated)
        for widget in (*self.scopes.values(), self.written, self.language, self.interpreter):
            self.form.setRowVisible(widget, consent)
        self._check()

    def problem(self) -> str:
        """Why the step cannot be recorded yet; empty when it can."""
        code = self.state.currentData()
        if code is None:
            return _("Kies de nieuwe status.")
        if self.correcting and self.correction.currentData() is None:
            return _("Kies waarom de stap wordt gecorrigeerd.")
        if self.reason.count() and self.reason.currentData() is None:
            return _("Kies een reden.")
        if (self.track, code) == CONSENT_GIVEN:
            if not any(box.isChecked() for box in self.scopes.values()):
                return _("Kies waarvoor de toestemming geldt (ten minste één).")
            if self.written.currentData() is None:
                return _("Kies of de toestemming schriftelijk of mondeling is gegeven.")
        return ""

    def _check(self) -> None:
        code = self.state.currentData()
        problem = self.problem()
        hints = {
            CONSENT_GIVEN: _("Een melding mét naam kan alleen met schriftelijke toestemming voor registratie."),
            (Track.VERBLIJF, "bedenktijd_lopend"): _(
                "Signaal zet een herinnering op de einddatum (drie maanden later)."
            ),
        }
        self.hint.setText(problem or hints.get((self.track, code), ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def values(self) -> tuple[str, str | None, dict[str, Any], str]:
        """(state, reason, detail, note); for a correction, ``detail["correction"]`` says why."""
        code = self.state.currentData()
        detail: dict[str, Any] = {}
        day = self.start.date().toPython().isoformat()  # type: ignore[attr-defined]
        if (self.track, code) == CONSENT_GIVEN:
            detail = {
                "scope": [s for s, box in self.scopes.items() if box.isChecked()],
                "form": self.written.currentData(),
                "language": self.language.code(),
                "interpreter": self.interpreter.isChecked(),
                "date": day,
            }
        elif (self.track, code) == (Track.VERBLIJF, "bedenktijd_lopend"):
            detail = {"start": day}
        if self.correcting:
            detail["correction"] = self.correction.currentData()
        reason = self.reason.currentData() if self.reason.count() else None
        return code, reason, detail, self.note.text().strip()
