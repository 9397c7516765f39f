"""Unlocking: user name and passphrase, or the recovery code. Clear messages, a visible wait after
repeated failures, and the work (Argon2id) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.clock import SystemClock
from app.core.i18n import _
from app.crypto.kdf import wipe
from app.ui.a11y import announce, content_label
from app.ui.feedback import error_text
from app.ui.labels import ERROR_COLOUR
from app.ui.language import language_box
from app.ui.operations import run_in_background
from app.ui.widgets.passphrase_field import PassphraseField
from app.vault.paths import VaultPaths
from app.vault.session import Session
from app.workflows.access import Credentials, PassphraseCredentials, RecoveryCredentials, TooManyAttempts, unlock

Unlocker = Callable[[VaultPaths, Credentials], Session]


def _unlock(paths: VaultPaths, credentials: Credentials) -> Session:
    return unlock(paths, credentials, SystemClock())


class UnlockPage(QWidget):
    """Emits ``unlocked(session)``, and ``language_chosen(code)`` when the user picks another UI language."""

    unlocked = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, paths: VaultPaths, unlocker: Unlocker = _unlock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self._unlocker = paths, unlocker
        self._recovery_mode = False
        self._wait_left = 0
        self.title = QLabel(_("Signaal is vergrendeld"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.user = QLineEdit(self)
        self.user.setAccessibleName(_("Gebruikersnaam"))
        self.passphrase = PassphraseField(_("Wachtzin"), parent=self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(_("Herstelcode"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        content_label(self.message, _("Melding"))
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.button = QPushButton(_("&Ontgrendelen"), self)
        self.button.setDefault(True)
        self.switch = QPushButton(_("Herstel&code gebruiken"), self)
        self.switch.setFlat(True)
        self.language = language_box(self)
        self.language.activated.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        self.form = QFormLayout()
        self.form.addRow(_("&Gebruikersnaam"), self.user)
        self.form.addRow(_("&Wachtzin"), self.passphrase)
        self.form.addRow(_("&Herstelcode"), self.code)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addLayout(self.form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        inner.addWidget(self.switch)
        inner.addSpacing(12)
        inner.addWidget(self.language, 0, Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(380)
        box.setMaximumWidth(520)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self.submit)
        self.switch.clicked.connect(lambda: self.set_recovery_mode(not self._recovery_mode))
        for edit in (self.user, self.passphrase.edit, self.code):
            edit.returnPressed.connect(self.submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.set_recovery_mode(False)

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        for widget in (self.user, self.passphrase):
            self.form.setRowVisible(widget, not on)
        self.form.setRowVisible(self.code, on)
        self.switch.setText(_("Gebruikersnaam en wachtzin &gebruiken") if on else _("Herstel&code gebruiken"))
        (self.code if on else self.user if not self.user.text() else self.passphrase).setFocus()

    def reset(self, message: str = "") -> None:
        self.passphrase.clear()
        self.code.clear()
        self.message.setText(message)
        self.set_recovery_mode(False)

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        credentials: Credentials
        if self._recovery_mode:
            credentials = RecoveryCredentials(self.code.text())
        else:
            credentials = PassphraseCredentials(self.user.text(), self.passphrase.secret())
        self.passphrase.clear()
        self.code.clear()
        self.button.setEnabled(False)
        self.language.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(_("Bezig met ontgrendelen…"))

        def work() -> Session:
            try:
                return self._unlocker(self.paths, credentials)
            finally:
                if isinstance(credentials, PassphraseCredentials):
                    wipe(credentials.passphrase)

        run_in_background(self, work, self._done, self._failed)

    def _done(self, session: Session) -> None:
        self.language.setEnabled(True)
        self.message.setText("")
        self.button.setEnabled(True)
        self.unlocked.emit(session)

    def _failed(self, error: BaseException) -> None:
        self.language.setEnabled(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.message.setText(error_text(error))
        announce(self.message)  # read out: the focus stays in the passphrase field
        if isinstance(error, TooManyAttempts):
            self._wait_left = error.wait_seconds
            self._countdown.start()
            self._tick()
            return
        self.button.setEnabled(True)
        (self.code if self._recovery_mode else self.passphrase).setFocus()

    def _tick(self) -> None:
        if self._wait_left <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.button.setText(_("&Ontgrendelen"))
            return
        self.button.setText(_("Wacht {seconds} s").format(seconds=self._wait_left))
        self._wait_left -= 1
