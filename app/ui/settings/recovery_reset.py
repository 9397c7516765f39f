"""After unlocking with the recovery code: offer to set a new passphrase for the user who forgot it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.core.i18n import _
from app.ui.feedback import show_error
from app.ui.widgets.passphrase_field import PassphraseField
from app.vault.session import Session
from app.workflows import users


class RecoveryResetDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("Geopend met de herstelcode"))
        self.user = QComboBox(self)
        self.user.setAccessibleName(_("Gebruiker"))
        for user in users.active_users(session):
            self.user.addItem(user.name, user.name)
        self.passphrase = PassphraseField(_("Nieuwe wachtzin"), show_strength=True, parent=self)
        self.repeat = PassphraseField(_("Herhaal de nieuwe wachtzin"), repeat_of=self.passphrase, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(_("Stel een nieuwe wachtzin in voor wie de eigen wachtzin vergeten is."), self))
        form.addRow(_("&Gebruiker"), self.user)
        form.addRow(_("&Nieuwe wachtzin"), self.passphrase)
        form.addRow(_("&Herhaal wachtzin"), self.repeat)
        form.addRow(buttons)
        for field in (self.passphrase, self.repeat):
            field.changed.connect(self._check)
        self.user.currentIndexChanged.connect(lambda _i: self.passphrase.set_context(self.user.currentText()))
        self.passphrase.set_context(self.user.currentText())
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(self.passphrase.acceptable() and self.repeat.matches())

    def _save(self) -> None:
        try:
            users.reset_passphrase(self.session, self.user.currentData(), self.passphrase.secret())
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


def offer_reset_after_recovery(parent: QWidget, session: Session) -> RecoveryResetDialog:
    dialog = RecoveryResetDialog(session, parent)
    dialog.open()
    return dialog
