"""A melding as it travels: allow-listed, coded fields only (DESIGN.md §4), to and from its JSON object.

Never in a melding: free text, notes, health data, addresses, interview answers. A consent melding adds
name, date of birth and a contact reference, and only with written consent that covers registration.
``Melding.from_json`` (with ``Facts.from_json`` and ``Person.from_json``) is the one place where a received
melding is checked; checks of values against the code lists (app/batch/codes.py) belong there too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from app.batch.canonical import json_line
from app.batch.codes import UNKNOWN
from app.batch.errors import InvalidMelding


class Basis(StrEnum):
    ANONYMOUS = "anonymous"
    CONSENT = "consent"


class Status(StrEnum):
    NEW = "new"
    CORRECTION = "correction"
    WITHDRAWN = "withdrawn"


def _text(doc: Mapping[str, object], key: str, default: str = UNKNOWN) -> str:
    value = doc.get(key, default)
    if not isinstance(value, str):
        raise InvalidMelding(key)
    return value


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
            for name in FACT_FIELDS
            for value in (getattr(self, name),)
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> Facts:
        """Typed facts from JSON values (other keys are ignored). A field that is left out is unknown
        (``forms``: none, ``checklist_version``: empty); a value of the wrong JSON type is refused."""
        forms = doc.get("forms", [])
        if not isinstance(forms, list) or not all(isinstance(form, str) for form in forms):
            raise InvalidMelding("forms")
        return cls(
            period=_text(doc, "period"),
            age_band=_text(doc, "age_band"),
            gender=_text(doc, "gender"),
            nationality=_text(doc, "nationality"),
            sector=_text(doc, "sector"),
            forms=tuple(forms),
            minor=_text(doc, "minor"),
            aangifte=_text(doc, "aangifte"),
            bedenktijd=_text(doc, "bedenktijd"),
            shelter_need=_text(doc, "shelter_need"),
            interpreter=_text(doc, "interpreter"),
            signal_level=_text(doc, "signal_level"),
            melder_type=_text(doc, "melder_type"),
            checklist_version=_text(doc, "checklist_version", ""),
        )


FACT_FIELDS = tuple(Facts.__dataclass_fields__)
QUASI_IDENTIFIERS = ("period", "age_band", "gender", "nationality", "sector")


@dataclass(frozen=True, slots=True)
class Person:
    """Identifying data, in a consent melding only."""

    given_names: str
    family_name: str
    date_of_birth: str | None  # YYYY-MM-DD
    contact_ref: str

    @classmethod
    def from_json(cls, doc: object) -> Person:
        """The person block; a key left out (or null) is empty; other keys and values other than text are
        refused."""
        if not isinstance(doc, dict) or set(doc) - PERSON_KEYS:
            raise InvalidMelding("person")
        born = doc.get("date_of_birth")
        if born is not None and not isinstance(born, str):
            raise InvalidMelding("person")
        names = [doc.get(key) or "" for key in ("given_names", "family_name", "contact_ref")]
        if not all(isinstance(name, str) for name in names):
            raise InvalidMelding("person")
        return cls(names[0], names[1], born or None, names[2])


PERSON_KEYS = frozenset(Person.__dataclass_fields__)


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
        """The canonical line in ``meldingen.jsonl``."""
        return json_line(self.to_json())

    def with_facts(self, facts: Facts) -> Melding:
        return replace(self, facts=facts)

    @classmethod
    def from_json(cls, doc: object) -> Melding:
        """A received melding: ``uuid`` and ``status`` required, no key outside the allow-list. A withdrawal
        keeps only its uuid; a melding without ``basis`` is anonymous; a person counts with consent only."""
        if not isinstance(doc, dict) or not isinstance(doc.get("uuid"), str) or doc.get("status") not in STATUSES:
            raise InvalidMelding("uuid/status")
        unknown = set(doc) - MELDING_KEYS
        if unknown:
            raise InvalidMelding(", ".join(sorted(unknown)))
        person = Person.from_json(doc["person"]) if doc.get("person") is not None else None
        status = Status(doc["status"])
        if status is Status.WITHDRAWN:
            return cls(doc["uuid"], status)
        basis = doc.get("basis", Basis.ANONYMOUS.value)
        if basis not in BASES:
            raise InvalidMelding("basis")
        facts = Facts.from_json(doc)
        return cls(doc["uuid"], status, Basis(basis), facts, person if basis == Basis.CONSENT else None)


MELDING_KEYS = frozenset({"uuid", "status", "basis", "person", *FACT_FIELDS})
STATUSES = tuple(status.value for status in Status)  # a tuple: ``in`` must not hash what JSON gave
BASES = tuple(basis.value for basis in Basis)
