"""The facts of a melding from plain values: the case, its transitions, its latest interview and answers."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from app.batch.codes import AGE_BANDS, UNKNOWN
from app.batch.schema import Facts
from app.core.age import ADULT_AGE
from app.core.cases import Case, Gender, TrackTransition, state_after
from app.core.ids import CaseId, InterviewId
from app.core.interview_model import AnswerValue, Interview
from app.core.melding_facts import SECTOR_ITEM, consents_to_registration, melding_date, melding_facts
from app.core.settings import OrgType
from app.core.tracks import TRACKS, Track
from app.forms_loader import load_checklists

CHECKLISTS = load_checklists()
TODAY = date(2026, 5, 20)
CASE = Case(CaseId(1), "FO-2026-0001", datetime(2026, 1, 2, tzinfo=UTC), None, Gender.VROUW, "BG", 2001)
INTERVIEW = Interview(
    InterviewId(1),
    CaseId(1),
    "ggd_intake",
    CHECKLISTS["ggd_intake"].version,
    "h",
    datetime(2026, 3, 1, tzinfo=UTC),
    None,
    "nl",
    True,
)
ANSWERS: dict[str, AnswerValue] = {
    "CORE-01": "reported",
    "CORE-12": "reported",
    SECTOR_ITEM: "prostitutie",
    "GGD-02": "observed",
}


def _step(n: int, track: Track, state: str, day: date = date(2026, 3, 10), **detail: object) -> TrackTransition:
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return TrackTransition(n, CaseId(1), track, state, at, "tester", None, dict(detail), "")


def _facts(
    case: Case = CASE,
    transitions: Sequence[TrackTransition] = (),
    interview: Interview | None = INTERVIEW,
    answers: Mapping[str, AnswerValue] = ANSWERS,
) -> Facts:
    return melding_facts(case, transitions, interview, answers, CHECKLISTS, OrgType.GGD_INTAKE, TODAY)


def test_facts_from_case_interview_and_tracks() -> None:
    transitions = [
        _step(1, Track.MELDING, "concept", date(2026, 3, 10)),
        _step(2, Track.VERBLIJF, "bedenktijd_aangeboden"),
        _step(3, Track.AANGIFTE, "gedaan"),
        _step(4, Track.OPVANG, "behoefte_ja"),
    ]
    facts = _facts(transitions=transitions)
    assert facts.period == "2026-03" and facts.age_band == "24-30" and facts.gender == "v"
    assert (facts.nationality, facts.sector, facts.forms) == ("BG", "prostitutie", ("SU",))
    assert (facts.aangifte, facts.bedenktijd, facts.shelter_need) == ("gedaan", "aangeboden", "ja")
    assert (facts.interpreter, facts.minor, facts.melder_type) == ("ja", "nee", "ggd_intake")
    assert facts.signal_level == "signalen_aanwezig" and facts.checklist_version == INTERVIEW.form_version


def test_without_interview_or_birth_year_the_facts_are_unknown() -> None:
    case = Case(CaseId(1), "FO-2026-0001", datetime(2026, 1, 2, tzinfo=UTC), None)
    facts = _facts(case, interview=None, answers={})
    assert facts.period == "2026-05"  # no melding step: the month of today
    assert (facts.age_band, facts.minor, facts.nationality, facts.sector) == ("onbekend",) * 4
    assert (facts.forms, facts.signal_level, facts.checklist_version) == ((), "onbekend", "")
    assert (facts.aangifte, facts.bedenktijd, facts.shelter_need) == ("onbekend",) * 3


def test_the_minor_rule_is_the_age_rule() -> None:
    at_melding = date(2026, 3, 10)
    melding = [_step(1, Track.MELDING, "concept", at_melding)]
    for age in (ADULT_AGE - 1, ADULT_AGE):
        case = Case(CaseId(1), "c", datetime(2026, 1, 2, tzinfo=UTC), None, birth_year=at_melding.year - age)
        facts = _facts(case, melding)
        assert facts.minor == ("ja" if age < ADULT_AGE else "nee")
        assert facts.age_band == (AGE_BANDS[1] if age < ADULT_AGE else AGE_BANDS[2])


def test_bedenktijd_and_shelter() -> None:
    dutch = Case(CaseId(1), "c", datetime(2026, 1, 2, tzinfo=UTC), None, nationality="NL")
    assert _facts(dutch).bedenktijd == "nvt"
    informed = [_step(1, Track.VERBLIJF, "bedenktijd_geinformeerd")]
    assert _facts(transitions=informed).bedenktijd == "niet_aangeboden"
    assert _facts(transitions=[_step(1, Track.OPVANG, "behoefte_nee")]).shelter_need == "nee"


def test_the_latest_melding_step_dates_the_melding() -> None:
    steps = [
        _step(1, Track.MELDING, "concept", date(2026, 2, 1)),
        _step(2, Track.MELDING, "gecorrigeerd", date(2026, 4, 3)),
        _step(3, Track.AANGIFTE, "gedaan", date(2026, 5, 1)),
    ]
    assert melding_date(steps, TODAY) == date(2026, 4, 3)
    assert melding_date([], TODAY) == TODAY


def test_only_written_consent_covering_registration_counts() -> None:
    def consent(state: str, **detail: object) -> list[TrackTransition]:
        return [_step(1, Track.TOESTEMMING, state, **detail)]

    assert consents_to_registration(consent("gegeven", form="schriftelijk", scope=["registratie"]))
    assert not consents_to_registration(consent("gegeven", form="mondeling", scope=["registratie"]))
    assert not consents_to_registration(consent("gegeven", form="schriftelijk", scope=["hulpverlening"]))
    given = consent("gegeven", form="schriftelijk", scope=["registratie"])
    assert not consents_to_registration([*given, _step(2, Track.TOESTEMMING, "ingetrokken")])
    assert not consents_to_registration([])


def test_state_after() -> None:
    assert state_after([], Track.OPVANG) == TRACKS[Track.OPVANG].initial
    steps = [
        _step(1, Track.OPVANG, "behoefte_ja"),
        _step(2, Track.AANGIFTE, "gedaan"),
        _step(3, Track.OPVANG, "geplaatst"),
    ]
    assert state_after(steps, Track.OPVANG) == "geplaatst"


def test_an_interview_of_another_version_is_not_assessed_against_the_current_checklist() -> None:
    old = dataclasses.replace(INTERVIEW, form_version="core@2026.11,ggd_intake@2026.11")
    facts = melding_facts(CASE, [], old, ANSWERS, CHECKLISTS, OrgType.GGD_INTAKE, TODAY)
    assert facts.signal_level == UNKNOWN and facts.forms == ()  # not a level from the wrong rule


def test_minor_follows_the_age_band_without_an_interview_too() -> None:
    at_melding = date(2026, 3, 10)
    melding = [_step(1, Track.MELDING, "concept", at_melding)]
    case = Case(CaseId(1), "c", datetime(2026, 1, 2, tzinfo=UTC), None, birth_year=at_melding.year - 16)
    facts = _facts(case, melding, interview=None, answers={})
    assert (facts.age_band, facts.minor) == ("15-17", "ja")  # was "nee" before issue 16


def test_the_interpreter_question_counts_as_well_as_the_check_box() -> None:
    without_box = dataclasses.replace(INTERVIEW, interpreter_used=False)
    answered = {**ANSWERS, "CORE-C3": "professioneel"}
    facts = melding_facts(CASE, [], without_box, answered, CHECKLISTS, OrgType.GGD_INTAKE, TODAY)
    assert facts.interpreter == "ja"
    none = melding_facts(
        CASE, [], without_box, {**ANSWERS, "CORE-C3": "niet_nodig"}, CHECKLISTS, OrgType.GGD_INTAKE, TODAY
    )
    assert none.interpreter == "nee"
