"""A melding as it leaves the device: allow-listed, coded fields only (DESIGN.md §4).

Never in a melding: free text, notes, health data, addresses, interview answers. A consent melding adds
name, date of birth and a contact reference, and only with written consent that covers registration.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date
from enum import StrEnum

from app.core.regions import UNKNOWN


class Basis(StrEnum):
    ANONYMOUS = "anonymous"
    CONSENT = "consent"


class Status(StrEnum):
    NEW = "new"
    CORRECTION = "correction"
    WITHDRAWN = "withdrawn"


AGE_BANDS = ("0-14", "15-17", "18-23", "24-30", "31-40", "41+")
_BAND_UPPER = (14, 17, 23, 30, 40)

SECTOR_GROUPS = {
    "prostitutie": "seksindustrie",
    "land_tuinbouw": "land_tuinbouw",
    "horeca": "horeca",
    "huishoudelijk": "huishoudelijk",
    "bouw": "industrie_bouw_schoonmaak",
    "schoonmaak": "industrie_bouw_schoonmaak",
    "voedselverwerking": "industrie_bouw_schoonmaak",
    "transport": "transport",
    "binnenvaart": "transport",
    "detailhandel": "handel_diensten",
    "beauty": "handel_diensten",
    "uitzend": "overig",
    "anders": "overig",
    "bedelen": "crimineel_bedelen",
    "criminaliteit": "crimineel_bedelen",
}


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    for band, upper in zip(AGE_BANDS, _BAND_UPPER, strict=False):
        if age <= upper:
            return band
    return AGE_BANDS[-1]


def sector_group(sector: str) -> str:
    return SECTOR_GROUPS.get(sector, sector)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def quarter_of(period: str) -> str:
    """``2026-03`` → ``2026-Q1``; a quarter or a year stays as it is."""
    if len(period) == 7 and period[4] == "-" and period[5:].isdigit():
        return f"{period[:4]}-Q{(int(period[5:]) - 1) // 3 + 1}"
    return period


def year_of(period: str) -> str:
    return period[:4]


@dataclass(frozen=True, slots=True)
class Facts:
    """The coded facts of a melding. The first five are quasi-identifiers."""

    period: str  # YYYY-MM, YYYY-Qn or YYYY
    age_band: str
    gender: str  # v / m / x / onbekend
    nationality: str  # ISO 3166 code, region code, or onbekend
    sector: str  # sector, sector group, or onbekend
    forms: tuple[str, ...]  # SU AU GD CU OV; empty = not yet clear
    minor: str  # ja / nee / onbekend
    aangifte: str  # gedaan / anderszins / niet / onbekend
    bedenktijd: str  # aangeboden / niet_aangeboden / nvt / onbekend
    shelter_need: str  # ja / nee / onbekend
    interpreter: str  # ja / nee
    signal_level: str  # signalen_aanwezig / sterke_signalen / geen_signalen
    melder_type: str  # organisation type
    checklist_version: str

    def to_json(self) -> dict[str, object]:
        """The fields as JSON values (``forms`` as a list), in field order; faster than ``asdict``."""
        return {
            name: list(value) if isinstance(value, tuple) else value
            for name in _FACT_FIELDS
            for value in (getattr(self, name),)
        }


_FACT_FIELDS = tuple(Facts.__dataclass_fields__)
QUASI_IDENTIFIERS = ("period", "age_band", "gender", "nationality", "sector")


@dataclass(frozen=True, slots=True)
class Person:
    """Identifying data, in a consent melding only."""

    given_names: str
    family_name: str
    date_of_birth: str | None  # YYYY-MM-DD
    contact_ref: str


@dataclass(frozen=True, slots=True)
class Melding:
    uuid: str
    status: Status
    basis: Basis | None = None  # None for a withdrawal
    facts: Facts | None = None  # None for a withdrawal
    person: Person | None = None

    def to_json(self) -> dict[str, object]:
        """The exact object written to ``meldingen.jsonl`` (allow-listed keys only)."""
        doc: dict[str, object] = {"uuid": self.uuid, "status": self.status.value}
        if self.status is Status.WITHDRAWN:
            return doc
        assert self.facts is not None and self.basis is not None
        doc["basis"] = self.basis.value
        doc |= self.facts.to_json()
        if self.basis is Basis.CONSENT and self.person is not None:
            doc["person"] = asdict(self.person)
        return doc

    def line(self) -> bytes:
        return json_line(self.to_json())

    def with_facts(self, facts: Facts) -> Melding:
        return replace(self, facts=facts)


MELDING_KEYS = frozenset({"uuid", "status", "basis", "person", *Facts.__dataclass_fields__})
PERSON_KEYS = frozenset(Person.__dataclass_fields__)


def json_line(doc: dict[str, object]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"
