"""The 2026.12 rule on the shipped checklists: statuses are context, one fact counts once, and too little
asked is "onvolledig", never "geen signalen" (docs/assessment.md)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.assessment import Level, assess
from app.core.assessment_text import assessment_blocks
from app.core.checklists.model import AnswerType, Checklist, Grade
from app.core.context import CaseFacts
from app.forms_loader import load_checklists

CHECKLISTS = load_checklists()
GGD, COA, DTV, HEALTH = (CHECKLISTS[c] for c in ("ggd_intake", "coa", "dtv", "health"))
SAFE = {"CORE-C2": "alleen", "CORE-C3": "niet_nodig", "CORE-AGE": "volwassen"}


def complete_no(checklist: Checklist, **context: str) -> dict[str, str]:
    """Every key item answered: signals 'nee', the conversation alone, adult, no detention."""
    answers = {**SAFE, "COA-AMV": "no", "DTV-CTX": "asiel_afgewezen", **context}
    answers = {k: v for k, v in answers.items() if checklist.has(k)}
    for item in checklist.items:
        if item.key and item.type is AnswerType.SIGNAL:
            answers.setdefault(item.id, "no")
    return answers


def _rules(result: object) -> set[str]:
    return {r.rule for r in result.reasons}  # type: ignore[attr-defined]


@pytest.mark.parametrize("checklist", [GGD, COA, DTV, HEALTH], ids=lambda c: c.id)
def test_a_complete_interview_without_signals_is_geen_signalen(checklist: Checklist) -> None:
    result = assess(checklist, complete_no(checklist))
    assert result.level is Level.GEEN and result.findings == ()


@pytest.mark.parametrize("checklist", [GGD, COA, DTV, HEALTH], ids=lambda c: c.id)
def test_nothing_answered_is_onvolledig_not_geen_signalen(checklist: Checklist) -> None:
    for answers in ({}, {i.id: "unknown" for i in checklist.items if i.is_signal}):
        result = assess(checklist, answers)
        assert result.level is Level.ONVOLLEDIG and "incomplete" in _rules(result)


def test_refusals_are_information_not_no() -> None:
    answers = complete_no(GGD) | {"CORE-01": "refused", "CORE-03": "refused", "CORE-04": "refused"}
    result = assess(GGD, answers)
    assert result.level is Level.ONVOLLEDIG and result.refused_items == ("CORE-01", "CORE-03", "CORE-04")
    assert assess(GGD, answers | {"CORE-04": "no"}).level is Level.GEEN  # two refusals are within the rule


def test_a_companion_who_stays_or_no_interpreter_makes_it_incomplete() -> None:
    assert assess(GGD, complete_no(GGD, **{"CORE-C2": "begeleider_blijft"})).level is Level.ONVOLLEDIG
    assert assess(GGD, complete_no(GGD, **{"CORE-C2": "begeleider_weg"})).level is Level.GEEN
    assert assess(GGD, complete_no(GGD, **{"CORE-C3": "informeel"})).level is Level.ONVOLLEDIG
    assert assess(GGD, complete_no(GGD, **{"CORE-C3": "onbekend"}), case=CaseFacts(interpreter_used=True)).level is (
        Level.GEEN
    )


def test_signals_outrank_incomplete_but_the_gap_is_still_explained() -> None:
    result = assess(GGD, {"CORE-C2": "begeleider_blijft", "CORE-01": "observed"})
    assert result.level is Level.AANWEZIG and {"strong_signal", "incomplete"} <= _rules(result)


@pytest.mark.parametrize("checklist", [GGD, COA, DTV, HEALTH], ids=lambda c: c.id)
def test_being_a_minor_is_never_a_signal(checklist: Checklist) -> None:
    result = assess(checklist, complete_no(checklist, **{"CORE-AGE": "minderjarig"}))
    assert result.minor and result.level is Level.GEEN and result.findings == ()
    assert _rules(result) == {"minor_consult"}
    by_case = assess(checklist, complete_no(checklist, **{"CORE-AGE": "onbekend"}), case=CaseFacts(age=14))
    assert by_case.minor and by_case.level is Level.GEEN


def test_an_amv_without_signals_gets_no_level() -> None:
    result = assess(COA, complete_no(COA, **{"COA-AMV": "yes", "CORE-AGE": "onbekend"}))
    assert result.minor and result.context.get("age") == "possibly_minor" and result.level is Level.GEEN


def test_for_a_minor_exploitation_is_enough_and_control_is_a_reason_to_act() -> None:
    minor = complete_no(COA, **{"CORE-AGE": "minderjarig"})
    exploited = assess(COA, minor | {"COA-04": "reported"})  # medium, exploitation
    assert exploited.level is Level.STERK and "minor_exploitation" in _rules(exploited)
    assert assess(COA, complete_no(COA) | {"COA-04": "reported"}).level is Level.GEEN  # an adult: one medium
    controlled = assess(COA, minor | {"CORE-05": "reported"})  # medium, means
    assert controlled.level is Level.AANWEZIG and "minor_control" in _rules(controlled)


def test_one_fact_counts_once() -> None:
    both = assess(DTV, complete_no(DTV) | {"CORE-01": "reported", "DTV-02": "observed"})
    assert both.facts == ("documents_withheld",) and both.findings[0].item.id == "DTV-02"
    assert both.findings[0].also == ("CORE-01",)
    assert both.level is Level.AANWEZIG and "means_and_exploitation" not in _rules(both)


def _fact_items(checklist: Checklist) -> dict[str, list[str]]:
    facts: dict[str, list[str]] = {}
    for item in checklist.items:
        if item.is_signal:
            facts.setdefault(item.fact_id, []).append(item.id)
    return facts


SHARED = sorted(set.intersection(*(set(_fact_items(c)) for c in CHECKLISTS.values())))


@settings(max_examples=150, deadline=None)
@given(st.sets(st.sampled_from(SHARED), max_size=6), st.randoms(use_true_random=False))
def test_the_same_facts_give_the_same_level_under_every_role(facts: set[str], rnd: object) -> None:
    levels = set()
    for checklist in CHECKLISTS.values():
        items = _fact_items(checklist)
        answers = complete_no(checklist)
        for fact in facts:
            for item_id in items[fact]:  # every item that records the fact, as a worker would answer them
                answers[item_id] = "observed"
        levels.add(assess(checklist, answers).level)
    assert len(levels) == 1, (facts, levels)


def _signal_rank(level: Level) -> int:
    return level.rank if level in (Level.AANWEZIG, Level.STERK) else 0


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(CHECKLISTS)).flatmap(
        lambda cid: st.tuples(
            st.just(cid),
            st.dictionaries(
                st.sampled_from([i.id for i in CHECKLISTS[cid].items if i.is_signal]),
                st.sampled_from(["observed", "reported", "no", "unknown", "not_asked", "refused"]),
            ),
        )
    )
)
def test_more_signals_never_lower_the_level_and_no_verdicts(case: tuple[str, dict[str, str]]) -> None:
    checklist_id, answers = case
    checklist = CHECKLISTS[checklist_id]
    before = assess(checklist, answers)
    for item in checklist.items:
        if item.is_signal and answers.get(item.id) not in ("observed", "reported"):
            after = assess(checklist, {**answers, item.id: "observed"})
            assert _signal_rank(after.level) >= _signal_rank(before.level)
            break
    text = " ".join(line for block in assessment_blocks(before) for line in (block.heading, *block.lines)).lower()
    assert "slachtoffer" not in text
    assert before.level not in (Level.GEEN, Level.ONVOLLEDIG) or not any(
        f.grade is Grade.STRONG for f in before.findings
    )


def test_the_explanation_names_the_fact_counted_once() -> None:
    result = assess(DTV, complete_no(DTV) | {"CORE-01": "reported", "DTV-02": "observed"})
    text = " ".join(r.text for r in result.reasons)
    assert re.search(r"DTV-02 \w[^(]*\(sterk, ja – waargenomen\) \[zelfde feit als CORE-01, telt één keer\]", text)


def test_the_case_birth_year_and_the_answers_both_count_for_minor() -> None:
    adult_answer = complete_no(GGD)  # CORE-AGE 'volwassen'
    assert assess(GGD, adult_answer, case=CaseFacts(age=16)).context.get("age") == "minor"
    assert assess(GGD, adult_answer, minor_known=True).minor  # the older flag means the same
    unknown = complete_no(GGD, **{"CORE-AGE": "onbekend"})
    assert assess(GGD, unknown, case=CaseFacts(age=30)).context.get("age") == "adult"
    assert not assess(GGD, unknown).minor


def test_case_facts_come_from_the_case_and_the_interview_record() -> None:
    from datetime import date, datetime

    from app.core.cases import Case
    from app.core.context import case_facts
    from app.core.ids import CaseId, InterviewId
    from app.core.interview_model import Interview

    case = Case(CaseId(1), "UT-2026-0001", datetime(2026, 1, 1), None, nationality="RO", birth_year=2010)
    interview = Interview(InterviewId(1), case.id, "ggd_intake", "v", "h", datetime(2026, 1, 1), None, "ro", True)
    facts = case_facts(case, interview, date(2026, 3, 1))
    assert facts == CaseFacts(age=16, nationality="RO", interpreter_used=True)
    result = assess(GGD, complete_no(GGD, **{"CORE-C3": "onbekend"}), case=facts)
    assert result.minor and result.context.get("interpreter") == "professional"


def test_vulnerability_alone_never_raises_the_level() -> None:
    """A young age and no Dutch are vulnerability, not a signal of means or exploitation (docs/assessment.md);
    found by a new-user review: GGD-12 (medium) + CORE-15 (weak) gave 'signalen aanwezig' and a police step."""
    from app.forms_loader import load_checklists

    ggd = load_checklists()["ggd_intake"]
    weak_points = {
        i.id: "observed" for i in ggd.items if i.elements and set(e.value for e in i.elements) == {"vulnerability"}
    }
    result = assess(ggd, weak_points)
    assert result.level.value in ("geen_signalen", "onvolledig"), [r.rule for r in result.reasons]


def test_reasons_and_the_open_list_name_items_in_words_not_only_codes() -> None:
    """Issue 14 #11: "Reasons and the 'nog open' list use short labels, not only codes"."""
    from app.core.assessment_text import assessment_blocks
    from app.forms_loader import load_checklists

    ggd = load_checklists()["ggd_intake"]
    result = assess(ggd, {"CORE-01": "reported"})
    lines = [line for block in assessment_blocks(result) for line in block.lines]
    open_line = next(line for block in assessment_blocks(result) if block.key == "open" for line in block.lines)
    assert re.search(r"CORE-02 [A-Z]\w+", open_line)  # a code with its first words
    assert any(re.search(r"CORE-01 [A-Z]\w+.*\(sterk", line) for line in lines)
