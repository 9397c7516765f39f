"""The languages Signaal speaks: the UI (Dutch, English) and the interview languages of the client texts."""

from __future__ import annotations

from babel import Locale
from babel.core import UnknownLocaleError

from app.core.i18n import active_locale

UI_LANGUAGES = ("nl", "en")
# Every client text (questions, client sheet) is translated into these; other languages can still be
# recorded as the conversation language, and the interpreter translates.
INTERVIEW_LANGUAGES = ("nl", "en", "ro", "bg", "hu", "pl", "es", "fr", "ar", "ti")


def is_language(code: object) -> bool:
    """A language code CLDR knows (``ro``, ``sw``, ``fa``), not any two letters."""
    if not isinstance(code, str) or not (2 <= len(code) <= 3) or not code.isalpha() or not code.islower():
        return False
    return code in _KNOWN


_KNOWN = frozenset(Locale.parse("en").languages)  # every language CLDR names (the language box offers these)


def is_right_to_left(code: str) -> bool:
    """Whether ``code``'s script runs right to left (Arabic, Farsi, Hebrew, …), from CLDR via babel."""
    try:
        return Locale.parse(code).character_order == "right-to-left"
    except (ValueError, TypeError, UnknownLocaleError):
        return False


def language_name(code: str, in_language: str | None = None) -> str:
    """``ro`` → ``Roemeens`` in the UI language (or in ``in_language``); the code when CLDR lacks it."""
    try:
        return str(Locale.parse(code).get_display_name(Locale.parse(in_language or active_locale())) or code)
    except (ValueError, TypeError, UnknownLocaleError):
        return code
