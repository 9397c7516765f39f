"""Settings: language, auto-lock time, retention; users and the recovery code (admins only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import _
from app.core.settings import SETTING_BOUNDS, Settings
from app.core.users import Role
from app.ui.feedback import show_error
from app.ui.language import language_box
from app.ui.settings.keys_tab import KeysTab
from app.ui.settings.users_tab import UsersTab
from app.vault.session import Session
from app.workflows import organisation, views


def _spin(name: str, key: str, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setRange(*SETTING_BOUNDS[key])
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("Instellingen"))
        current = views.settings(session)
        general = QWidget(self)
        self.language = language_box(general)
        self.idle = _spin(
            _("Vergrendelen na minuten zonder activiteit"), "idle_lock_minutes", current.idle_lock_minutes, _(" min")
        )
        self.retention = _spin(
            _("Bewaartermijn van gesloten zaken in maanden"),
            "retention_months",
            current.retention_months,
            _(" maanden"),
        )
        form = QFormLayout(general)
        form.addRow(_("Organisatie"), QLabel(f"{current.org_name} · {current.org_type.label}", general))
        form.addRow(_("&Taal"), self.language)
        form.addRow(_("&Vergrendelen na"), self.idle)
        form.addRow(_("&Bewaartermijn"), self.retention)
        form.addRow(QLabel(_("De taal geldt voor deze computer en gaat meteen in."), general))
        admin = session.user.role.at_least(Role.ADMIN)
        for widget in (self.idle, self.retention):
            widget.setEnabled(admin)
        tabs = QTabWidget(self)
        tabs.addTab(general, _("Algemeen"))
        tabs.addTab(KeysTab(session, self), _("Sleutels"))
        if admin:
            tabs.addTab(UsersTab(session, self), _("Gebruikers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if not self.session.user.role.at_least(Role.ADMIN):
            self.accept()
            return
        try:
            organisation.update_settings(
                self.session,
                idle_lock_minutes=self.idle.value(),
                retention_months=self.retention.value(),
            )
        except Exception as error:
            show_error(self, error)
            return
        self.accept()

    def saved(self) -> Settings:
        return views.settings(self.session)
