"""Age rules: who counts as a minor. One place, used by the live assessment and by the export."""

from __future__ import annotations

from datetime import date

ADULT_AGE = 18


def age_in(birth_year: int | None, on: date) -> int | None:
    """The age reached in the year of ``on`` (cases keep a birth year only, never a full date)."""
    if birth_year is None:
        return None
    return on.year - birth_year


def is_minor(age: int | None) -> bool:
    """Under 18; an unknown age is not taken to be a minor here (the checklist asks separately)."""
    return age is not None and age < ADULT_AGE
