from __future__ import annotations

from app.batch.schema import Basis, Facts
from app.core.registry_stats import Record, compute, four_forms, persons, shown


def _rec(year: int, person: str, basis: str = "anonymous", **facts: object) -> Record:
    doc = {"gender": "v", "forms": ["SU"], "nationality": "RO", "melder_type": "coa"} | facts
    return Record(year, person, Basis(basis), Facts.from_json(doc))


def _facts(nationality: str, forms: list[str]) -> Facts:
    return Facts.from_json({"nationality": nationality, "forms": forms})


def test_linked_meldingen_are_one_person_per_year() -> None:
    records = [
        _rec(2026, "p1", "consent"),
        _rec(2026, "p1", "consent", gender="m"),
        _rec(2026, "p2"),
        _rec(2025, "p1", "consent"),
    ]
    people = persons(records)
    assert len(people) == 3
    assert next(r for r in people if r.person_id == "p1" and r.year == 2026).facts.gender == "m"  # the last one
    tables, streams = compute(records)
    assert streams[2026] == {"meldingen": 3, "personen": 2, "anoniem": 1}
    total = next(t for t in tables if t.id == "totaal")
    assert total.years == (2025, 2026) and total.rows == (("totaal", (1, 2)),)
    basis = dict(next(t for t in tables if t.id == "melder_basis").rows)
    assert basis == {"coa / anonymous": (0, 1), "coa / consent": (1, 1)}


def test_four_forms_from_facts() -> None:
    assert four_forms(_facts("NL", ["SU"])) == ["BL-SU"]
    assert four_forms(_facts("RO", ["SU", "AU"])) == ["GO-SU", "GO-UBS"]
    assert four_forms(_facts("EU-2007", ["CU"])) == ["GO-UBS"]
    assert four_forms(_facts("onbekend", ["SU"])) == ["onbekend"]
    assert four_forms(_facts("NL", [])) == ["onbekend"]


def test_small_cells_are_suppressed() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 120)] == ["-", "<5", "<5", "5", "120"]
