"""The unlock page: clear messages, a visible wait after failures, and the recovery code."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from tests.ui.conftest import PASSPHRASE, USER


def _try(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    page = window.unlock_page
    page.user.setText(USER)
    page.passphrase.edit.setText(passphrase)
    page.submit()
    qtbot.waitUntil(lambda: page.message.text() != "Bezig met ontgrendelen…", timeout=10_000)


def test_wrong_passphrase_then_wait_then_right(qtbot: QtBot, app_window: tuple[SessionController, MainWindow]) -> None:
    controller, window = app_window
    page = window.unlock_page
    for _ in range(4):
        _try(qtbot, window, "verkeerde wachtzin")
        assert page.message.text() == "Gebruikersnaam of wachtzin onjuist."
        assert page.passphrase.text() == ""  # never left in the field
    _try(qtbot, window, PASSPHRASE)
    assert "Te veel mislukte pogingen" in page.message.text()
    assert not page.button.isEnabled() and page.button.text().startswith("Wacht")
    qtbot.waitUntil(page.button.isEnabled, timeout=5_000)
    page.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        page.submit()
    assert controller.session is not None


def test_recovery_mode_switches_fields(qtbot: QtBot, app_window: tuple[SessionController, MainWindow]) -> None:
    page = app_window[1].unlock_page
    page.switch.click()
    assert page.code.isVisibleTo(page) and not page.user.isVisibleTo(page)
    page.code.setText("0000-0000-0000-0000-0000-0000")
    page.submit()
    qtbot.waitUntil(lambda: "herstelcode klopt niet" in page.message.text(), timeout=10_000)


def test_the_passphrase_is_wiped_after_the_attempt(qtbot: QtBot, ui_paths) -> None:  # type: ignore[no-untyped-def]
    """Best effort against memory scraping: the bytes handed to the unlocker are zeroed once it is done,
    and the field is cleared before the work starts."""
    from app.ui.unlock_page import UnlockPage
    from app.vault.errors import WrongCredentials
    from app.vault.lifecycle import PassphraseCredentials

    seen: list[bytearray] = []

    def unlocker(_paths: object, credentials: object) -> object:
        assert isinstance(credentials, PassphraseCredentials)
        assert page.passphrase.text() == ""  # cleared before the slow part
        seen.append(credentials.passphrase)
        assert bytes(credentials.passphrase) == PASSPHRASE.encode()
        raise WrongCredentials()

    page = UnlockPage(ui_paths, unlocker)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.user.setText(USER)
    page.passphrase.edit.setText(PASSPHRASE)
    page.submit()
    qtbot.waitUntil(lambda: page.button.isEnabled(), timeout=10_000)
    assert seen and seen[0] == bytearray(len(PASSPHRASE.encode()))
