"""GUI fixtures: a real vault (cheap Argon2), the real main window, and helpers to drive modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.settings import OrgType, Settings
from app.ui.application import build
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from tests.conftest import FixedClock, cheap_kdf, secret

USER, PASSPHRASE = "anna", "correct paard batterij nietje"


@pytest.fixture
def ui_paths(tmp_path: Path) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    session, _code = create_vault(
        paths,
        settings=Settings("GGD Utrecht", OrgType.GGD_INTAKE, "UT"),
        admin_name=USER,
        admin_passphrase=secret(PASSPHRASE),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    session.lock()
    return paths


@pytest.fixture
def app_window(
    qtbot: QtBot, qapp: QApplication, ui_paths: VaultPaths
) -> Iterator[tuple[SessionController, MainWindow]]:
    controller, window = build(qapp, ui_paths)
    qtbot.addWidget(window)
    controller.start().show()
    yield controller, window
    if controller.session is not None:
        controller.lock()


def unlock(qtbot: QtBot, window: MainWindow, user: str = USER, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    page.user.setText(user)
    page.passphrase.edit.setText(passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        page.submit()


@pytest.fixture
def unlocked(qtbot: QtBot, app_window: tuple[SessionController, MainWindow]) -> tuple[SessionController, MainWindow]:
    unlock(qtbot, app_window[1])
    return app_window


def answer_next_dialog(act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next modal dialog as soon as it is shown (``exec`` blocks the test otherwise)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def focusable_without_name(root: QWidget) -> list[str]:
    """Controls a screen reader could reach that have no accessible name."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (the editor inside a spin box)
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def labels_hiding_text(root: QWidget) -> list[str]:
    """Visible labels whose accessible name and description do not carry the text they show (issue 18 #1)."""
    from PySide6.QtGui import QAccessible, QTextDocument
    from PySide6.QtWidgets import QLabel

    from app.ui.labels import LEVEL_MARKS

    def plain(label: QLabel) -> str:
        document = QTextDocument()
        document.setHtml(label.text())
        words = document.toPlainText()
        if label.buddy() is not None:  # only then is & a mnemonic
            words = words.replace("&&", "\0").replace("&", "").replace("\0", "&")
        for mark in LEVEL_MARKS.values():  # a level's mark is a shape for the eye; the words are read
            words = words.removeprefix(f"{mark} ")
        return " ".join(words.split())

    hiding = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.objectName().startswith("qt_"):
            continue
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is None:
            continue
        said = " ".join(
            " ".join(interface.text(kind).split()) for kind in (QAccessible.Text.Name, QAccessible.Text.Description)
        )
        if plain(label) not in said:
            hiding.append(f"{plain(label)!r} exposed as {said!r}")
    return hiding
