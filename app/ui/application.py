"""Desktop entry point (the full UI is built in later steps)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from app.vault.paths import default_home


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel(f"Signaal — kluis: {default_home()}")
    label.resize(480, 120)
    label.show()
    return app.exec()
