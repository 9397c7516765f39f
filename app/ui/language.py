"""Switching the UI language: gettext catalogs (``app``, ``forms``), Qt's own texts, and the saved choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import locale, preferences
from app.vault.paths import VaultPaths

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language, as language menus do


def startup_language(paths: VaultPaths) -> str:
    """``SIGNAAL_LANG`` when set, otherwise the language saved in this installation's preferences."""
    return locale.language_from_environment() or preferences.load(paths.home).language


class UiLanguage:
    """The UI language of the application; a switch replaces Qt's translator (the app's only one)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.code = locale.DEFAULT_LANGUAGE

    def apply(self, code: str) -> None:
        """Make ``code`` the language of everything built from now on."""
        self.code = code
        locale.activate(code)
        for old in self.app.findChildren(QTranslator):
            self.app.removeTranslator(old)
            old.deleteLater()
        translator = QTranslator(self.app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(QLocale(code), "qtbase", "_", folder):
            self.app.installTranslator(translator)

    def save(self, paths: VaultPaths, code: str) -> None:
        preferences.save(paths.home, preferences.Preferences(language=code))
