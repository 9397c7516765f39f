"""Dates and numbers in the active locale (babel), cached: lists show thousands of them."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime

from app.core.i18n import active_locale


@lru_cache(maxsize=8192)
def _date(day: date, style: str, locale: str) -> str:
    return format_date(day, style, locale=locale)


def short_date(day: date | None) -> str:
    return "" if day is None else _date(day, "short", active_locale())


def long_date(day: date | None) -> str:
    return "" if day is None else _date(day, "long", active_locale())


def date_time(moment: datetime) -> str:
    return format_datetime(moment.astimezone(), "short", locale=active_locale())


def country_name(code: str | None) -> str:
    """``RO`` → ``Roemenië`` (nl) or ``Romania`` (en); the code itself when CLDR does not know it."""
    if not code:
        return ""
    return str(Locale.parse(active_locale()).territories.get(code.upper(), code))
