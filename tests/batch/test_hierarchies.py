"""The generalisation hierarchies are data in the batch format: complete, nested, and every value they emit is
one the format lists (so exporter and registry agree on what may arrive)."""

from __future__ import annotations

from itertools import product

from app.batch.codes import AGE_BANDS, GENDERS, SECTORS, UNKNOWN
from app.batch.hierarchies import (
    HEIGHTS,
    LEVEL_VALUES,
    STEPS,
    SUPPRESSED,
    generalise,
    is_generalised,
    is_valid,
    level_of,
    minor_of_band,
)
from app.batch.regions import _REGION_OF, REGIONS
from app.batch.schema import QUASI_IDENTIFIERS
from app.core.generalised_labels import LEVEL_LABELS, region_row, value_label

COUNTRIES = (*sorted(_REGION_OF), "CN", "PK", "IN", UNKNOWN)
MONTHS = tuple(f"2011-{m:02d}" for m in range(1, 13))
EXACT = {
    "period": MONTHS,
    "age_band": (*AGE_BANDS, UNKNOWN),
    "gender": GENDERS,
    "nationality": COUNTRIES,
    "sector": (*SECTORS, UNKNOWN),
}


def test_every_quasi_identifier_has_a_hierarchy_with_words_for_each_level() -> None:
    assert set(STEPS) == set(QUASI_IDENTIFIERS) == set(EXACT)
    assert HEIGHTS == {"period": 3, "age_band": 3, "gender": 1, "nationality": 4, "sector": 2}
    for field, height in HEIGHTS.items():
        assert len(LEVEL_LABELS[field]) == height + 1
        if field != "period":
            assert len(LEVEL_VALUES[field]) == height + 1


def test_each_level_emits_only_listed_values_and_generalising_twice_is_once() -> None:
    for field, values in EXACT.items():
        for value, level in product(values, range(HEIGHTS[field] + 1)):
            out = generalise(field, value, level)
            assert is_valid(field, out), (field, value, level, out)
            assert level_of(field, out) <= level  # NL and onbekend stay themselves
            for higher in range(level, HEIGHTS[field] + 1):
                assert generalise(field, out, higher) == generalise(field, value, higher)
            assert generalise(field, out, 0) == out  # never back to finer
        top = {generalise(field, value, HEIGHTS[field]) for value in values}
        assert top == ({"2011"} if field == "period" else {SUPPRESSED})


def test_the_levels_as_documented() -> None:
    assert [generalise("nationality", "RO", n) for n in range(5)] == ["RO", "EU-2007", "EU", "NIET-NL", SUPPRESSED]
    assert [generalise("nationality", "NG", n) for n in range(5)] == ["NG", "AFRIKA", "NIET-EU", "NIET-NL", SUPPRESSED]
    assert [generalise("nationality", "NL", n) for n in range(5)] == ["NL", "NL", "NL", "NL", SUPPRESSED]
    assert [generalise("age_band", "15-17", n) for n in range(4)] == ["15-17", "0-17", "minderjarig", SUPPRESSED]
    assert [generalise("age_band", "41+", n) for n in range(4)] == ["41+", "31+", "volwassen", SUPPRESSED]
    assert [generalise("period", "2011-08", n) for n in range(4)] == ["2011-08", "2011-Q3", "2011-H2", "2011"]
    assert [generalise("sector", "bouw", n) for n in range(3)] == ["bouw", "industrie_bouw_schoonmaak", SUPPRESSED]
    assert [generalise("gender", "x", n) for n in range(2)] == ["x", SUPPRESSED]
    assert [generalise("period", "2011-Q2", n) for n in range(4)] == ["2011-Q2", "2011-Q2", "2011-H1", "2011"]


def test_validity_and_generalised_values() -> None:
    assert not is_valid("nationality", "XX-1") and not is_valid("period", "2011-H3") and not is_valid("gender", "f")
    assert is_valid("nationality", "EU") and is_valid("nationality", "NIET-NL") and is_valid("age_band", "31+")
    assert not is_generalised("nationality", "NL") and not is_generalised("age_band", UNKNOWN)
    assert is_generalised("nationality", "AFRIKA") and is_generalised("period", "2011")
    assert all(level_of("nationality", region) == 1 for region in REGIONS if region not in ("NL", UNKNOWN))


def test_minor_is_the_age_bands_word() -> None:
    assert [minor_of_band(b) for b in ("0-14", "15-17", "0-17", "minderjarig")] == ["ja"] * 4
    assert [minor_of_band(b) for b in ("18-23", "41+", "18-30", "31+", "volwassen")] == ["nee"] * 5
    assert [minor_of_band(b) for b in (UNKNOWN, SUPPRESSED)] == [UNKNOWN] * 2


def test_the_registry_counts_a_generalised_value_in_its_own_row() -> None:
    assert value_label("nationality", "AFRIKA") == "Afrika (alleen regio bekend)"
    assert value_label("nationality", "RO") == "RO"
    assert value_label("age_band", "volwassen") == "volwassen, leeftijd onbekend"
    assert value_label("period", "2011") == "2011 (maand onbekend)"
    assert value_label("period", "2011-Q3") == "2011 (kwartaal bekend, maand onbekend)"
    assert value_label("gender", SUPPRESSED) == "onderdrukt (bij export weggelaten)"
    assert value_label("sector", "transport") == "transport"  # a sector and its group share the word
    assert region_row("RO") == "EU-2007 en later" and region_row("EU-2007") == "EU-2007 en later"
    assert region_row("NIET-EU") == "buiten de EU (alleen niet-EU bekend)"  # never counted as Asia


def test_the_registry_accepts_every_value_the_hierarchies_can_emit() -> None:
    """Issue 15 meets issue 16: whatever the exporter's generalisation releases passes the registry's check."""
    from app.batch.validate import CODE_LISTS, NATIONALITY_VALUES, period_year

    for field in ("age_band", "gender", "sector"):
        emitted = set().union(*LEVEL_VALUES[field])
        assert emitted == set(CODE_LISTS[field]), field
    coarse = set().union(*LEVEL_VALUES["nationality"][1:])
    assert coarse <= NATIONALITY_VALUES
    for level in range(HEIGHTS["period"] + 1):
        assert period_year(generalise("period", "2011-05", level)) == 2011
