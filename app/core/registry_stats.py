"""The National Rapporteur's standard tables from registry records, counting persons (linked meldingen
are one person) per year; small cells are suppressed in everything that leaves the registry."""

from __future__ import annotations

import json
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
# (table id, title, the fact fields the classifier reads, classifier)
TABLES: tuple[tuple[str, str, tuple[str, ...], Classifier], ...] = (
    ("totaal", N_("Totaal (personen)"), (), lambda r: ["totaal"]),
    ("gender", N_("Gender"), ("gender",), lambda r: [str(r.facts.get("gender", UNKNOWN))]),
    ("leeftijd", N_("Leeftijd bij melding"), ("age_band",), lambda r: [str(r.facts.get("age_band", UNKNOWN))]),
    ("minderjarig", N_("Minderjarig"), ("minor",), lambda r: [str(r.facts.get("minor", UNKNOWN))]),
    (
        "nationaliteit",
        N_("Nationaliteit (of regio na generalisatie)"),
        ("nationality",),
        lambda r: [str(r.facts.get("nationality", UNKNOWN))],
    ),
    (
        "regio",
        N_("Regio van herkomst"),
        ("nationality",),
        lambda r: [region_label(region_of(str(r.facts.get("nationality", UNKNOWN))))],
    ),
    ("vorm", N_("Vorm van uitbuiting"), ("forms",), lambda r: _forms(r.facts)),
    (
        "vier_vormen",
        N_("Binnenlands / grensoverschrijdend × seksueel / overig (BL-SU … GO-UBS)"),
        ("nationality", "forms"),
        lambda r: four_forms(r.facts),
    ),
    ("sector", N_("Sector (groep)"), ("sector",), lambda r: [sector_group(str(r.facts.get("sector", UNKNOWN)))]),
    ("melder", N_("Soort melder"), ("melder_type",), lambda r: [str(r.facts.get("melder_type", UNKNOWN))]),
    ("aangifte", N_("Aangifte"), ("aangifte",), lambda r: [str(r.facts.get("aangifte", UNKNOWN))]),
    ("bedenktijd", N_("Bedenktijd aangeboden"), ("bedenktijd",), lambda r: [str(r.facts.get("bedenktijd", UNKNOWN))]),
    ("opvang", N_("Behoefte aan opvang"), ("shelter_need",), lambda r: [str(r.facts.get("shelter_need", UNKNOWN))]),
    (
        "melder_basis",
        N_("Soort melder × grondslag (anoniem / met toestemming)"),
        ("melder_type",),
        lambda r: [f"{r.facts.get('melder_type', UNKNOWN)} / {r.basis}"],
    ),
)
STAT_FIELDS = tuple(sorted({name for _id, _title, fields, _classify in TABLES for name in fields}))
Streams = dict[int, dict[str, int]]


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    years: tuple[int, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # category, count per year

    def total(self, year_index: int) -> int:
        return sum(counts[year_index] for _cat, counts in self.rows)


@dataclass(frozen=True, slots=True)
class Group:
    """``count`` persons of one year who share ``basis`` and the ``facts`` a table looks at."""

    year: int
    basis: str
    facts: Mapping[str, Any]
    count: int


def persons(records: Iterable[Record]) -> list[Record]:
    """One record per person per year (the last one seen); anonymous meldingen are persons of their own."""
    latest: dict[tuple[int, str], Record] = {}
    for record in records:
        latest[(record.year, record.person_id)] = record
    return list(latest.values())


def tabulate(groups: Mapping[str, Iterable[Group]], years: tuple[int, ...]) -> list[Table]:
    """The tables from per-table groups (the registry groups in SQL; ``compute`` groups in memory)."""
    tables = []
    for table_id, title, _fields, classify in TABLES:
        counts: dict[str, Counter[int]] = defaultdict(Counter)
        for group in groups.get(table_id, ()):
            for category in classify(Record(group.year, "", group.basis, group.facts)):
                counts[category][group.year] += group.count
        rows = tuple((cat, tuple(counts[cat][y] for y in years)) for cat in sorted(counts, key=str))
        tables.append(Table(table_id, _(title), years, rows))
    return tables


def compute(records: Iterable[Record]) -> tuple[list[Table], Streams]:
    """The tables, and per year the stream counts (meldingen, persons, not linkable)."""
    all_records = list(records)
    people = persons(all_records)
    years = tuple(sorted({r.year for r in all_records}))
    streams: Streams = defaultdict(lambda: {"meldingen": 0, "personen": 0, "anoniem": 0})
    for record in all_records:
        streams[record.year]["meldingen"] += 1
    for record in people:
        streams[record.year]["personen"] += 1
        streams[record.year]["anoniem"] += record.basis != "consent"
    groups: dict[str, list[Group]] = {}
    for table_id, _title, fields, _classify in TABLES:
        grouped: Counter[tuple[int, str, str]] = Counter()
        for record in people:
            chosen = {name: record.facts[name] for name in fields if name in record.facts}
            grouped[(record.year, record.basis, json.dumps(chosen, sort_keys=True))] += 1
        groups[table_id] = [Group(year, basis, json.loads(facts), n) for (year, basis, facts), n in grouped.items()]
    return tabulate(groups, years), dict(streams)


def shown(count: int) -> str:
    """A count as published: cells of 1 to 4 are suppressed, 0 is a dash."""
    if count == 0:
        return "-"
    return f"<{SMALL_CELL}" if count < SMALL_CELL else str(count)
