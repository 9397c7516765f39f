"""Cases: one person each, pseudonymous by default; identifying data lives apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.batch.countries import COUNTRIES
from app.batch.errors import InvalidMelding
from app.batch.validate import check_person
from app.core.errors import InvalidInput
from app.core.i18n import N_, _
from app.core.ids import CaseId, UserId
from app.core.tracks import TRACKS, Track


class Gender(StrEnum):
    VROUW = "v"
    MAN = "m"
    ANDERS = "x"
    ONBEKEND = "onbekend"

    @property
    def label(self) -> str:
        return _(_GENDER_LABELS[self])


_GENDER_LABELS = {
    Gender.VROUW: N_("vrouw"),
    Gender.MAN: N_("man"),
    Gender.ANDERS: N_("anders / non-binair"),
    Gender.ONBEKEND: N_("onbekend"),
}

_CODE = re.compile(r"^[A-Z]{2,4}-\d{4}-\d{4,}$")
_PREFIX = re.compile(r"^[A-Z]{2,4}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class Case:
    """The pseudonymous part of a case: nothing here names the person."""

    id: CaseId
    code: str
    created_at: datetime
    created_by: UserId | None
    gender: Gender = Gender.ONBEKEND
    nationality: str | None = None  # ISO 3166-1 alpha-2
    birth_year: int | None = None  # estimate when the exact date is not known or not recorded
    closed_at: datetime | None = None
    close_reason: str | None = None

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True, slots=True)
class Identity:
    """Identifying data, stored in its own table and read only when needed (each read is audited)."""

    given_names: str = ""
    family_name: str = ""
    date_of_birth: date | None = None
    contact_ref: str = ""


@dataclass(frozen=True, slots=True)
class TrackTransition:
    id: int
    case_id: CaseId
    track: Track
    state: str
    at: datetime
    user_name: str
    reason: str | None
    detail: dict[str, object]
    note: str


def state_after(transitions: Sequence[TrackTransition], track: Track) -> str:
    """The state of ``track`` after ``transitions`` (oldest first)."""
    return next((t.state for t in reversed(transitions) if t.track is track), TRACKS[track].initial)


EDITABLE_CASE_FIELDS = ("gender", "nationality", "birth_year")


def case_code(prefix: str, year: int, number: int) -> str:
    """The display code of a case, e.g. ``UT-2026-0042``."""
    return f"{prefix}-{year:04d}-{number:04d}"


def is_case_code(text: str) -> bool:
    return bool(_CODE.match(text))


def validate_prefix(prefix: str) -> str:
    prefix = prefix.strip().upper()
    if not _PREFIX.match(prefix):
        raise InvalidInput(_("Het zaakvoorvoegsel moet uit 2 tot 4 letters bestaan, bijvoorbeeld ‘UT’."))
    return prefix


def default_prefix(org_name: str) -> str:
    letters = [c for c in org_name.upper() if "A" <= c <= "Z"]
    return "".join(letters[:2]) if len(letters) >= 2 else "SG"


def validate_nationality(code: str | None) -> str | None:
    if code is None or code == "":
        return None
    code = code.strip().upper()
    if not _COUNTRY.match(code) or code not in COUNTRIES:  # an ISO 3166 country, as the batch format requires
        raise InvalidInput(_("Nationaliteit als landcode van twee letters, bijvoorbeeld ‘RO’."))
    return code


def validate_birth_year(year: int | None, today: date) -> int | None:
    if year is None:
        return None
    if not today.year - 110 <= year <= today.year:
        raise InvalidInput(_("Geboortejaar {year} is niet mogelijk.").format(year=year))
    return year


_IDENTITY_FIELDS = {
    "person.given_names": N_("Voornamen: alleen letters, spaties en - ' ’ . (hoogstens 100 tekens)."),
    "person.family_name": N_("Achternaam: alleen letters, spaties en - ' ’ . (hoogstens 100 tekens)."),
    "person.contact_ref": N_("Contact via: hoogstens 60 tekens, zonder adres of andere vrije tekst."),
    "person.date_of_birth": N_("Geboortedatum: een bestaande datum vanaf 1900."),
}


def check_identity(identity: Identity) -> None:
    """Identifying data as the batch format allows it in a consent melding (docs/batch-format.md)."""
    doc = {
        "given_names": identity.given_names,
        "family_name": identity.family_name,
        "contact_ref": identity.contact_ref,
        "date_of_birth": identity.date_of_birth.isoformat() if identity.date_of_birth else None,
    }
    try:
        check_person(doc)
    except InvalidMelding as error:
        raise InvalidInput(_(_IDENTITY_FIELDS.get(error.detail, _IDENTITY_FIELDS["person.contact_ref"]))) from None
