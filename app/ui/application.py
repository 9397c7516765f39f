"""Desktop entry point: Qt application, translations, the main window and the session controller."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import locale
from app.core.i18n import _
from app.forms_loader import load_checklists, load_routes
from app.ui.idle import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault.paths import VaultPaths, default_home, default_registry_home


def install_qt_translations(app: QApplication, language: str) -> QTranslator:
    """Qt's own dialog texts (buttons) in the UI language."""
    translator = QTranslator(app)
    if translator.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return translator


def build(app: QApplication, paths: VaultPaths) -> tuple[SessionController, MainWindow]:
    language = locale.language_from_environment()
    locale.activate(language)
    install_qt_translations(app, language)
    app.setApplicationName("Signaal")
    app.setApplicationDisplayName(_("Signaal"))
    window = MainWindow(paths, load_checklists(), load_routes())
    controller = SessionController(paths, window, IdleWatcher(5))
    return controller, window


def main(*, registry: bool = False) -> int:
    """The desktop app on the field vault, or (``registry``) on the registry vault."""
    app = QApplication(sys.argv[:1])
    controller, _window = build(app, VaultPaths(default_registry_home() if registry else default_home()))
    controller.start().show()
    return app.exec()
