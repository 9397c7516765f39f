"""Who holds the unlocked vault: starts the first-run wizard or the unlock page, locks on idle, sleep,
screen lock or request (dropping the key and every view), and returns to the same place after unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.core.i18n import N_, _
from app.ui.feedback import show_error
from app.ui.first_run.wizard import FirstRunWizard
from app.ui.idle import IdleWatcher
from app.ui.language import UiLanguage
from app.ui.main_window import Location, MainWindow
from app.ui.settings.recovery_reset import offer_reset_after_recovery
from app.vault.paths import VaultPaths
from app.vault.session import Session

LOCK_MESSAGES = {
    "idle": N_("Vergrendeld na een periode zonder activiteit."),
    "sleep": N_("Vergrendeld omdat de computer in slaapstand ging."),
    "screen_lock": N_("Vergrendeld omdat het scherm werd vergrendeld."),
    "user": N_("Vergrendeld."),
}


class SessionController(QObject):
    def __init__(
        self, paths: VaultPaths, make_window: Callable[[], MainWindow], idle: IdleWatcher, language: UiLanguage
    ) -> None:
        super().__init__()
        self.paths, self.idle, self.language = paths, idle, language
        self._make_window = make_window
        self.window = self._attach(make_window())
        self.session: Session | None = None
        self.wizard: FirstRunWizard | None = None
        self._resume: tuple[str, Location] | None = None
        idle.lock_requested.connect(self.lock)
        QApplication.instance().installEventFilter(idle)  # type: ignore[union-attr]

    def _attach(self, window: MainWindow) -> MainWindow:
        self.setParent(window)  # the controller lives as long as the window it drives
        window.unlock_page.unlocked.connect(self.unlocked)
        window.lock_requested.connect(lambda: self.lock("user"))
        window.settings_changed.connect(lambda settings: self.idle.set_minutes(settings.idle_lock_minutes))
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, code: str) -> None:
        """Rebuild the window in ``code`` and return to the same place; the session stays unlocked."""
        if code == self.language.code:
            return
        self.language.apply(code)
        self.language.save(self.paths, code)
        QApplication.setApplicationDisplayName(_("Signaal"))
        old = self.window
        location = old.location()
        self.window = self._attach(self._make_window())
        self.window.setGeometry(old.geometry())
        self.window.unlock_page.user.setText(old.unlock_page.user.text())
        if self.session is not None:
            self.window.show_workspace(self.session)
            self.window.restore(location)
        self.window.show()
        old.show_locked()  # drops its pages; the session itself stays open
        old.hide()
        old.deleteLater()

    def start(self) -> QWidget:
        """The first window to show: the wizard on a new machine, otherwise the locked main window."""
        if self.paths.exists():
            return self.window
        self.wizard = FirstRunWizard(self.paths)
        self.wizard.vault_created.connect(self._created)
        return self.wizard

    def _created(self, session: Session) -> None:
        self.window.show()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.unlocked(session)

    def unlocked(self, session: Session) -> None:
        self.session = session
        self.window.show_workspace(session)
        if self._resume is not None and self._resume[0] == session.user.name:
            self.window.restore(self._resume[1])
        self._resume = None
        assert self.window.settings is not None
        self.idle.set_minutes(self.window.settings.idle_lock_minutes)
        self.idle.start()
        if session.user.is_recovery:
            offer_reset_after_recovery(self.window, session)
        for warning in session.warnings:  # e.g. audit rows added outside Signaal: the vault opens, but say so
            show_error(self.window, warning)

    def lock(self, reason: str = "user") -> None:
        if self.session is None:
            return
        if self.session.busy:  # an export is writing: lock the moment it is done
            QTimer.singleShot(300, lambda: self.lock(reason))
            return
        self.idle.stop()
        self._resume = (self.session.user.name, self.window.location())
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()  # e.g. the client view
        self.window.close_dialogs()
        session, self.session = self.session, None
        self.window.show_locked(_(LOCK_MESSAGES.get(reason, LOCK_MESSAGES["user"])))
        session.lock()
