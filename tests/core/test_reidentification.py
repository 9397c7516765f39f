"""The re-identification check: generalise small groups along the ladder, hold back what stays unique."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.batch.codes import age_band, sector_group
from app.batch.period import quarter_of
from app.batch.schema import Facts
from app.core.reidentification import LADDER, check, generalise, qi_key

BASE = Facts(
    period="2026-03",
    age_band="18-23",
    gender="v",
    nationality="RO",
    sector="prostitutie",
    forms=("SU",),
    minor="nee",
    aangifte="onbekend",
    bedenktijd="onbekend",
    shelter_need="onbekend",
    interpreter="nee",
    signal_level="sterke_signalen",
    melder_type="ggd_intake",
    checklist_version="x",
)


def _batch(*facts: Facts) -> list[tuple[str, Facts]]:
    return [(f"m{n}", f) for n, f in enumerate(facts)]


def test_a_big_enough_group_is_left_alone() -> None:
    decisions = check(_batch(*[BASE] * 5), [], k=5)
    assert all(d.level == 0 and not d.held and d.group_size == 5 for d in decisions)


def test_a_rare_nationality_becomes_a_region() -> None:
    others = [replace(BASE, nationality="BG")] * 4
    decisions = check(_batch(BASE, *others), [], k=5)
    assert decisions[0].level == 1 and decisions[0].facts.nationality == "EU-2007" and decisions[0].group_size == 5
    assert decisions[0].steps == ("nationaliteit → regio",)
    assert decisions[0].explain(5) == ("Groep was 1 groot (minder dan 5); gegeneraliseerd: nationaliteit → regio.")


def test_months_become_quarters_then_years() -> None:
    spread = [replace(BASE, period=f"2026-0{m}") for m in (1, 2, 3)] + [replace(BASE, period="2026-05")] * 2
    decisions = check(_batch(*spread), [], k=5)
    assert decisions[0].facts.period == "2026" and decisions[0].level == 4


def test_earlier_exports_count_towards_the_group() -> None:
    decisions = check(_batch(BASE), [BASE] * 4, k=5)
    assert decisions[0].level == 0 and decisions[0].group_size == 5


def test_still_unique_is_held_back() -> None:
    decisions = check(_batch(replace(BASE, gender="m")), [BASE] * 10, k=5)
    assert decisions[0].held and decisions[0].level == len(LADDER)
    assert "achtergehouden" in decisions[0].explain(5)


def test_helpers() -> None:
    assert [age_band(a) for a in (None, 3, 14, 15, 17, 18, 23, 24, 30, 31, 40, 41, 90)] == [
        "onbekend",
        "0-14",
        "0-14",
        "15-17",
        "15-17",
        "18-23",
        "18-23",
        "24-30",
        "24-30",
        "31-40",
        "31-40",
        "41+",
        "41+",
    ]
    assert quarter_of("2026-11") == "2026-Q4" and quarter_of("2026-Q4") == "2026-Q4" and quarter_of("2026") == "2026"
    assert sector_group("binnenvaart") == "transport" and sector_group("transport") == "transport"
    assert generalise(generalise(BASE, 4), 4) == generalise(BASE, 4)


_facts = st.builds(
    lambda period, age, gender, nat, sector: replace(
        BASE, period=period, age_band=age, gender=gender, nationality=nat, sector=sector
    ),
    st.sampled_from(["2026-01", "2026-02", "2026-04", "2026-11"]),
    st.sampled_from(["15-17", "18-23", "24-30"]),
    st.sampled_from(["v", "m"]),
    st.sampled_from(["RO", "BG", "NG", "NL", "BR", "onbekend"]),
    st.sampled_from(["prostitutie", "horeca", "bouw", "schoonmaak", "onbekend"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_facts, max_size=40), st.lists(_facts, max_size=20), st.integers(2, 6))
def test_every_released_record_hides_in_a_group_of_k(batch: list[Facts], history: list[Facts], k: int) -> None:
    decisions = check(_batch(*batch), history, k)
    pool = batch + history
    for decision in decisions:
        counts = Counter(qi_key(generalise(f, decision.level)) for f in pool)
        assert counts[qi_key(decision.facts)] == decision.group_size
        assert decision.held == (decision.group_size < k)
        if decision.level > 0:  # the level is the first that works
            smaller = Counter(qi_key(generalise(f, decision.level - 1)) for f in pool)
            original = next(f for u, f in _batch(*batch) if u == decision.uuid)
            assert smaller[qi_key(generalise(original, decision.level - 1))] < k
