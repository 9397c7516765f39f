"""The registry's statistics straight from the vault. One scan of a covering index (registry migration 0003: the
fields the tables read, as indexed expressions) yields every counted melding in per-person order; the last
one of each person per year counts as that person, with every reporter type of that year; per table the persons
are grouped by the few fields it reads, and the core classifies the groups. ``records`` gives the raw rows, for
computing in memory. Both take the same filters: one reporter type, one sending organisation (key id)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from app.batch.schema import Basis, Facts, Status
from app.core.registry_stats import BASIS, REPORTERS, STAT_FIELDS, TABLES, Group, Record, Streams, Table, tabulate
from app.vault.session import Session

_COUNTED = f"status != '{Status.WITHDRAWN.value}' AND facts IS NOT NULL AND year IS NOT NULL"
# (a melding that is not withdrawn always has facts: ``store.load``; so the scan can leave that test out)
_MELDER = "json_extract(facts, '$.melder_type')"
_FIELDS = ", ".join(f"json_extract(facts, '$.{name}')" for name in STAT_FIELDS)  # as indexed in registry migration 0003
_SCAN = (
    f"SELECT year, person_id, basis, {_MELDER}, {_FIELDS}"
    f" FROM reg_meldingen INDEXED BY reg_meldingen_stats WHERE status != '{Status.WITHDRAWN.value}'"
    " AND year IS NOT NULL{filters}"
    " ORDER BY year, person_id, updated_at, uuid"
)
# Persons are counted once per pass over a few fields of small range together; each table's counts are then
# summed out of the first pass that holds all its fields (six passes instead of one per table).
PASSES: tuple[tuple[str, ...], ...] = (
    ("gender", "minor", "aangifte", "shelter_need"),
    ("age_band", "bedenktijd", "sector"),
    ("forms", "gender", "age_band"),
    ("nationality", "minor", "forms"),
    (BASIS, REPORTERS, "forms"),
)
_BASES: dict[str | None, Basis] = {None: Basis.ANONYMOUS, **{basis.value: basis for basis in Basis}}


def _filters(reporter: str | None, sender: str | None) -> tuple[str, tuple[str, ...]]:
    clauses, values = [], []
    if reporter is not None:
        clauses.append(f" AND {_MELDER} = ?")
        values.append(reporter)
    if sender is not None:
        clauses.append(" AND key_id = ?")
        values.append(sender)
    return "".join(clauses), tuple(values)


def records(session: Session, *, reporter: str | None = None, sender: str | None = None) -> list[Record]:
    where, values = _filters(reporter, sender)
    rows = session.conn.execute(
        f"SELECT year, person_id, basis, facts FROM reg_meldingen WHERE {_COUNTED}{where} ORDER BY updated_at, uuid",
        values,
    )
    return [
        Record(int(year), str(person), _BASES[basis], Facts.from_json(json.loads(facts)))
        for year, person, basis, facts in rows
    ]


def statistics(
    session: Session, *, reporter: str | None = None, sender: str | None = None
) -> tuple[list[Table], Streams]:
    """The standard tables and the yearly streams (meldingen, persons, not linkable); the same result as
    ``compute(records(session))``, much faster. ``reporter``: only meldingen of that reporter type (the DT&V
    appendix tables are one reporter's view); ``sender``: only those of one sending organisation (key id)."""
    where, values = _filters(reporter, sender)
    streams: Streams = defaultdict(lambda: {"meldingen": 0, "personen": 0, "anoniem": 0})
    people: list[tuple[Any, ...]] = []
    reporters: list[tuple[str, ...]] = []
    previous: tuple[Any, Any] | None = None
    meldingen: Counter[int] = Counter()
    for row in session.conn.execute(_SCAN.format(filters=where), values):
        meldingen[row[0]] += 1
        key = (row[0], row[1])
        if key == previous:
            people[-1] = row  # a later melding of the same person in the same year
            if row[3] not in reporters[-1]:
                reporters[-1] = tuple(sorted({*reporters[-1], row[3]}))
        else:
            people.append(row)
            reporters.append((row[3],))
            previous = key
    if not people:
        return tabulate({}, ()), {}
    years, _persons, raw_bases, _melder, *values_ = zip(*people, strict=True)
    for (year, raw_basis), count in Counter(zip(years, raw_bases, strict=True)).items():
        streams[year]["meldingen"] = meldingen[year]
        streams[year]["personen"] += count
        if raw_basis != Basis.CONSENT.value:
            streams[year]["anoniem"] += count
    columns: dict[str, tuple[Any, ...]] = dict(zip(STAT_FIELDS, values_, strict=True))
    columns[REPORTERS], columns[BASIS] = tuple(reporters), raw_bases
    passes: dict[tuple[str, ...], Counter[tuple[Any, ...]]] = {}
    groups: dict[str, list[Group]] = {}
    for table_id, _title, fields, _classify in TABLES:
        fields_pass = next(p for p in PASSES if set(fields) <= set(p)) if fields else PASSES[0]
        if fields_pass not in passes:
            passes[fields_pass] = Counter(zip(years, *(columns[name] for name in fields_pass), strict=True))
        where_in = [fields_pass.index(name) + 1 for name in fields]
        summed: Counter[tuple[Any, ...]] = Counter()
        for key, count in passes[fields_pass].items():
            summed[(key[0], *(key[i] for i in where_in))] += count
        groups[table_id] = [_group(fields, key, count) for key, count in summed.items()]
    return tabulate(groups, tuple(sorted(streams))), dict(streams)


def _group(fields: tuple[str, ...], key: tuple[Any, ...], count: int) -> Group:
    """A group from the indexed columns (SQL values of ``json_extract``); fields it does not read are unknown."""
    year, *values = key
    found = dict(zip(fields, values, strict=True))
    reporters = found.pop(REPORTERS, ())
    basis = _BASES[found.pop(BASIS, None)]
    known = {name: value for name, value in found.items() if value is not None}
    facts = Facts.from_json({name: json.loads(str(v)) if name == "forms" else v for name, v in known.items()})
    return Group(int(year), basis, facts, count, reporters)
