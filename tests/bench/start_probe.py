"""Started by the start-up benchmark: opens the app on an existing vault and prints ``shown`` as soon as the
unlock page has been painted, then quits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.application import build
from app.vault.paths import VaultPaths, default_home


def main() -> int:
    app = QApplication(sys.argv[:1])
    controller, window = build(app, VaultPaths(default_home()))
    controller.start().show()

    def shown() -> None:
        assert window.unlock_page.isVisible()
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
