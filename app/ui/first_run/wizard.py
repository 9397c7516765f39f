"""First run: organisation, first admin with a strong passphrase, and the recovery code (noted, printed
or saved) before the app opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.cases import default_prefix, validate_prefix
from app.core.clock import SystemClock
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.settings import OrgType, Settings
from app.crypto.kdf import wipe
from app.ui.a11y import announce, content_label
from app.ui.feedback import error_text
from app.ui.operations import run_in_background
from app.ui.widgets.passphrase_field import PassphraseField
from app.ui.widgets.recovery_code_view import RecoveryCodeView
from app.vault.paths import VaultPaths
from app.vault.session import Session
from app.workflows import access

Creator = Callable[..., tuple[Session, str]]


class OrganisationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Uw organisatie"))
        self.setSubTitle(_("Signaal bewaart alles versleuteld op deze computer. Er gaat niets over het internet."))
        self.org_name = QLineEdit(self)
        self.org_name.setAccessibleName(_("Naam van de organisatie"))
        self.org_type = QComboBox(self)
        self.org_type.setAccessibleName(_("Soort organisatie"))
        for org_type in OrgType.field_types():
            self.org_type.addItem(org_type.label, org_type.value)
        self.prefix = QLineEdit(self)
        self.prefix.setAccessibleName(_("Voorvoegsel van zaakcodes"))
        self.prefix.setMaxLength(4)
        self.prefix.setPlaceholderText("UT")
        self.org_name.textChanged.connect(lambda text: self.prefix.setPlaceholderText(default_prefix(text)))
        form = QFormLayout(self)
        form.addRow(_("&Naam van de organisatie"), self.org_name)
        form.addRow(_("&Soort organisatie"), self.org_type)
        form.addRow(_("Voorvoegsel &zaakcodes"), self.prefix)
        self.org_name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.org_name.text().strip())

    def settings(self) -> Settings:
        prefix = validate_prefix(self.prefix.text() or default_prefix(self.org_name.text()))
        return Settings(self.org_name.text().strip(), OrgType(self.org_type.currentData()), prefix)


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(_("Eerste beheerder"))
        self.setSubTitle(
            _("Kies een wachtzin van een paar woorden die u kunt onthouden. Er is geen ‘wachtwoord vergeten’.")
        )
        self.admin = QLineEdit(self)
        self.admin.setAccessibleName(_("Gebruikersnaam van de beheerder"))
        self.passphrase = PassphraseField(_("Wachtzin"), show_strength=True, parent=self)
        self.repeat = PassphraseField(_("Herhaal de wachtzin"), repeat_of=self.passphrase, parent=self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        content_label(self.message, _("Melding"))
        form = QFormLayout(self)
        form.addRow(_("&Gebruikersnaam"), self.admin)
        form.addRow(_("&Wachtzin"), self.passphrase)
        form.addRow(_("&Herhaal wachtzin"), self.repeat)
        form.addRow(self.message)
        for signal in (self.admin.textChanged, self.passphrase.changed, self.repeat.changed):
            signal.connect(self.completeChanged)
        self.admin.textChanged.connect(
            lambda name: self.passphrase.set_context(name, wizard.organisation.org_name.text())
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (
            bool(self.admin.text().strip())
            and self.passphrase.acceptable()
            and self.repeat.matches()
            and not self._wizard.busy
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._wizard.session is not None:
            return True
        self._wizard.create_vault_now(self.admin.text().strip(), self.passphrase.secret())
        return False


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Herstelcode"))
        self.setSubTitle(
            _("Deze code wordt maar één keer getoond. Print hem of sla hem op, en bewaar hem achter slot.")
        )
        self.view = RecoveryCodeView("", self)
        explanation = QLabel(
            _(
                "Met de herstelcode kan een beheerder een nieuwe wachtzin instellen als iemand de zijne vergeten is. "
                "Zonder wachtzin én zonder herstelcode zijn de gegevens niet meer te openen."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.noted = QCheckBox(_("Ik heb de herstelcode genoteerd, geprint of opgeslagen"), self)
        self.registerField("noted*", self.noted)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(self.noted)


class FirstRunWizard(QWizard):
    """Emits ``vault_created(session)`` when the user finishes."""

    vault_created = Signal(object)

    def __init__(self, paths: VaultPaths, creator: Creator = access.create, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Signaal – nieuwe kluis"))
        self.paths, self._creator = paths, creator
        self.session: Session | None = None
        self.busy = False
        self.organisation = OrganisationPage(self)
        self.admin = AdminPage(self)
        self.recovery = RecoveryPage(self)
        for page in (self.organisation, self.admin, self.recovery):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.accepted.connect(self._finish)

    def create_vault_now(self, admin: str, passphrase: bytearray) -> None:
        try:
            settings = self.organisation.settings()
        except InvalidInput as error:
            self.admin.message.setText(str(error))
            announce(self.admin.message)
            return
        self.busy = True
        self.admin.completeChanged.emit()
        self.admin.message.setText(_("Kluis wordt aangemaakt…"))

        def work() -> tuple[Session, str]:
            try:
                return self._creator(
                    self.paths, settings=settings, admin_name=admin, admin_passphrase=passphrase, clock=SystemClock()
                )
            finally:
                wipe(passphrase)

        run_in_background(self, work, lambda result: self._created(result, settings), self._failed)

    def _created(self, result: tuple[Session, str], settings: Settings) -> None:
        self.session, code = result
        self.busy = False
        self.recovery.view.set_code(code, settings.org_name)
        self.admin.message.setText("")
        self.next()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.admin.completeChanged.emit()
        self.admin.message.setText(error_text(error))  # in words, never a repr
        announce(self.admin.message)

    def _finish(self) -> None:
        if self.session is not None:
            self.vault_created.emit(self.session)
