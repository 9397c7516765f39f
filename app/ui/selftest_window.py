"""The self-test's Qt step: the main window builds and renders (offscreen when there is no display)."""

from __future__ import annotations

import os
import sys

from app.selftest import Context


def window_step(ctx: Context) -> str:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from app.ui.application import build
    from app.vault.paths import VaultPaths

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's harmless notice
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    _controller, window = build(app, VaultPaths(ctx.home / "vault"))
    window.show()
    pixels = window.grab()
    window.close()
    if pixels.isNull():
        raise RuntimeError("the window did not render")
    _controller.switch_language("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    if box.button(QDialogButtonBox.StandardButton.Cancel).text() != "Annuleren":
        raise RuntimeError("Qt's own translations (qtbase_nl.qm) are missing")
    _controller.window.close()
    return f"Qt {app.platformName()}, {pixels.width()}×{pixels.height()}, Qt translations present"
