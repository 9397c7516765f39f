"""Run under a real X11 server (xcb), where a line edit claims Ctrl+E for itself: unlock, put the focus in the
case list's search field, press Ctrl+E, and print whether the export wizard opened."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.settings import OrgType, Settings
from app.ui.application import build
from app.ui.export.export_wizard import ExportWizard
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from tests.conftest import FixedClock, cheap_kdf, secret

PASS = "correct paard batterij nietje"


def _wait_for(condition: Callable[[], bool], ms: int) -> bool:
    """Process events until ``condition`` holds (PySide6's QTest has no qWaitFor)."""
    deadline = time.monotonic() + ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(20)
    return True


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    bindings = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)]
    with tempfile.TemporaryDirectory() as home:
        paths = VaultPaths(Path(home) / "vault")
        settings = Settings("GGD Utrecht", OrgType.GGD_INTAKE, "UT")
        session, _ = create_vault(
            paths,
            settings=settings,
            admin_name="anna",
            admin_passphrase=secret(PASS),
            clock=FixedClock(),
            kdf=cheap_kdf,
        )
        session.lock()
        controller, window = build(app, paths)  # type: ignore[arg-type]
        controller.start().show()
        page = window.unlock_page
        page.user.setText("anna")
        page.passphrase.edit.setText(PASS)
        page.submit()
        _wait_for(lambda: window.list_page is not None and window.list_page.isVisible(), 10_000)
        assert window.list_page is not None
        window.activateWindow()
        window.list_page.search.setFocus()
        _wait_for(lambda: QApplication.focusWidget() is window.list_page.search, 5_000)  # type: ignore[union-attr]
        QTest.keyClick(window.list_page.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        opened = _wait_for(lambda: any(w.isVisible() for w in window.findChildren(ExportWizard)), 3_000)
        print(f"bindings={','.join(bindings)} opened={opened}", flush=True)
        controller.lock()


if __name__ == "__main__":
    main()
