"""The ``period`` of a melding: month ``YYYY-MM``, after generalisation quarter ``YYYY-Qn`` or year ``YYYY``."""

from __future__ import annotations

from datetime import date


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def quarter_of(period: str) -> str:
    """``2026-03`` → ``2026-Q1``; a quarter or a year stays as it is."""
    if len(period) == 7 and period[4] == "-" and period[5:].isdigit():
        return f"{period[:4]}-Q{(int(period[5:]) - 1) // 3 + 1}"
    return period


def year_of(period: str) -> str:
    return period[:4]


def year_number(period: str) -> int | None:
    """The year a period falls in, as a number; None when the period does not start with one."""
    year = year_of(period)
    return int(year) if year.isdecimal() else None
