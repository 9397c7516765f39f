"""The registry's tables count a generalised value in a row of its own and say how many they counted so."""

from __future__ import annotations

from dataclasses import replace

from app.batch.schema import Basis, Facts
from app.core.registry_labels import category_label
from app.core.registry_stats import Record, compute, four_forms

EXACT = replace(Facts.from_json({}), period="2011-03", age_band="18-23", gender="v", nationality="NG", forms=("SU",))


def _records() -> list[Record]:
    coarse = replace(EXACT, period="2011", age_band="volwassen", nationality="AFRIKA")
    coarser = replace(EXACT, nationality="NIET-EU", gender="onderdrukt", sector="onderdrukt")
    facts = [EXACT, coarse, coarser, replace(EXACT, nationality="onderdrukt")]
    return [Record(2011, f"p{n}", Basis.ANONYMOUS, f) for n, f in enumerate(facts)]


def test_generalised_values_have_their_own_rows_and_counts() -> None:
    tables = {t.id: t for t in compute(_records())[0]}
    nationality = dict(tables["nationaliteit"].rows)
    assert nationality == {"AFRIKA": (1,), "NG": (1,), "NIET-EU": (1,), "onderdrukt": (1,)}
    assert tables["nationaliteit"].generalised == (3,) and tables["totaal"].generalised == (0,)
    assert category_label("nationaliteit", "AFRIKA") == "Afrika (alleen regio bekend)"
    assert category_label("nationaliteit", "NG") != "NG" and category_label("leeftijd", "18-23") == "18-23"
    assert category_label("leeftijd", "volwassen") == "volwassen, leeftijd onbekend"
    assert category_label("gender", "onderdrukt") == "onderdrukt (bij export weggelaten)"
    regions = dict(tables["regio"].rows)
    assert regions["Afrika"] == (2,) and regions["buiten de EU (alleen niet-EU bekend)"] == (1,)
    assert "Azië" not in regions  # a coarse code is never counted as Asia
    assert tables["leeftijd"].generalised == (1,) and tables["gender"].generalised == (1,)


def test_a_suppressed_nationality_is_neither_domestic_nor_cross_border() -> None:
    assert four_forms(replace(EXACT, nationality="onderdrukt")) == ["onbekend"]
    assert four_forms(replace(EXACT, nationality="NIET-NL")) == ["GO-SU"]


def test_the_csv_says_how_many_were_generalised_and_hides_small_counts() -> None:
    from app.registry.stats_export import GENERALISED_ROW, stats_csv

    africa = [Record(2011, f"q{n}", Basis.ANONYMOUS, replace(EXACT, nationality="AFRIKA")) for n in range(5)]
    tables, streams = compute(_records() + africa)
    lines = stats_csv(tables, streams).decode("utf-8").splitlines()
    counts = {line.split(",")[0]: line.rsplit(",", 1)[1] for line in lines if GENERALISED_ROW in line}
    assert counts["nationaliteit"] == "8"  # 3 + 5 generalised nationalities
    assert counts["leeftijd"] == "<5"  # one: small counts are hidden like any cell
