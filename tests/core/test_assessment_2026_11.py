"""The 2026.11 rule on the 2026.11 checklists (kept in forms/2026.11/): interviews recorded under that version
keep the assessment they were recorded with. These are the worked examples docs/assessment.md gave for it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.assessment import Level, assess, element_positive
from app.core.assessment_text import assessment_blocks
from app.core.checklists.model import Checklist, ExploitationForm, Grade
from app.forms_loader import load_checklists_at

CHECKLISTS = load_checklists_at("2026.11")
GGD, COA, HEALTH = CHECKLISTS["ggd_intake"], CHECKLISTS["coa"], CHECKLISTS["health"]


def _rules(result: object) -> set[str]:
    return {r.rule for r in result.reasons}  # type: ignore[attr-defined]


def test_example_1_one_strong_signal_is_enough_to_act() -> None:
    result = assess(GGD, {"CORE-01": "reported", "CORE-12": "reported"})
    assert result.level is Level.AANWEZIG and _rules(result) == {"strong_signal"}


def test_example_2_means_and_exploitation_both_positive() -> None:
    answers = {"CORE-01": "reported", "GGD-02": "observed", "CORE-12": "reported", "GGD-05": "reported"}
    result = assess(GGD, answers)
    assert result.level is Level.STERK and "means_and_exploitation" in _rules(result)
    assert result.forms == (ExploitationForm.SEKSUEEL,)
    assert [f.item.id for f in result.by_form[ExploitationForm.SEKSUEEL]] == ["GGD-02", "GGD-05"]
    assert [f.item.id for f in result.general] == ["CORE-01", "CORE-12"]
    reason = next(r for r in result.reasons if r.rule == "means_and_exploitation")
    assert set(reason.items) == set(answers) and re.search(r"CORE-01 \w[^(]*\(sterk, ja – verteld\)", reason.text)


def test_example_3_two_medium_signals() -> None:
    result = assess(GGD, {"CORE-05": "observed", "CORE-10": "reported"})
    assert result.level is Level.AANWEZIG and _rules(result) == {"two_medium"}


def test_one_medium_with_a_weak_one_is_enough() -> None:
    result = assess(GGD, {"CORE-05": "observed", "CORE-15": "observed"})
    assert result.level is Level.AANWEZIG and _rules(result) == {"medium_plus_other"}


def test_one_medium_alone_is_not() -> None:
    assert assess(GGD, {"CORE-05": "observed"}).level is Level.GEEN


def test_example_4_only_vulnerability_is_no_basis_to_act() -> None:
    result = assess(GGD, {"CORE-15": "observed", "CORE-16": "reported"})
    assert result.level is Level.GEEN and _rules(result) == {"weak_only"}
    assert "vervolggesprek" in result.reasons[0].text


def test_example_5_unknown_is_not_no() -> None:
    answers = {item.id: "unknown" for item in GGD.items if item.is_signal}
    result = assess(GGD, answers)
    assert result.level is Level.GEEN and set(result.open_items) == set(answers)
    no = assess(GGD, {item.id: "no" for item in GGD.items if item.is_signal})
    assert no.open_items == ()


def test_example_6_unaccompanied_minor() -> None:
    result = assess(COA, {"COA-AMV": "yes", "AMV-04": "reported"})
    assert result.minor and result.level is Level.STERK
    assert {"minor", "strong_signal", "minor_consult"} <= _rules(result)


def test_hidden_items_do_not_count() -> None:
    result = assess(COA, {"COA-AMV": "no", "AMV-04": "reported"})
    assert result.findings == () and result.level is Level.GEEN and not result.minor


def test_example_7_minor_by_case_age() -> None:
    result = assess(HEALTH, {"GZ-04": "observed"}, minor_known=True)
    assert result.level is Level.STERK and "minor" in _rules(result)
    assert assess(HEALTH, {"GZ-04": "observed"}).level is Level.GEEN


def test_a_minor_without_signals_gets_the_consult_note_only() -> None:
    result = assess(COA, {"COA-AMV": "yes"})
    assert result.level is Level.GEEN and _rules(result) == {"minor_consult"}


@pytest.mark.parametrize(
    ("grades", "positive"),
    [
        ("SS", True),
        ("SM", True),
        ("SW", True),
        ("S", False),
        ("MMM", True),
        ("MMW", True),
        ("MM", False),
        ("MWW", False),
        ("WWW", False),
    ],
)
def test_delphi_dimension_rule(grades: str, positive: bool) -> None:
    by_grade = {"S": Grade.STRONG, "M": Grade.MEDIUM, "W": Grade.WEAK}
    pool = {g: [i for i in GGD.items if i.is_signal and i.grade is g] for g in Grade}
    answers = {}
    for n, letter in enumerate(grades):
        item = pool[by_grade[letter]][n]
        answers[item.id] = "observed"
    findings = assess(GGD, answers).findings
    assert element_positive(findings) is positive


def _signal_answers(checklist: Checklist) -> st.SearchStrategy[dict[str, str]]:
    ids = [i.id for i in checklist.items if i.is_signal]
    return st.dictionaries(
        st.sampled_from(ids), st.sampled_from(["observed", "reported", "no", "unknown", "not_asked"])
    )


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(CHECKLISTS)).flatmap(lambda cid: st.tuples(st.just(cid), _signal_answers(CHECKLISTS[cid])))
)
def test_more_signals_never_lower_the_level_and_no_verdicts(case: tuple[str, dict[str, str]]) -> None:
    checklist_id, answers = case
    checklist = CHECKLISTS[checklist_id]
    before = assess(checklist, answers)
    for item in checklist.items:
        if item.is_signal and answers.get(item.id) not in ("observed", "reported"):
            after = assess(checklist, {**answers, item.id: "observed"})
            assert after.level.rank >= before.level.rank
            break
    text = " ".join(line for block in assessment_blocks(before) for line in (block.heading, *block.lines)).lower()
    assert "slachtoffer" not in text
    assert before.level is not Level.GEEN or not any(f.grade is Grade.STRONG for f in before.findings)
