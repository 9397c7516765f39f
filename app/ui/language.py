"""Switching the UI language: gettext catalogs (``app``, ``forms``), Qt's own texts, and the saved choice."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QWidget

from app import locale, preferences
from app.core.i18n import _, active_locale
from app.core.languages import UI_LANGUAGES
from app.resources import data_dir
from app.vault.paths import VaultPaths


def language_box(parent: QWidget) -> QComboBox:
    """The UI languages, each named in its own language as language menus do, the current one selected."""
    box = QComboBox(parent)
    box.setAccessibleName(_("Taal van Signaal"))
    for code in UI_LANGUAGES:
        box.addItem(Locale.parse(code).get_display_name(code) or code, code)
    box.setCurrentIndex(max(0, box.findData(active_locale().split("_")[0])))
    return box


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
        gaps = QTranslator(self.app)  # what Qt's own catalog lacks (i18n/qt/qtgaps_<code>.ts); installed last,
        if gaps.load(f"qtgaps_{code}", str(data_dir("i18n") / "qt")):  # so it is asked first
            self.app.installTranslator(gaps)

    def save(self, paths: VaultPaths, code: str) -> None:
        preferences.save(paths.home, preferences.Preferences(language=code))
