"""Users (admins only): add, remove, set a new passphrase; renew the recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import _
from app.core.users import Role
from app.ui.feedback import show_error
from app.ui.widgets.passphrase_field import PassphraseField
from app.ui.widgets.recovery_code_view import RecoveryCodeView
from app.vault.session import Session
from app.workflows import organisation, users, views

NAME_ROLE = Qt.ItemDataRole.UserRole + 5


class UserDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Nieuwe wachtzin") if name else _("Gebruiker toevoegen"))
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(_("Gebruikersnaam"))
        self.name.setReadOnly(bool(name))
        self.role = QComboBox(self)
        self.role.setAccessibleName(_("Rol"))
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.passphrase = PassphraseField(_("Wachtzin"), show_strength=True, parent=self)
        self.repeat = PassphraseField(_("Herhaal de wachtzin"), repeat_of=self.passphrase, parent=self)
        form = QFormLayout(self)
        form.addRow(_("&Naam"), self.name)
        if not name:
            form.addRow(_("&Rol"), self.role)
        form.addRow(_("&Wachtzin"), self.passphrase)
        form.addRow(_("&Herhaal wachtzin"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self.passphrase.set_context(text))
        for field in (self.passphrase, self.repeat):
            field.changed.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.passphrase.set_context(name)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()) and self.passphrase.acceptable() and self.repeat.matches())


class UsersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Gebruikers"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        add = QPushButton(_("&Toevoegen…"), self)
        remove = QPushButton(_("&Verwijderen"), self)
        reset = QPushButton(_("Nieuwe &wachtzin…"), self)
        renew = QPushButton(_("&Herstelcode vernieuwen…"), self)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        reset.clicked.connect(self._reset)
        renew.clicked.connect(self._renew)
        buttons = QHBoxLayout()
        for button in (add, remove, reset, renew):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.clear()
        for user in users.active_users(self.session):
            row = QStandardItem(f"{user.name} · {user.role.label}")
            row.setData(user.name, NAME_ROLE)
            self.model.appendRow(row)

    def _selected(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(NAME_ROLE) if index.isValid() else None

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as error:
            show_error(self, error)
        self.reload()

    def _add(self) -> None:
        dialog = UserDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(
                lambda: users.add_user(
                    self.session, dialog.name.text(), Role(dialog.role.currentData()), dialog.passphrase.secret()
                )
            )

    def _remove(self) -> None:
        name = self._selected()
        if name:
            self._run(lambda: self._rekeyed(users.remove_user(self.session, name)))

    def _rekeyed(self, lost: list[str]) -> None:
        """After a re-key: the admin hands the new signing key to the registry (the keys tab shows it)."""
        public = organisation.org_keys(self.session).public_key
        parts = [
            _("De kluis is opnieuw versleuteld: oude sleutelbestanden en reservekopieën openen hem niet meer."),
            _(
                "De organisatie heeft een nieuwe ondertekeningssleutel ({key_id}, vingerafdruk {fingerprint}). Geef "
                "het register de nieuwe publieke sleutel (‘signaal keys show --out BESTAND’) en bevestig de "
                "vingerafdruk telefonisch; tot dan weigert het register nieuwe batches."
            ).format(key_id=public.key_id_hex, fingerprint=public.fingerprint()),
            *[
                _("Let op: {name} heeft een nieuwe wachtzin nodig (‘signaal users passwd {name}’).").format(name=n)
                for n in lost
            ],
        ]
        QMessageBox(
            QMessageBox.Icon.Information, _("Signaal"), "\n\n".join(parts), QMessageBox.StandardButton.Ok, self
        ).open()

    def _reset(self) -> None:
        name = self._selected()
        if not name:
            return
        dialog = UserDialog(name, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: users.reset_passphrase(self.session, name, dialog.passphrase.secret()))

    def _renew(self) -> None:
        try:
            code = users.renew_recovery_code(self.session)
        except Exception as error:
            show_error(self, error)
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(_("Nieuwe herstelcode"))
        view = RecoveryCodeView("", dialog)
        view.set_code(code, views.settings(self.session).org_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
        buttons.accepted.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.open()
