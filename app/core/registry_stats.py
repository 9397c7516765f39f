"""The National Rapporteur's standard tables from registry records, counting persons (linked meldingen
are one person) per year; small cells are suppressed in everything that leaves the registry."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.i18n import N_, _
from app.core.melding import sector_group
from app.core.regions import UNKNOWN, region_label, region_of

SMALL_CELL = 5
UBS_FORMS = {"AU", "GD", "CU", "OV"}


@dataclass(frozen=True, slots=True)
class Record:
    """One melding as the statistics see it."""

    year: int
    person_id: str
    basis: str
    facts: Mapping[str, Any]


def four_forms(facts: Mapping[str, Any]) -> list[str]:
    """BL-SU, GO-SU, BL-UBS, GO-UBS from the facts: domestic (Dutch) or cross-border, sexual or other."""
    nationality = str(facts.get("nationality", UNKNOWN))
    scope = "BL" if nationality == "NL" else ("GO" if nationality != UNKNOWN else "?")
    forms = set(facts.get("forms") or [])
    kinds = (["SU"] if "SU" in forms else []) + (["UBS"] if forms & UBS_FORMS else [])
    if scope == "?" or not kinds:
        return [_("onbekend")]
    return [f"{scope}-{kind}" for kind in kinds]


def _forms(facts: Mapping[str, Any]) -> list[str]:
    return list(facts.get("forms") or []) or [UNKNOWN]


Classifier = Callable[[Record], list[str]]
TABLES: tuple[tuple[str, str, Classifier], ...] = (
    ("totaal", N_("Totaal (personen)"), lambda r: ["totaal"]),
    ("gender", N_("Gender"), lambda r: [str(r.facts.get("gender", UNKNOWN))]),
    ("leeftijd", N_("Leeftijd bij melding"), lambda r: [str(r.facts.get("age_band", UNKNOWN))]),
    ("minderjarig", N_("Minderjarig"), lambda r: [str(r.facts.get("minor", UNKNOWN))]),
    (
        "nationaliteit",
        N_("Nationaliteit (of regio na generalisatie)"),
        lambda r: [str(r.facts.get("nationality", UNKNOWN))],
    ),
    ("regio", N_("Regio van herkomst"), lambda r: [region_label(region_of(str(r.facts.get("nationality", UNKNOWN))))]),
    ("vorm", N_("Vorm van uitbuiting"), lambda r: _forms(r.facts)),
    (
        "vier_vormen",
        N_("Binnenlands / grensoverschrijdend × seksueel / overig (BL-SU … GO-UBS)"),
        lambda r: four_forms(r.facts),
    ),
    ("sector", N_("Sector (groep)"), lambda r: [sector_group(str(r.facts.get("sector", UNKNOWN)))]),
    ("melder", N_("Soort melder"), lambda r: [str(r.facts.get("melder_type", UNKNOWN))]),
    ("aangifte", N_("Aangifte"), lambda r: [str(r.facts.get("aangifte", UNKNOWN))]),
    ("bedenktijd", N_("Bedenktijd aangeboden"), lambda r: [str(r.facts.get("bedenktijd", UNKNOWN))]),
    ("opvang", N_("Behoefte aan opvang"), lambda r: [str(r.facts.get("shelter_need", UNKNOWN))]),
    (
        "melder_basis",
        N_("Soort melder × grondslag (anoniem / met toestemming)"),
        lambda r: [f"{r.facts.get('melder_type', UNKNOWN)} / {r.basis}"],
    ),
)


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    years: tuple[int, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # category, count per year

    def total(self, year_index: int) -> int:
        return sum(counts[year_index] for _cat, counts in self.rows)


def persons(records: Iterable[Record]) -> list[Record]:
    """One record per person per year (the last one seen); anonymous meldingen are persons of their own."""
    latest: dict[tuple[int, str], Record] = {}
    for record in records:
        latest[(record.year, record.person_id)] = record
    return list(latest.values())


def compute(records: Iterable[Record]) -> tuple[list[Table], dict[int, dict[str, int]]]:
    """The tables, and per year the stream counts (meldingen, persons, not linkable)."""
    all_records = list(records)
    people = persons(all_records)
    years = tuple(sorted({r.year for r in all_records}))
    streams: dict[int, dict[str, int]] = defaultdict(lambda: {"meldingen": 0, "personen": 0, "anoniem": 0})
    for record in all_records:
        streams[record.year]["meldingen"] += 1
    for record in people:
        streams[record.year]["personen"] += 1
        streams[record.year]["anoniem"] += record.basis != "consent"
    tables = []
    for table_id, title, classify in TABLES:
        counts: dict[str, Counter[int]] = defaultdict(Counter)
        for record in people:
            for category in classify(record):
                counts[category][record.year] += 1
        rows = tuple((cat, tuple(counts[cat][y] for y in years)) for cat in sorted(counts, key=str))
        tables.append(Table(table_id, _(title), years, rows))
    return tables, dict(streams)


def shown(count: int) -> str:
    """A count as published: cells of 1 to 4 are suppressed, 0 is a dash."""
    if count == 0:
        return "-"
    return f"<{SMALL_CELL}" if count < SMALL_CELL else str(count)
