"""A passphrase entry with a show/hide toggle and, for new passphrases, strength feedback with its reason
(zxcvbn) — or, for the repeat field, whether it matches the first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from app.core import passphrase_policy
from app.core.i18n import N_, _
from app.core.passphrase_policy import Strength
from app.ui.a11y import content_label

_STRENGTH_TEXT = {
    Strength.TOO_SHORT: N_("Te kort."),
    Strength.WEAK: N_("Te zwak, niet toegestaan."),
    Strength.FAIR: N_("Redelijk."),
    Strength.GOOD: N_("Goed."),
    Strength.STRONG: N_("Sterk."),
}


class PassphraseField(QWidget):
    changed = Signal()

    def __init__(
        self,
        accessible_name: str,
        *,
        show_strength: bool = False,
        repeat_of: PassphraseField | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context: tuple[str, ...] = ()  # names that must not make up the passphrase
        self.repeat_of = repeat_of
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
        content_label(self.hint, _("Beoordeling van de wachtzin"))
        self.meter.setVisible(show_strength)
        self.hint.setVisible(show_strength or repeat_of is not None)
        self.hint.setWordWrap(True)
        for widget in (self.meter, self.hint):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._update)
        if repeat_of is not None:
            repeat_of.changed.connect(lambda: self._update(self.edit.text()))
        self.setFocusProxy(self.edit)
        self._update("")

    def secret(self) -> bytearray:
        return bytearray(self.edit.text().encode("utf-8"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def strength(self) -> Strength:
        return passphrase_policy.strength(self.edit.text(), self.context)

    def acceptable(self) -> bool:
        """Strong enough to be accepted by the vault (the same rule as ``passphrase_policy.check``)."""
        return self.strength() >= Strength.FAIR

    def matches(self) -> bool:
        """For a repeat field: typed the same as the first."""
        return self.repeat_of is None or self.edit.text() == self.repeat_of.text()

    def set_context(self, *names: str) -> None:
        self.context = tuple(n for n in names if n)
        self._update(self.edit.text())

    def _show(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)

    def _update(self, text: str) -> None:
        if self.repeat_of is not None:
            self.hint.setText("" if not text or self.matches() else _("De twee wachtzinnen zijn niet gelijk."))
            self.changed.emit()
            return
        found = passphrase_policy.judge(text, self.context)
        self.meter.setValue(int(found.strength))
        self.hint.setText(f"{_(_STRENGTH_TEXT[found.strength])} {found.reason}".strip() if text else "")
        self.changed.emit()
