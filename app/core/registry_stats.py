"""The National Rapporteur's standard tables from registry records, counting persons (linked meldingen
are one person) per year; small cells are suppressed in everything that leaves the registry (disclosure.py).

A person counts once in every person table, with the facts of their last melding of the year, and once under
each reporter type that reported them that year in the reporter tables (``melder``, ``melder_basis``,
``melder_vorm``), as the Rapporteur's tables do. A table's rows are the categories that occur: a new value of
the batch format (a generalised region, age band or sector group) becomes a row of its own with no change
here; only its words are added in app/core/registry_labels.py. Cross-tables have categories ``a / b``."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from app.batch.codes import UNKNOWN, sector_group
from app.batch.hierarchies import SUPPRESSED, is_generalised
from app.batch.schema import QUASI_IDENTIFIERS, Basis, Facts
from app.core.generalised_labels import region_row
from app.core.i18n import N_, _

SMALL_CELL = 5
UBS_FORMS = {"AU", "GD", "CU", "OV"}


@dataclass(frozen=True, slots=True)
class Record:
    """One melding as the statistics see it."""

    year: int
    person_id: str
    basis: Basis
    facts: Facts
    reporters: tuple[str, ...] = ()  # every reporter type of this person this year; () = the facts' own

    def reporter_types(self) -> tuple[str, ...]:
        return self.reporters or (self.facts.melder_type,)


def four_forms(facts: Facts) -> list[str]:
    """BL-SU, GO-SU, BL-UBS, GO-UBS from the facts: domestic (Dutch) or cross-border, sexual or other."""
    nationality = facts.nationality
    scope = "BL" if nationality == "NL" else ("GO" if nationality not in (UNKNOWN, SUPPRESSED) else "?")
    forms = set(facts.forms)
    kinds = (["SU"] if "SU" in forms else []) + (["UBS"] if forms & UBS_FORMS else [])
    if scope == "?" or not kinds:
        return [_("onbekend")]
    return [f"{scope}-{kind}" for kind in kinds]


def _forms(facts: Facts) -> list[str]:
    return list(facts.forms) or [UNKNOWN]


def _cross(first: list[str], second: list[str]) -> list[str]:
    return [f"{a} / {b}" for a in first for b in second]


REPORTERS = "reporters"  # the pseudo-field of the reporter tables: every reporter type of the person
BASIS = "basis"  # the pseudo-field of a table that reads the basis (anonymous / consent)
PSEUDO_FIELDS = frozenset({REPORTERS, BASIS})

Classifier = Callable[[Record], list[str]]
# (table id, title, the fact fields the classifier reads, classifier)
TABLES: tuple[tuple[str, str, tuple[str, ...], Classifier], ...] = (
    ("totaal", N_("Totaal (personen)"), (), lambda r: ["totaal"]),
    ("gender", N_("Gender"), ("gender",), lambda r: [r.facts.gender]),
    ("leeftijd", N_("Leeftijd bij melding"), ("age_band",), lambda r: [r.facts.age_band]),
    ("minderjarig", N_("Minderjarig"), ("minor",), lambda r: [r.facts.minor]),
    (
        "nationaliteit",
        N_("Nationaliteit (of regio na generalisatie)"),
        ("nationality",),
        lambda r: [r.facts.nationality],
    ),
    ("regio", N_("Regio van herkomst"), ("nationality",), lambda r: [region_row(r.facts.nationality)]),
    ("vorm", N_("Vorm van uitbuiting"), ("forms",), lambda r: _forms(r.facts)),
    (
        "vier_vormen",
        N_("Binnenlands / grensoverschrijdend × seksueel / overig (BL-SU … GO-UBS)"),
        ("nationality", "forms"),
        lambda r: four_forms(r.facts),
    ),
    ("sector", N_("Sector (groep)"), ("sector",), lambda r: [sector_group(r.facts.sector)]),
    ("melder", N_("Soort melder"), (REPORTERS,), lambda r: list(r.reporter_types())),
    ("aangifte", N_("Aangifte"), ("aangifte",), lambda r: [r.facts.aangifte]),
    ("bedenktijd", N_("Bedenktijd aangeboden"), ("bedenktijd",), lambda r: [r.facts.bedenktijd]),
    ("opvang", N_("Behoefte aan opvang"), ("shelter_need",), lambda r: [r.facts.shelter_need]),
    (
        "melder_basis",
        N_("Soort melder × grondslag (anoniem / met toestemming)"),
        (BASIS, REPORTERS),
        lambda r: _cross(list(r.reporter_types()), [r.basis.value]),
    ),
    (
        "nationaliteit_minderjarig",
        N_("Nationaliteit × minderjarig"),
        ("nationality", "minor"),
        lambda r: _cross([r.facts.nationality], [r.facts.minor]),
    ),
    (
        "vorm_gender",
        N_("Vorm van uitbuiting × gender"),
        ("forms", "gender"),
        lambda r: _cross(_forms(r.facts), [r.facts.gender]),
    ),
    (
        "vorm_leeftijd",
        N_("Vorm van uitbuiting × leeftijd"),
        ("forms", "age_band"),
        lambda r: _cross(_forms(r.facts), [r.facts.age_band]),
    ),
    (
        "melder_vorm",
        N_("Soort melder × vorm van uitbuiting"),
        (REPORTERS, "forms"),
        lambda r: _cross(list(r.reporter_types()), _forms(r.facts)),
    ),
)
CROSS_TABLES = frozenset({"melder_basis", "nationaliteit_minderjarig", "vorm_gender", "vorm_leeftijd", "melder_vorm"})
STAT_FIELDS = tuple(sorted({name for _id, _title, fields, _classify in TABLES for name in fields} - PSEUDO_FIELDS))
Streams = dict[int, dict[str, int]]


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    years: tuple[int, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # category, count per year
    generalised: tuple[int, ...] = ()  # per year: records counted with a generalised value (issue 16)

    def total(self, year_index: int) -> int:
        return sum(counts[year_index] for _cat, counts in self.rows)


@dataclass(frozen=True, slots=True)
class Group:
    """``count`` persons of one year who share ``basis`` and the ``facts`` a table looks at (the fields it does
    not look at are unknown)."""

    year: int
    basis: Basis
    facts: Facts
    count: int
    reporters: tuple[str, ...] = ()


def persons(records: Iterable[Record]) -> list[Record]:
    """One record per person per year (the last one seen, with every reporter type of the year); anonymous
    meldingen are persons of their own."""
    latest: dict[tuple[int, str], Record] = {}
    reporters: dict[tuple[int, str], set[str]] = defaultdict(set)
    for record in records:
        latest[(record.year, record.person_id)] = record
        reporters[(record.year, record.person_id)].update(record.reporter_types())
    return [replace(record, reporters=tuple(sorted(reporters[key]))) for key, record in latest.items()]


def tabulate(groups: Mapping[str, Iterable[Group]], years: tuple[int, ...]) -> list[Table]:
    """The tables from per-table groups (the registry groups in SQL; ``compute`` groups in memory)."""
    tables = []
    for table_id, title, fields, classify in TABLES:
        counts: dict[str, Counter[int]] = defaultdict(Counter)
        generalised: Counter[int] = Counter()
        for group in groups.get(table_id, ()):
            for category in classify(Record(group.year, "", group.basis, group.facts, group.reporters)):
                counts[category][group.year] += group.count
            if any(is_generalised(name, getattr(group.facts, name)) for name in fields if name in QUASI_IDENTIFIERS):
                generalised[group.year] += group.count
        rows = tuple((cat, tuple(counts[cat][y] for y in years)) for cat in sorted(counts, key=str))
        tables.append(Table(table_id, _(title), years, rows, tuple(generalised[y] for y in years)))
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
        streams[record.year]["anoniem"] += record.basis is not Basis.CONSENT
    groups: dict[str, list[Group]] = {}
    for table_id, _title, fields, _classify in TABLES:
        grouped: Counter[tuple[int, Basis, Facts, tuple[str, ...]]] = Counter()
        for record in people:
            reporters = record.reporters if REPORTERS in fields else ()
            grouped[(record.year, record.basis, only(record.facts, fields), reporters)] += 1
        groups[table_id] = [Group(y, basis, facts, n, reps) for (y, basis, facts, reps), n in grouped.items()]
    return tabulate(groups, years), dict(streams)


def only(facts: Facts, fields: tuple[str, ...]) -> Facts:
    """``facts`` with every field but ``fields`` unknown, so that records a table counts alike group alike."""
    return replace(_NOTHING_KNOWN, **{name: getattr(facts, name) for name in fields if name not in PSEUDO_FIELDS})


_NOTHING_KNOWN = Facts.from_json({})


def shown(count: int) -> str:
    """A count as published: cells of 1 to 4 are suppressed, 0 is a dash."""
    if count == 0:
        return "-"
    return f"<{SMALL_CELL}" if count < SMALL_CELL else str(count)
