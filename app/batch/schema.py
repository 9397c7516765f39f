"""A melding as it travels: allow-listed, coded fields only (DESIGN.md §4), to and from its JSON object.

Never in a melding: free text, notes, health data, addresses, interview answers. A consent melding adds
name, date of birth and a contact reference, and only with written consent that covers registration.
``Melding.from_json`` is the one place where a received melding is checked: keys, types, and every value
against its code list (app/batch/validate.py, with the lists in app/batch/codes.py, countries.py, regions.py).
``Facts.from_json`` and ``Person.from_json`` only type what the registry stored itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from app.batch import validate
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
        """A received melding, checked whole: ``uuid`` and ``status`` first; a withdrawal has nothing else; a
        new or corrected melding has ``basis`` and every fact, each value in its code list; ``person`` only
        with consent. ``InvalidMelding`` names the field and the value refused."""
        if not isinstance(doc, dict):
            raise InvalidMelding("JSON")
        uuid = validate.check_uuid(doc.get("uuid"))
        if doc.get("status") not in STATUSES:
            raise InvalidMelding("status", value=doc.get("status"))
        status = Status(doc["status"])
        unknown = set(doc) - (WITHDRAWAL_KEYS if status is Status.WITHDRAWN else MELDING_KEYS)
        if unknown:
            raise InvalidMelding(sorted(unknown)[0], value=doc[sorted(unknown)[0]])
        if status is Status.WITHDRAWN:
            return cls(uuid, status)
        missing = (MELDING_KEYS - {"person"}) - set(doc)
        if missing:
            raise InvalidMelding(sorted(missing)[0], value=None)
        if doc["basis"] not in BASES:
            raise InvalidMelding("basis", value=doc["basis"])
        validate.check_facts(doc)
        person = None
        if "person" in doc:
            if doc["basis"] != Basis.CONSENT.value or not isinstance(doc["person"], dict):
                raise InvalidMelding("person", value="{…}")
            validate.check_person(doc["person"])
            person = Person.from_json(doc["person"])
        return cls(uuid, status, Basis(doc["basis"]), Facts.from_json(doc), person)


MELDING_KEYS = frozenset({"uuid", "status", "basis", "person", *FACT_FIELDS})
WITHDRAWAL_KEYS = frozenset({"uuid", "status"})
STATUSES = tuple(status.value for status in Status)  # a tuple: ``in`` must not hash what JSON gave
BASES = tuple(basis.value for basis in Basis)
