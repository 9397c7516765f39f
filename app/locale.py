"""Loading gettext catalogs for the active language (domain ``app``)."""

from __future__ import annotations

import gettext
import os

from app.core.i18n import set_translations
from app.resources import data_dir

DEFAULT_LANGUAGE = "nl"
LANG_ENV = "SIGNAAL_LANG"


FORMAT_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def activate(language: str) -> None:
    """Use ``language`` for ``_``; Dutch is the source language and needs no catalog."""
    translations = gettext.translation("app", data_dir("i18n"), languages=[language], fallback=True)
    set_translations(translations, FORMAT_LOCALES.get(language, language))


def language_from_environment() -> str:
    return os.environ.get(LANG_ENV, DEFAULT_LANGUAGE)


def forms_text(text: str, language: str) -> tuple[str, bool]:
    """Checklist text (a Dutch msgid of domain ``forms``) in ``language``; (text, True if translated)."""
    if language == "nl":
        return text, True
    catalog = gettext.translation("forms", data_dir("i18n"), languages=[language], fallback=True)
    translated = catalog.gettext(text)
    return translated, translated != text
