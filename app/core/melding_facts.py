"""The facts of a melding, derived from a case: a pure rule over plain values (the case, its track
transitions, its latest interview and answers). Only allow-listed coded values come out (app/batch)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from app.batch.codes import (
    AANGIFTE_ANDERSZINS,
    AANGIFTE_GEDAAN,
    AANGIFTE_NIET,
    BEDENKTIJD_AANGEBODEN,
    BEDENKTIJD_NIET_AANGEBODEN,
    BEDENKTIJD_NVT,
    NO,
    SECTORS,
    UNKNOWN,
    YES,
    age_band,
)
from app.batch.hierarchies import MINOR, minor_of_band
from app.batch.period import month_of
from app.batch.schema import Facts
from app.core.age import age_in, is_minor
from app.core.assessment import assess
from app.core.cases import Case, TrackTransition, state_after
from app.core.checklists.book import ChecklistBook, book_of
from app.core.checklists.model import Checklist
from app.core.context import INTERPRETER, case_facts
from app.core.interview_model import AnswerValue, Interview
from app.core.settings import OrgType
from app.core.tracks import Track

SECTOR_ITEM = "CORE-S1"
_AANGIFTE = {"gedaan": AANGIFTE_GEDAAN, "anderszins_meegewerkt": AANGIFTE_ANDERSZINS, "wil_niet": AANGIFTE_NIET}
_OFFERED = {
    "bedenktijd_aangeboden",
    "bedenktijd_lopend",
    "b83_aangevraagd",
    "verleend",
    "afgewezen",
    "voortgezet_verblijf",
}
_SHELTER_YES = {"behoefte_ja", "aangevraagd", "wachtlijst", "geplaatst", "uitgestroomd"}


def consents_to_registration(transitions: Sequence[TrackTransition]) -> bool:
    """Written consent that covers registration, and not withdrawn since."""
    consent = [t for t in transitions if t.track is Track.TOESTEMMING]
    if not consent or consent[-1].state != "gegeven":
        return False
    detail = consent[-1].detail
    scope = detail.get("scope")
    return detail.get("form") == "schriftelijk" and isinstance(scope, list) and "registratie" in scope


def melding_date(transitions: Sequence[TrackTransition], today: date) -> date:
    """The day of the melding: its latest concept or correction, else ``today``."""
    steps = [t for t in transitions if t.track is Track.MELDING and t.state in ("concept", "gecorrigeerd")]
    return steps[-1].at.date() if steps else today


def _bedenktijd(case: Case, verblijf: set[str]) -> str:
    if verblijf & _OFFERED:
        return BEDENKTIJD_AANGEBODEN
    if case.nationality == "NL":
        return BEDENKTIJD_NVT
    return BEDENKTIJD_NIET_AANGEBODEN if "bedenktijd_geinformeerd" in verblijf else UNKNOWN


def _shelter_need(transitions: Sequence[TrackTransition]) -> str:
    opvang = state_after(transitions, Track.OPVANG)
    return YES if opvang in _SHELTER_YES else (NO if opvang == "behoefte_nee" else UNKNOWN)


def _interpreter(checked: bool, context: str | None) -> str:
    """An interpreter at the conversation: the interview's check box, or its interpreter question answered
    with a professional or an informal interpreter (a review found "professioneel" exported as "nee")."""
    return YES if checked or context in ("professional", "informal") else NO


def melding_facts(
    case: Case,
    transitions: Sequence[TrackTransition],
    interview: Interview | None,
    answered: Mapping[str, AnswerValue],
    checklists: Mapping[str, Checklist] | ChecklistBook,
    org_type: OrgType,
    today: date,
) -> Facts:
    """The coded facts of ``case``'s melding (``transitions`` oldest first; ``answered``: the answers of
    ``interview``, its latest interview)."""
    day = melding_date(transitions, today)
    age = age_in(case.birth_year or None, day)
    forms: tuple[str, ...] = ()
    sector, level, interpreter, version, minor = UNKNOWN, UNKNOWN, UNKNOWN, "", False
    checklist = book_of(checklists)(interview.form_id, interview.form_version) if interview is not None else None
    if interview is not None and checklist is not None:
        result = assess(checklist, answered, minor_known=is_minor(age), case=case_facts(case, interview, day))
        forms, level, minor = tuple(f.value for f in result.forms), result.level.value, result.minor
        chosen = answered.get(SECTOR_ITEM)
        sector = chosen if isinstance(chosen, str) and chosen in SECTORS else UNKNOWN  # not refused/not asked
        interpreter = _interpreter(interview.interpreter_used, result.context.get(INTERPRETER))
        version = interview.form_version
    band = age_band(age)
    if band == UNKNOWN and minor:  # the checklist says minor, the age is unknown: the coarser band says so
        band = MINOR
    return Facts(
        period=month_of(day),
        age_band=band,
        gender=case.gender.value,
        nationality=case.nationality or UNKNOWN,
        sector=sector,
        forms=forms,
        minor=minor_of_band(band),  # derived from the band, so the two never disagree
        aangifte=_AANGIFTE.get(state_after(transitions, Track.AANGIFTE), UNKNOWN),
        bedenktijd=_bedenktijd(case, {t.state for t in transitions if t.track is Track.VERBLIJF}),
        shelter_need=_shelter_need(transitions),
        interpreter=interpreter,
        signal_level=level,
        melder_type=org_type.value,
        checklist_version=version,
    )
