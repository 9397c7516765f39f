"""A passphrase entry with a show/hide toggle and, for new passphrases, strength feedback."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from app.core import passphrase_policy
from app.core.i18n import N_, _
from app.core.passphrase_policy import Strength

_STRENGTH_TEXT = {
    Strength.TOO_SHORT: N_("Te kort: minstens {n} tekens."),
    Strength.WEAK: N_("Zwak: voeg woorden toe."),
    Strength.FAIR: N_("Redelijk."),
    Strength.GOOD: N_("Goed."),
    Strength.STRONG: N_("Sterk."),
}


class PassphraseField(QWidget):
    changed = Signal()

    def __init__(self, accessible_name: str, *, show_strength: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.toggle = QToolButton(self)
        self.toggle.setText(_("Toon"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(_("Wachtzin tonen"))
        self.toggle.toggled.connect(self._show)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(_("Sterkte van de wachtzin"))
        self.hint = QLabel(self)
        self.hint.setAccessibleName(_("Beoordeling van de wachtzin"))
        for widget in (self.meter, self.hint):
            widget.setVisible(show_strength)
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._update)
        self.setFocusProxy(self.edit)
        self._update("")

    def secret(self) -> bytearray:
        return bytearray(self.edit.text().encode("utf-8"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def strength(self) -> Strength:
        return passphrase_policy.strength(self.edit.text())

    def _show(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)

    def _update(self, text: str) -> None:
        level = passphrase_policy.strength(text)
        self.meter.setValue(int(level))
        self.hint.setText(_(_STRENGTH_TEXT[level]).format(n=passphrase_policy.MIN_LENGTH))
        self.changed.emit()
