"""Menu shortcuts work wherever the focus is, also in the case list's search field (issue 14 #8)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.export.export_wizard import ExportWizard
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController


def _focus_search(qtbot: QtBot, window: MainWindow) -> None:
    assert window.list_page is not None
    window.activateWindow()
    window.list_page.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_page.search)  # type: ignore[union-attr]


def test_ctrl_e_opens_the_export_from_the_search_field(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    _controller, window = unlocked
    _focus_search(qtbot, window)
    qtbot.keyClick(window.list_page.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(isinstance(w, ExportWizard) and w.isVisible() for w in window.findChildren(ExportWizard))
    )
    for wizard in window.findChildren(ExportWizard):
        wizard.reject()


@pytest.mark.parametrize(("key", "effect"), [(Qt.Key.Key_L, "locked")])
def test_ctrl_l_locks_from_the_search_field(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], key: Qt.Key, effect: str
) -> None:
    controller, window = unlocked
    _focus_search(qtbot, window)
    qtbot.keyClick(window.list_page.search, key, Qt.KeyboardModifier.ControlModifier)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.session is None)
    assert effect == "locked"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian: xvfb) for a real X11 server")
def test_ctrl_e_wins_over_the_line_edit_on_x11() -> None:
    """Offscreen Qt has no Ctrl+E in a line edit; X11 does ("end of line"). Only there can the clash happen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.ui.shortcut_probe"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("bindings=")), result.stderr[-2000:])
    assert "Ctrl+E" in line and "opened=True" in line, line
