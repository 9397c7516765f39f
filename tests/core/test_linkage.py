from __future__ import annotations

from app.core.linkage import LinkRecord, candidate_reasons, normalise_name, swapped


def test_names_are_normalised_and_order_free() -> None:
    assert normalise_name("Zoë-Maria", "  de Vries ") == normalise_name("de vries", "zoe maria") == "de maria vries zoe"


def test_swapped_dates() -> None:
    assert swapped("2001-04-05") == "2001-05-04"
    assert swapped("2001-04-04") is None and swapped("2001-04-25") is None and swapped("nonsense") is None


def _rec(uuid: str, key: str, name: str, born: str | None) -> LinkRecord:
    return LinkRecord(uuid, key, name, born)


def test_candidate_reasons() -> None:
    a = _rec("a", "k1", "ioana popescu", "2001-04-05")
    assert candidate_reasons(a, _rec("b", "k1", "ioana popescu", "2001-04-05")) == (1.0, ["same_key"])
    typo = candidate_reasons(a, _rec("b", "k2", "ioana popesku", "2001-04-05"))
    assert typo[1] == ["name_typo"] and 0.85 <= typo[0] < 1
    flipped = candidate_reasons(a, _rec("b", "k3", "ioana popescu", "2001-05-04"))
    assert flipped[1] == ["swapped_date"]
    assert candidate_reasons(a, _rec("b", "k4", "maria nagy", "2001-04-05")) == (0.0, [])
    assert candidate_reasons(a, _rec("b", "k5", "ioana popescu", "1999-01-01")) == (0.0, [])
    assert candidate_reasons(a, _rec("b", "k6", "ioana popescu", None)) == (0.0, [])


def test_another_or_unknown_nationality_is_a_candidate_not_a_miss() -> None:
    a = LinkRecord("a", "k1", "ioana popescu", "2001-04-05", "RO")
    other = candidate_reasons(a, LinkRecord("b", "k1", "ioana popescu", "2001-04-05", "MD"))
    unknown = candidate_reasons(a, LinkRecord("c", "k1", "ioana popescu", "2001-04-05", "onbekend"))
    assert other == (0.9, ["same_key", "nationality_differs"])
    assert unknown == (0.95, ["same_key", "nationality_unknown"])


def test_transliterations_are_candidates() -> None:
    for first, second in (("mohammed yusuf", "muhammad youssef"), ("olga shevchenko", "olha shevtchenko")):
        a = LinkRecord("a", "k1", first, "1990-01-02", "SY")
        assert candidate_reasons(a, LinkRecord("b", "k2", second, "1990-01-02", "SY"))[1] == ["name_typo"]
