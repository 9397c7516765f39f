"""First run: organisation, admin with strength feedback, the recovery code, then straight into the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.core.settings import OrgType
from app.ui.application import build
from app.ui.case_list_page import CaseListPage
from app.ui.first_run.wizard import FirstRunWizard
from app.vault import recovery
from app.vault.lifecycle import RecoveryCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import settings as settings_repo
from tests.conftest import FixedClock


def test_new_user_creates_a_vault_and_lands_in_the_case_list(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path / "nieuw")
    controller, window = build(qapp, paths)
    qtbot.addWidget(window)
    wizard = controller.start()
    assert isinstance(wizard, FirstRunWizard)
    wizard.show()
    org = wizard.organisation
    org.org_name.setText("COA Zevenaar")
    org.org_type.setCurrentIndex(org.org_type.findData(OrgType.COA.value))
    assert org.prefix.placeholderText() == "CO"
    wizard.next()
    admin = wizard.admin
    admin.admin.setText("beheer")
    admin.passphrase.edit.setText("kort")
    assert "Te kort" in admin.passphrase.hint.text() and not admin.isComplete()
    admin.passphrase.edit.setText("vijf lange woorden voor de kluis")
    admin.repeat.edit.setText("vijf lange woorden voor de kluis!")
    assert not admin.isComplete()  # the two differ
    admin.repeat.edit.setText("vijf lange woorden voor de kluis")
    assert admin.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    shown = wizard.recovery.view.code_label.text()
    assert len(shown) == 29 and shown.count("-") == 5
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled() is False
    pdf = wizard.recovery.view.pdf_bytes()
    assert pdf.startswith(b"%PDF")
    wizard.recovery.noted.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.vault_created):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert isinstance(window.stack.currentWidget(), CaseListPage)
    session = controller.session
    assert session is not None and session.user.name == "beheer"
    assert settings_repo.load(session.conn).org_type is OrgType.COA
    controller.lock()
    with unlock(paths, RecoveryCredentials(recovery.normalise(shown)), FixedClock()):
        pass  # the code shown is the one that opens the vault


def test_the_reason_and_a_mismatch_are_shown_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(VaultPaths(tmp_path / "vault"))
    qtbot.addWidget(wizard)
    wizard.organisation.org_name.setText("GGD Noord")
    wizard.next()
    admin = wizard.admin
    admin.admin.setText("beheer")
    admin.passphrase.edit.setText("aaaaaaaaaaaa")
    assert "Herhalingen" in admin.passphrase.hint.text() and not admin.isComplete()
    admin.passphrase.edit.setText("zeven kleine bergen in de mist")
    admin.repeat.edit.setText("zeven kleine bergen in de mis")
    assert "niet gelijk" in admin.repeat.hint.text() and not admin.isComplete()
    admin.repeat.edit.setText("zeven kleine bergen in de mist")
    assert admin.repeat.hint.text() == "" and admin.isComplete()


def test_a_failure_is_said_in_words_and_read_out(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18 #2: the first run's errors reach a screen reader; and no Python repr is ever shown."""
    from app.ui.first_run import wizard as wizard_module

    announced: list[object] = []
    monkeypatch.setattr(wizard_module, "announce", announced.append)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    wizard = FirstRunWizard(VaultPaths(tmp_path / "vault"), creator=broken)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.organisation.org_name.setText("GGD Noord")
    wizard.next()
    wizard.admin.admin.setText("beheer")
    wizard.admin.passphrase.edit.setText("zeven kleine bergen in de mist")
    wizard.admin.repeat.edit.setText("zeven kleine bergen in de mist")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.admin.message in announced, timeout=10_000)
    assert "OSError(" not in wizard.admin.message.text() and wizard.admin.message.text()
