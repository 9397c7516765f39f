"""Desktop entry point: Qt application, translations, the main window and the session controller."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.core.i18n import _
from app.forms_loader import load_checklists, load_routes
from app.resources import data_dir
from app.ui.a11y import readable_palette
from app.ui.idle import IdleWatcher
from app.ui.language import UiLanguage, startup_language
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault.paths import VaultPaths, default_home, default_registry_home


def build(app: QApplication, paths: VaultPaths) -> tuple[SessionController, MainWindow]:
    language = UiLanguage(app)
    language.apply(startup_language(paths))
    app.setApplicationName("Signaal")
    app.setPalette(readable_palette(app.palette()))  # hints and the selection at 4.5:1 (issue 18)
    app.setApplicationDisplayName(_("Signaal"))
    app.setWindowIcon(QIcon(str(data_dir("resources") / "icons" / "signaal.png")))
    app.setDesktopFileName("signaal")  # matches installer/linux/signaal.desktop
    checklists, routes = load_checklists(), load_routes()
    controller = SessionController(paths, lambda: MainWindow(paths, checklists, routes), IdleWatcher(5), language)
    return controller, controller.window


def main(*, registry: bool = False) -> int:
    """The desktop app on the field vault, or (``registry``) on the registry vault."""
    app = QApplication(sys.argv[:1])
    controller, _window = build(app, VaultPaths(default_registry_home() if registry else default_home()))
    controller.start().show()
    return app.exec()
