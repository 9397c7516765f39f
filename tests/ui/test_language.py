"""Switching the UI language live (settings or the unlock page) and keeping it for the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import preferences
from app.ui.application import build
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.ui.settings.settings_dialog import SettingsDialog
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from tests.ui.conftest import answer_next_dialog, unlock
from tests.ui.test_interview import start_interview


@pytest.fixture
def app_window(qapp: QApplication, ui_paths: VaultPaths) -> Iterator[tuple[SessionController, MainWindow]]:
    """Like the shared fixture, but without ``qtbot.addWidget``: a switch deletes the first window, and
    the fixture closes whichever window is current at the end."""
    controller, window = build(qapp, ui_paths)
    controller.start().show()
    yield controller, window
    if controller.session is not None:
        controller.lock()
    controller.window.close()


@pytest.fixture
def unlocked(qtbot: QtBot, app_window: tuple[SessionController, MainWindow]) -> tuple[SessionController, MainWindow]:
    unlock(qtbot, app_window[1])
    return app_window


def _choose_english(dialog: SettingsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()


def test_switching_in_settings_rebuilds_the_window_in_english_at_the_same_case(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], ui_paths: VaultPaths
) -> None:
    controller, old = unlocked
    session = controller.session
    assert session is not None
    case = cases.create(session)
    old.show_case(case.id)
    answer_next_dialog(_choose_english)  # type: ignore[arg-type]
    old.settings_action.trigger()
    window = controller.window
    assert window is not old and not old.isVisible() and window.isVisible()
    assert controller.session is session and not session.is_locked
    assert window.list_action.text() == "Cases"
    assert window.case_page is not None and window.stack.currentWidget() is window.case_page
    assert window.case_page.case is not None and window.case_page.case.code == case.code
    assert preferences.load(ui_paths.home).language == "en"


def test_an_interview_continues_at_the_same_question_in_english(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, old = unlocked
    page = start_interview(qtbot, old, controller.session)
    qtbot.keyClick(page, "N")
    here = page.current_item()
    assert here is not None
    dutch = page.question.text.text()
    controller.switch_language("en")
    window = controller.window
    assert window.interview_page is not None
    assert window.interview_page.current_item() == here
    english = window.interview_page.question.text.text()
    assert english and english != dutch


def test_the_unlock_page_switches_language_and_keeps_the_user_name(
    qtbot: QtBot, app_window: tuple[SessionController, MainWindow], ui_paths: VaultPaths
) -> None:
    controller, old = app_window
    old.unlock_page.user.setText("anna")
    combo = old.unlock_page.language
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    window = controller.window
    assert window is not old
    assert window.unlock_page.title.text() == "Signaal is locked"
    assert window.unlock_page.user.text() == "anna"
    unlock(qtbot, window)
    assert window.list_action.text() == "Cases"


def test_the_saved_language_is_used_at_the_next_start(
    qtbot: QtBot, qapp: QApplication, ui_paths: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SIGNAAL_LANG")
    preferences.save(ui_paths.home, preferences.Preferences(language="en"))
    controller, window = build(qapp, ui_paths)
    assert window.unlock_page.title.text() == "Signaal is locked"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    controller.switch_language("nl")
    controller.window.close()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"  # Qt's own catalog
