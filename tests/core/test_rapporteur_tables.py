"""The structure of the Rapporteur's tables in seed 002 (9th report): Tabel 2.2 (minors per nationality) and the
DT&V appendix tables B3.1–B3.5, reproduced from registry records with the reporter filter; and the cross-tables."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

from app.batch.schema import Basis, Facts
from app.core.rapporteur import minors_by_nationality, per_year
from app.core.registry_stats import Record, compute

_BASE = Facts.from_json({"forms": ["SU"], "gender": "v", "melder_type": "dtv"})
_IDS = count()
YEARS = (2009, 2010, 2011, 2012)
# seed 002, Tabel B3.1–B3.5 (DT&V files, 2009–2012); B3.3 with the totals row of the seed (its 2010–2012 rows are
# garbled in the text); B3.4 only the top nationalities, the rest as unknown
B3_1 = (36, 31, 45, 27)
B3_2 = {"v": (33, 27, 32, 21), "m": (3, 4, 13, 6)}
B3_3 = {
    "0-14": (0, 2, 1, 1),
    "15-17": (0, 6, 2, 2),
    "18-23": (13, 8, 22, 11),
    "24-30": (15, 7, 11, 5),
    "31-40": (5, 7, 3, 5),
    "41+": (3, 1, 6, 3),
}
B3_4 = {"CN": (11, 2, 3, 5), "NG": (7, 4, 7, 5), "GN": (0, 2, 9, 2), "SL": (2, 1, 3, 5), "GH": (1, 4, 2, 0)}
B3_5 = {"gedaan": (17, 16, 30, 18), "niet": (12, 7, 9, 7), "onbekend": (7, 8, 6, 2)}


def _spread(table: dict[str, tuple[int, ...]], year_index: int, size: int, rest: str) -> list[str]:
    values = [value for value, counts in table.items() for _ in range(counts[year_index])]
    return values + [rest] * (size - len(values))


def _dtv_records() -> list[Record]:
    records = []
    for n, year in enumerate(YEARS):
        size = B3_1[n]
        genders = _spread(B3_2, n, size, "onbekend")
        bands = _spread(B3_3, n, size, "onbekend")
        nationalities = _spread(B3_4, n, size, "onbekend")
        aangifte = _spread(B3_5, n, size, "onbekend")
        for g, band, nat, ang in zip(genders, bands, nationalities, aangifte, strict=True):
            facts = replace(_BASE, gender=g, age_band=band, nationality=nat, aangifte=ang, period=f"{year}-05")
            records.append(Record(year, f"p{next(_IDS)}", Basis.ANONYMOUS, facts))
    return records


def test_the_dtv_appendix_tables_b3_1_to_b3_5() -> None:
    police = [  # other reporters' meldingen in the same years, which one reporter's view leaves out
        Record(year, f"q{next(_IDS)}", Basis.ANONYMOUS, replace(_BASE, melder_type="politie", gender="m"))
        for year in YEARS
        for _ in range(7)
    ]
    everything = _dtv_records() + police
    tables, _streams = compute(r for r in everything if r.facts.melder_type == "dtv")
    by_id = {t.id: t for t in tables}
    assert [(row.year, row.count, row.index, row.growth) for row in per_year(by_id["totaal"])] == [
        (2009, 36, 1.0, None),
        (2010, 31, 0.9, -14),
        (2011, 45, 1.3, 45),
        (2012, 27, 0.8, -40),
    ]  # B3.1, index and growth as in the seed
    rows = {table: dict(by_id[table].rows) for table in ("gender", "leeftijd", "nationaliteit", "aangifte")}
    assert rows["gender"] == B3_2  # B3.2
    assert {band: rows["leeftijd"][band] for band in B3_3 if band in rows["leeftijd"]} == {
        band: counts for band, counts in B3_3.items() if any(counts)
    }  # B3.3
    assert sum(sum(c) for c in B3_3.values()) == 139 == sum(B3_1)
    assert {nat: rows["nationaliteit"][nat] for nat in B3_4} == B3_4  # B3.4 (its top five)
    assert rows["aangifte"] == B3_5  # B3.5
    assert dict(compute(everything)[0][9].rows)["politie"] == (7, 7, 7, 7)  # and the reporter table has them


# seed 002, Tabel 2.2 (CoMensha, 2007–2011): (persons, of whom minors) per year
TABLE_2_2 = {
    "NL": ((270, 100), (320, 104), (240, 63), (315, 89), (337, 131)),
    "NG": ((104, 50), (64, 7), (101, 10), (130, 13), (134, 6)),
    "GN": ((15, 3), (20, 11), (35, 8), (26, 10), (58, 16)),
    "overig": ((327, 46), (422, 47), (533, 30), (522, 40), (693, 42)),
}


def test_minors_by_nationality_table_2_2() -> None:
    records = []
    for group, per in TABLE_2_2.items():
        for n, (persons, minors) in enumerate(per):
            year = 2007 + n
            for k in range(persons):
                nationality = group if group != "overig" else ("RO" if k % 3 else "onbekend")
                minor = "ja" if k < minors else "nee"
                facts = replace(_BASE, nationality=nationality, minor=minor, melder_type="politie")
                records.append(Record(year, f"r{next(_IDS)}", Basis.ANONYMOUS, facts))
    tables, _streams = compute(records)
    cross = next(t for t in tables if t.id == "nationaliteit_minderjarig")
    rows = {
        row.group: tuple(zip(row.persons, row.minors, strict=True))
        for row in minors_by_nationality(cross, ("NL", "NG", "GN"))
    }
    assert {k: v for k, v in rows.items() if k != "totaal"} == TABLE_2_2
    assert rows["totaal"] == ((716, 199), (826, 169), (909, 111), (993, 152), (1222, 195))


def test_the_cross_tables() -> None:
    records = [
        Record(2026, "a", Basis.ANONYMOUS, replace(_BASE, forms=("SU", "AU"), gender="v", age_band="18-23")),
        Record(2026, "b", Basis.CONSENT, replace(_BASE, forms=(), gender="m", age_band="41+", melder_type="coa")),
    ]
    tables = {t.id: dict(t.rows) for t in compute(records)[0]}
    assert tables["vorm_gender"] == {"AU / v": (1,), "SU / v": (1,), "onbekend / m": (1,)}
    assert tables["vorm_leeftijd"] == {"AU / 18-23": (1,), "SU / 18-23": (1,), "onbekend / 41+": (1,)}
    assert tables["melder_vorm"] == {"dtv / AU": (1,), "dtv / SU": (1,), "coa / onbekend": (1,)}
    assert tables["melder_basis"] == {"dtv / anonymous": (1,), "coa / consent": (1,)}
