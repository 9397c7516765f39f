"""The re-identification check: the full-domain lattice search with record suppression, k on what is released
(over the batch plus earlier exports as they were released), the history rule, and an intersection attack."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.batch.hierarchies import generalise, level_of
from app.batch.schema import QUASI_IDENTIFIERS, Facts
from app.core.reidentification import SUPPRESSION_LIMIT, Outcome, check, qi_key

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


def _batch(*facts: Facts, prefix: str = "m") -> list[tuple[str, Facts]]:
    return [(f"{prefix}{n}", f) for n, f in enumerate(facts)]


def _released(outcome: Outcome) -> list[Facts]:
    return [d.facts for d in outcome.decisions if not d.held]


def test_a_big_enough_group_is_left_alone() -> None:
    outcome = check(_batch(*[BASE] * 5), [], k=5)
    assert outcome.node == (0, 0, 0, 0, 0) and outcome.info_loss == 0
    assert all(not d.held and d.group_size == 5 and d.changes == () for d in outcome.decisions)
    assert outcome.decisions[0].explain(5) == "Ongewijzigd: groep van 5 (k = 5)."


def test_19_romanians_and_1_bulgarian_never_leave_the_bulgarian_alone() -> None:
    outcome = check(_batch(*[BASE] * 19, replace(BASE, nationality="BG")), [], k=5)
    released = Counter(qi_key(f) for f in _released(outcome))
    assert min(released.values()) >= 5  # k holds on what is released
    bulgarian = outcome.decisions[-1]
    assert bulgarian.held or bulgarian.facts.nationality == outcome.decisions[0].facts.nationality
    assert outcome.held <= 1  # within the limit of 5 % of 20


def test_a_rare_nationality_takes_the_whole_batch_to_the_region() -> None:
    batch = [
        BASE,
        BASE,
        replace(BASE, nationality="BG"),
        replace(BASE, nationality="BG"),
        replace(BASE, nationality="HR"),
    ]
    outcome = check(_batch(*batch), [], k=5)
    assert {d.facts.nationality for d in outcome.decisions} == {"EU-2007"} and outcome.held == 0
    assert outcome.levels["nationality"] == 1
    text = outcome.decisions[0].explain(5)
    assert "nationaliteit RO → EU-2007" in text and "de eigen groep was 2 (minder dan 5)" in text
    assert "informatieverlies 5 %" in text
    assert "Informatieverlies 5.0 %" in outcome.describe() and "0 van 5 achtergehouden" in outcome.describe()


def test_earlier_exports_count_only_with_exactly_the_released_values() -> None:
    assert check(_batch(BASE), [BASE] * 4, k=5).decisions[0].group_size == 5
    # 19 Romanians sent exactly before do not hide a Bulgarian sent as EU-2007 now: it is held back
    lone = check(_batch(replace(BASE, nationality="BG")), [BASE] * 19, k=5).decisions[0]
    assert lone.held and "Achtergehouden" in lone.explain(5)
    # four sent as EU-2007 before do hide a fifth sent as EU-2007 now
    coarse = replace(BASE, nationality="EU-2007")
    joined = check(_batch(replace(BASE, nationality="BG")), [coarse] * 4, k=5).decisions[0]
    assert not joined.held and joined.facts.nationality == "EU-2007" and joined.group_size == 5


def test_minor_follows_the_released_age_band() -> None:
    young = replace(BASE, age_band="15-17", minor="nee")
    outcome = check(_batch(*[young] * 5), [], k=5)
    assert {d.facts.minor for d in outcome.decisions} == {"ja"}
    assert ("minor", "nee", "ja") in outcome.decisions[0].changes


def test_a_correction_is_never_released_finer_than_before() -> None:
    earlier = replace(BASE, period="2026", nationality="EU-2007")
    outcome = check(_batch(*[BASE] * 6), [], k=5, earlier={"m0": [earlier]})
    first = outcome.decisions[0]
    assert first.facts.period == "2026" and first.facts.nationality == "EU-2007"
    assert set(first.kept_coarse) <= {"period", "nationality"}
    assert all(d.facts.period == "2026" for d in outcome.decisions if not d.held)  # the rest joins its class


def _finest(field: str, old: str, new: str) -> str:
    """What a registry learns from two releases of one melding: the finer of the two values."""
    return old if generalise(field, old, level_of(field, new)) == new else new


def _attacker(first: Sequence[tuple[str, Facts]], second: Sequence[tuple[str, Facts]]) -> Counter[tuple[str, ...]]:
    """Join two batches by UUID, keep the finest value of every field, count the combinations."""
    known = {uuid: qi_key(facts) for uuid, facts in first}
    for uuid, facts in second:
        old = known.get(uuid)
        new = qi_key(facts)
        known[uuid] = new if old is None else tuple(map(_finest, QUASI_IDENTIFIERS, old, new))
    return Counter(known.values())


def _intersection(rule: bool) -> Counter[tuple[str, ...]]:
    january = replace(BASE, period="2026-01")
    first_batch = _batch(*[january] * 3, replace(january, nationality="BG"), replace(january, nationality="HR"))
    first = check(first_batch, [], k=5)
    assert {qi_key(d.facts)[3] for d in first.decisions} == {"EU-2007"} and first.held == 0
    sent_first = [(d.uuid, d.facts) for d in first.decisions]
    new = [("RO", "02"), ("RO", "03"), ("RO", "03"), ("RO", "03"), ("RO", "03")]
    new += [("BG", "02"), ("BG", "03"), ("BG", "03"), ("BG", "03"), ("HR", "02")]
    new += [("HR", "03"), ("HR", "03"), ("HR", "03")]
    fresh = _batch(*(replace(BASE, nationality=n, period=f"2026-{m}") for n, m in new), prefix="n")
    corrections = [(uuid, replace(facts, aangifte="gedaan")) for uuid, facts in first_batch]
    earlier = {uuid: [facts] for uuid, facts in sent_first} if rule else None
    second = check(corrections + fresh, [], k=5, earlier=earlier)
    sent_second = [(d.uuid, d.facts) for d in second.decisions if not d.held]
    return _attacker(sent_first, sent_second)


def test_an_intersection_attack_over_two_batches_fails() -> None:
    without_rule = _intersection(rule=False)
    assert min(without_rule.values()) < 5  # the January Bulgarian is singled out: (2026-01, BG)
    assert min(_intersection(rule=True).values()) >= 5


_facts = st.builds(
    lambda period, age, gender, nat, sector: replace(
        BASE, period=period, age_band=age, gender=gender, nationality=nat, sector=sector
    ),
    st.sampled_from(["2026-01", "2026-02", "2026-04", "2026-11", "2026-Q1", "2026"]),
    st.sampled_from(["15-17", "18-23", "24-30", "18-30", "onbekend"]),
    st.sampled_from(["v", "m"]),
    st.sampled_from(["RO", "BG", "NG", "NL", "BR", "EU-2007", "onbekend"]),
    st.sampled_from(["prostitutie", "horeca", "bouw", "schoonmaak", "onbekend"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_facts, max_size=40), st.lists(_facts, max_size=20), st.integers(2, 6))
def test_every_released_class_has_k_and_classes_go_whole(batch: list[Facts], history: list[Facts], k: int) -> None:
    outcome = check(_batch(*batch), history, k)
    released = Counter(qi_key(f) for f in _released(outcome))
    pool = released + Counter(qi_key(f) for f in history)
    for decision in outcome.decisions:
        key = qi_key(decision.facts)
        if decision.held:
            assert key not in released  # a class is held back as a whole
            assert pool[key] + sum(qi_key(d.facts) == key for d in outcome.decisions if d.held) < k
        else:
            assert pool[key] == decision.group_size >= k
        assert decision.facts.minor in ("ja", "nee", "onbekend")
        for name, value, level in zip(QUASI_IDENTIFIERS, key, outcome.node, strict=True):
            assert value == generalise(name, getattr(decision.original, name), level)
    if outcome.held > outcome.allowed:  # only when no node keeps within the limit
        assert outcome.allowed == int(SUPPRESSION_LIMIT * len(batch))
