"""Building meldingen from cases with a melding track: allow-listed coded facts, and identity only with
written consent that covers registration."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.core.assessment import assess
from app.core.cases import Case, TrackTransition
from app.core.checklists.model import Checklist
from app.core.ids import CaseId
from app.core.interviews import AnswerValue, Interview
from app.core.melding import Basis, Facts, Melding, Person, Status, age_band, month_of
from app.core.regions import UNKNOWN
from app.core.settings import OrgType
from app.core.tracks import Track
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


def _consents_to_registration(transitions: Sequence[TrackTransition]) -> bool:
    """Written consent that covers registration, and not withdrawn since."""
    consent = [t for t in transitions if t.track is Track.TOESTEMMING]
    if not consent or consent[-1].state != "gegeven":
        return False
    detail = consent[-1].detail
    scope = detail.get("scope")
    return detail.get("form") == "schriftelijk" and isinstance(scope, list) and "registratie" in scope


def build_drafts(session: Session, checklists: Mapping[str, Checklist], org_type: OrgType) -> list[Draft]:
    """A draft melding for every pending case; the vault is read in a few bulk queries (exports of
    thousands), then each case's facts are derived in memory."""
    pending = exports.pending(session)
    ids = [case_id for case_id, _status in pending]
    found = cases.get_many(session, ids)
    transitions = tracks.history_many(session, ids)
    uuids = exports.existing_uuids(session, ids)
    latest = interviews.latest_finished_many(session, ids)
    values = interviews.values_many(session, [i.id for i in latest.values()])
    today = session.clock.now().date()
    drafts = []
    for case_id, status in pending:
        case = found[case_id]
        melding_id = uuids.get(case_id) or str(uuid_module.uuid4())
        if status is Status.WITHDRAWN:
            drafts.append(Draft(case_id, case.code, Melding(melding_id, status)))
            continue
        interview = latest.get(case_id)
        answered = values[interview.id] if interview is not None else {}
        facts = _facts(case, transitions[case_id], interview, answered, checklists, org_type, today)
        if _consents_to_registration(transitions[case_id]):
            melding = Melding(melding_id, status, Basis.CONSENT, facts, _person(session, case_id))
        else:
            melding = Melding(melding_id, status, Basis.ANONYMOUS, facts)
        drafts.append(Draft(case_id, case.code, melding))
    return drafts


def _melding_date(transitions: Sequence[TrackTransition], today: date) -> date:
    steps = [t for t in transitions if t.track is Track.MELDING and t.state in ("concept", "gecorrigeerd")]
    return steps[-1].at.date() if steps else today


def _facts(
    case: Case,
    transitions: Sequence[TrackTransition],
    interview: Interview | None,
    answered: Mapping[str, AnswerValue],
    checklists: Mapping[str, Checklist],
    org_type: OrgType,
    today: date,
) -> Facts:
    day = _melding_date(transitions, today)
    age = day.year - case.birth_year if case.birth_year else None
    verblijf = {t.state for t in transitions if t.track is Track.VERBLIJF}
    forms: tuple[str, ...] = ()
    sector, level, interpreter, version, minor = UNKNOWN, UNKNOWN, UNKNOWN, "", False
    if interview is not None and interview.form_id in checklists:
        result = assess(checklists[interview.form_id], answered, minor_known=age is not None and age < 18)
        forms, level, minor = tuple(f.value for f in result.forms), result.level.value, result.minor
        sector = str(answered.get(SECTOR_ITEM) or UNKNOWN)
        interpreter, version = ("ja" if interview.interpreter_used else "nee"), interview.form_version
    if verblijf & _OFFERED:
        bedenktijd = "aangeboden"
    elif case.nationality == "NL":
        bedenktijd = "nvt"
    else:
        bedenktijd = "niet_aangeboden" if "bedenktijd_geinformeerd" in verblijf else UNKNOWN
    opvang = tracks.state_after(transitions, Track.OPVANG)
    return Facts(
        period=month_of(day),
        age_band=age_band(age),
        gender=case.gender.value,
        nationality=case.nationality or UNKNOWN,
        sector=sector,
        forms=forms,
        minor="ja" if minor else ("nee" if age is not None else UNKNOWN),
        aangifte=_AANGIFTE.get(tracks.state_after(transitions, Track.AANGIFTE), UNKNOWN),
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
