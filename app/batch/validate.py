"""The value check of a received melding: every field against its code list and type, and the person block
bounded (docs/batch-format.md, "A melding"). ``Melding.from_json`` calls it; a failure names the field and the
value, and the registry refuses the whole batch with the line number."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date

from app.batch.codes import (
    AANGIFTE,
    AGE_BAND_VALUES,
    BEDENKTIJD,
    FORMS,
    GENDER_VALUES,
    MELDER_TYPES,
    SECTOR_VALUES,
    SIGNAL_LEVELS,
    YES_NO_UNKNOWN,
)
from app.batch.countries import COUNTRIES
from app.batch.errors import InvalidMelding
from app.batch.regions import COARSER, REGIONS

# the coded fields of a new or corrected melding and their code lists (nationality: a country or a region)
CODE_LISTS: Mapping[str, tuple[str, ...]] = {
    "age_band": AGE_BAND_VALUES,
    "gender": GENDER_VALUES,
    "minor": YES_NO_UNKNOWN,
    "aangifte": AANGIFTE,
    "bedenktijd": BEDENKTIJD,
    "shelter_need": YES_NO_UNKNOWN,
    "interpreter": YES_NO_UNKNOWN,
    "signal_level": SIGNAL_LEVELS,
    "melder_type": MELDER_TYPES,
    "sector": SECTOR_VALUES,
}
NATIONALITY_VALUES = frozenset(COUNTRIES | set(REGIONS) | set(COARSER))  # country, region, EU split, NL split
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2])|-Q(?P<quarter>[1-4])|-H(?P<half>[12]))?")
FIRST_YEAR, LAST_YEAR = 2000, 2099  # the years a period may name
CHECKLIST_VERSION = re.compile(r"(?:[a-z][a-z0-9_]{0,31}@\d{4}\.\d{1,2})(?:,[a-z][a-z0-9_]{0,31}@\d{4}\.\d{1,2}){0,7}")
MAX_NAME, MAX_CONTACT = 100, 60  # characters
_NAME_MARKS = frozenset(" -'’.")
_CONTACT_MARKS = frozenset(" -'’./@+()#")
FIRST_BIRTH_YEAR = 1900
PERSON_FIELDS = frozenset({"given_names", "family_name", "date_of_birth", "contact_ref"})


def _fail(field: str, value: object) -> InvalidMelding:
    return InvalidMelding(field, value=value)


def check_uuid(value: object) -> str:
    if not isinstance(value, str) or not UUID.fullmatch(value):
        raise _fail("uuid", value)
    return value


def period_year(value: object) -> int | None:
    """The year of a well-formed period in range, else None."""
    match = PERIOD.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    year = int(match.group("year"))
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def check_facts(doc: Mapping[str, object]) -> None:
    """Every fact of a new or corrected melding present, of its type and in its code list."""
    for field, values in CODE_LISTS.items():
        if doc.get(field) not in values:  # a tuple of str: ``in`` compares, never hashes what JSON gave
            raise _fail(field, doc.get(field))
    nationality = doc.get("nationality")
    if not isinstance(nationality, str) or nationality not in NATIONALITY_VALUES:
        raise _fail("nationality", nationality)
    if period_year(doc.get("period")) is None:
        raise _fail("period", doc.get("period"))
    forms = doc.get("forms")
    if not isinstance(forms, list) or any(form not in FORMS for form in forms) or len(set(forms)) != len(forms):
        raise _fail("forms", forms)
    version = doc.get("checklist_version")
    if not isinstance(version, str) or not (version == "" or CHECKLIST_VERSION.fullmatch(version)):
        raise _fail("checklist_version", version)


def _bounded(value: object, limit: int, marks: frozenset[str], digits: bool) -> bool:
    if not isinstance(value, str) or len(value) > limit or value != value.strip():
        return False
    for char in value:
        kind = unicodedata.category(char)
        if not (kind[0] in "LM" or char in marks or (digits and kind == "Nd")):
            return False
    return True


def check_person(doc: Mapping[str, object]) -> None:
    """Names: letters, marks, spaces, ``-'’.``; a contact reference: also digits and ``/@+()#``; bounded."""
    for key in sorted(set(doc) - PERSON_FIELDS):
        raise _fail(f"person.{key}", doc[key])
    for field in ("given_names", "family_name"):
        if not _bounded(doc.get(field, ""), MAX_NAME, _NAME_MARKS, digits=False):
            raise _fail(f"person.{field}", doc.get(field))
    if not _bounded(doc.get("contact_ref", ""), MAX_CONTACT, _CONTACT_MARKS, digits=True):
        raise _fail("person.contact_ref", doc.get("contact_ref"))
    born = doc.get("date_of_birth")
    if born is None:
        return
    try:
        day = date.fromisoformat(born) if isinstance(born, str) and len(born) == 10 else None
    except ValueError:
        day = None
    if day is None or day.year < FIRST_BIRTH_YEAR:
        raise _fail("person.date_of_birth", born)
