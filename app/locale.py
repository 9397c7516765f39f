"""Loading gettext catalogs for the UI language (domains ``app`` and ``forms``) and the interview language."""

from __future__ import annotations

import gettext
import os
from functools import lru_cache

from app.core.i18n import set_translations
from app.resources import data_dir

DEFAULT_LANGUAGE = "nl"
LANG_ENV = "SIGNAAL_LANG"


FORMAT_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _catalog(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, data_dir("i18n"), languages=[language], fallback=True)


def activate(language: str) -> None:
    """Use ``language`` for ``_`` and ``F_``; Dutch is the source language and needs no catalog."""
    set_translations(_catalog("app", language), FORMAT_LOCALES.get(language, language), _forms_catalog(language))


def language_from_environment() -> str | None:
    """``SIGNAAL_LANG`` when set: it overrides the saved preference (for tests and screenshots)."""
    return os.environ.get(LANG_ENV) or None


@lru_cache(maxsize=16)
def _forms_catalog(language: str) -> gettext.NullTranslations:
    return _catalog("forms", language)


def forms_text(text: str, language: str) -> tuple[str, bool]:
    """Checklist text (a Dutch msgid of domain ``forms``) in ``language``; (text, True if translated)."""
    if language == "nl":
        return text, True
    catalog = _forms_catalog(language)
    translated = catalog.gettext(text)
    # a translation may equal the Dutch text ("Contact"): look it up in the compiled catalog itself
    return translated, translated != text or text in getattr(catalog, "_catalog", {})
