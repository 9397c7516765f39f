"""Building meldingen from cases with a melding track: allow-listed coded facts, and identity only with
written consent that covers registration."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.core.assessment import assess
from app.core.cases import Case
from app.core.checklists.model import Checklist
from app.core.ids import CaseId
from app.core.melding import Basis, Facts, Melding, Person, Status, age_band, month_of
from app.core.regions import UNKNOWN
from app.core.settings import OrgType
from app.core.tracks import Track
from app.vault import interviewing
from app.vault.repos import cases, exports, interviews, tracks
from app.vault.session import Session

SECTOR_ITEM = "CORE-S1"
_AANGIFTE = {"gedaan": "gedaan", "anderszins_meegewerkt": "anderszins", "wil_niet": "niet"}
_OFFERED = {
    "bedenktijd_aangeboden",
    "bedenktijd_lopend",
    "b83_aangevraagd",
    "verleend",
    "afgewezen",
    "voortgezet_verblijf",
}
_SHELTER_YES = {"behoefte_ja", "aangevraagd", "wachtlijst", "geplaatst", "uitgestroomd"}


@dataclass(frozen=True, slots=True)
class Draft:
    case_id: CaseId
    code: str
    melding: Melding


def has_registration_consent(session: Session, case_id: CaseId) -> bool:
    """Written consent that covers registration, and not withdrawn since."""
    history = tracks.history(session, case_id, Track.TOESTEMMING)
    if not history or history[-1].state != "gegeven":
        return False
    detail = history[-1].detail
    scope = detail.get("scope")
    return detail.get("form") == "schriftelijk" and isinstance(scope, list) and "registratie" in scope


def build_drafts(session: Session, checklists: Mapping[str, Checklist], org_type: OrgType) -> list[Draft]:
    drafts = []
    for case_id, status in exports.pending(session):
        case = cases.get(session, case_id, record_view=False)
        melding_id = exports.existing_uuid(session, case_id) or str(uuid_module.uuid4())
        if status is Status.WITHDRAWN:
            drafts.append(Draft(case_id, case.code, Melding(melding_id, status)))
            continue
        facts = _facts(session, case, checklists, org_type)
        if has_registration_consent(session, case_id):
            melding = Melding(melding_id, status, Basis.CONSENT, facts, _person(session, case_id))
        else:
            melding = Melding(melding_id, status, Basis.ANONYMOUS, facts)
        drafts.append(Draft(case_id, case.code, melding))
    return drafts


def _melding_date(session: Session, case_id: CaseId) -> date:
    steps = [t for t in tracks.history(session, case_id, Track.MELDING) if t.state in ("concept", "gecorrigeerd")]
    return steps[-1].at.date() if steps else session.clock.now().date()


def _facts(session: Session, case: Case, checklists: Mapping[str, Checklist], org_type: OrgType) -> Facts:
    day = _melding_date(session, case.id)
    age = day.year - case.birth_year if case.birth_year else None
    current = tracks.current(session, case.id)
    verblijf = {t.state for t in tracks.history(session, case.id, Track.VERBLIJF)}
    forms: tuple[str, ...] = ()
    sector, level, interpreter, version, minor = UNKNOWN, UNKNOWN, UNKNOWN, "", False
    held = interviews.for_case(session, case.id)
    if held and held[-1].form_id in checklists:
        interview, checklist = held[-1], checklists[held[-1].form_id]
        values = interviewing.values(session, interview.id)
        result = assess(checklist, values, minor_known=age is not None and age < 18)
        forms, level, minor = tuple(f.value for f in result.forms), result.level.value, result.minor
        sector = str(values.get(SECTOR_ITEM) or UNKNOWN)
        interpreter, version = ("ja" if interview.interpreter_used else "nee"), interview.form_version
    if verblijf & _OFFERED:
        bedenktijd = "aangeboden"
    elif case.nationality == "NL":
        bedenktijd = "nvt"
    else:
        bedenktijd = "niet_aangeboden" if "bedenktijd_geinformeerd" in verblijf else UNKNOWN
    opvang = current[Track.OPVANG]
    return Facts(
        period=month_of(day),
        age_band=age_band(age),
        gender=case.gender.value,
        nationality=case.nationality or UNKNOWN,
        sector=sector,
        forms=forms,
        minor="ja" if minor else ("nee" if age is not None else UNKNOWN),
        aangifte=_AANGIFTE.get(current[Track.AANGIFTE], UNKNOWN),
        bedenktijd=bedenktijd,
        shelter_need="ja" if opvang in _SHELTER_YES else ("nee" if opvang == "behoefte_nee" else UNKNOWN),
        interpreter=interpreter,
        signal_level=level,
        melder_type=org_type.value,
        checklist_version=version,
    )


def _person(session: Session, case_id: CaseId) -> Person | None:
    identity = cases.get_identity(session, case_id)
    if identity is None:
        return None
    born = identity.date_of_birth.isoformat() if identity.date_of_birth else None
    return Person(identity.given_names, identity.family_name, born, identity.contact_ref)
