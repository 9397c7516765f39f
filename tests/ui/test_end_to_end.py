"""The whole story of issue 4 in one run: a new user creates a vault, records a full GG&GD interview by
keyboard, sees the explained assessment and the route, is locked out by the idle timer, and finds the
case again after unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from app.ui.application import build
from app.ui.case.new_case_dialog import NewCaseDialog
from app.ui.first_run.wizard import FirstRunWizard
from app.vault.paths import VaultPaths
from tests.ui.conftest import answer_next_dialog, unlock
from tests.ui.test_interview import answer_by_keyboard
from tests.ui.test_lock import FakeTime, _ticks


def test_new_user_to_assessment_to_auto_lock_and_back(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    controller, window = build(qapp, VaultPaths(tmp_path / "kluis"))
    qtbot.addWidget(window)
    clock = FakeTime()
    controller.idle._clock = clock  # the timer reads this wall clock
    wizard = controller.start()
    assert isinstance(wizard, FirstRunWizard)
    wizard.show()
    wizard.organisation.org_name.setText("GGD Voorbeeldstad")
    wizard.next()
    wizard.admin.admin.setText("sanne")
    for field in (wizard.admin.passphrase, wizard.admin.repeat):
        field.edit.setText("zeven lange woorden voor de kluis")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=15_000)
    wizard.recovery.noted.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert controller.session is not None and window.list_page is not None

    def new_case(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.fields.nationality.set_code("RO")
        dialog.accept()

    answer_next_dialog(new_case)
    window.list_page.new_button.click()
    assert window.case_page is not None and window.case_page.case is not None
    code = window.case_page.case.code
    answer_next_dialog(lambda dialog: dialog.accept())
    window.case_page.new_interview.click()
    page = window.interview_page
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_by_keyboard(qtbot, page)
    text = page.summary.body.text()
    assert "sterke signalen" in text and "Waarom" in text and "politie" in text
    page.summary.done.click()

    with qtbot.waitSignal(controller.idle.lock_requested):
        _ticks(controller.idle, clock, 5 * 60 + 10)
    assert controller.session is None and window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window, "sanne", "zeven lange woorden voor de kluis")
    assert window.case_page is not None and window.case_page.case is not None
    assert window.case_page.case.code == code  # back where the user was
    window.show_list()
    window.list_page.search.setText(code)  # type: ignore[union-attr]
    assert window.list_page.model.rowCount() == 1  # type: ignore[union-attr]
    level = window.list_page.model.index(0, 3)  # type: ignore[union-attr]
    assert level.data() == "■ sterke signalen"  # a shape as well as a colour (issue 18)
    assert level.data(Qt.ItemDataRole.AccessibleTextRole) == "sterke signalen"
