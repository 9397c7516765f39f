"""Loading gettext catalogs for the active language (domain ``app``)."""

from __future__ import annotations

import gettext
import os

from app.core.i18n import set_translations
from app.resources import data_dir

DEFAULT_LANGUAGE = "nl"
LANG_ENV = "SIGNAAL_LANG"


def activate(language: str) -> None:
    """Use ``language`` for ``_``; Dutch is the source language and needs no catalog."""
    translations = gettext.translation("app", data_dir("i18n"), languages=[language], fallback=True)
    set_translations(translations)


def language_from_environment() -> str:
    return os.environ.get(LANG_ENV, DEFAULT_LANGUAGE)
