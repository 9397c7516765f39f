"""Translation functions for the `app` gettext domain.

Source strings (msgids) are Dutch, the default UI language. The active catalog is the one piece of
process-wide state in the app, as in every gettext program; it is set at start-up and on a language
switch by whoever loads catalogs (``app.locale``). Import ``_`` and ``N_`` from here explicitly.
"""

from __future__ import annotations

import gettext

_active: list[gettext.NullTranslations] = [gettext.NullTranslations()]
_forms: list[gettext.NullTranslations] = [gettext.NullTranslations()]
_locale: list[str] = ["nl_NL"]


def set_translations(
    translations: gettext.NullTranslations,
    locale: str = "nl_NL",
    forms: gettext.NullTranslations | None = None,
) -> None:
    """Make ``translations`` the catalog used by ``_`` and ``ngettext``, ``forms`` the one used by ``F_``
    (checklist texts), and ``locale`` the formatting locale."""
    _active[0] = translations
    _forms[0] = forms or gettext.NullTranslations()
    _locale[0] = locale


def active_locale() -> str:
    """The babel locale name for dates and numbers (``nl_NL``, ``en_GB``)."""
    return _locale[0]


def _(message: str) -> str:
    """Translate ``message`` (a Dutch msgid) into the active language."""
    return _active[0].gettext(message)


def F_(text: str) -> str:  # noqa: N802 - gettext convention
    """Translate a checklist, route or client-sheet text (domain ``forms``) into the UI language.

    Forms texts are stored with their whitespace collapsed, as the extractor writes them."""
    return _forms[0].gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate with plural forms; ``n`` picks the form."""
    return _active[0].ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - gettext convention
    """Mark ``message`` for extraction without translating it now (for module-level constants)."""
    return message
