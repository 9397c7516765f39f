"""Disclosure control that holds: no suppressed cell of any published table can be derived from the totals and
the other cells of its table (a solver-free checker: interval propagation over every line)."""

from __future__ import annotations

import random
from dataclasses import replace

from app.batch.schema import Basis, Facts
from app.core.disclosure import HIDDEN, check, complete, derivable, lines_of, protect, publish
from app.core.registry_stats import Record, compute
from app.demo.batches import sample_records


def test_the_issues_example_is_no_longer_derivable() -> None:
    column = {"ja": 3, "nee": 42}
    only_primary = {"ja": HIDDEN, "nee": "42"}
    assert derivable(only_primary, lines_of(column, False), column) == ["ja"]  # 45 - 42 = 3: what issue 15 found
    shown = protect(column)
    assert shown == {"ja": HIDDEN, "nee": HIDDEN} and derivable(shown, lines_of(column, False), column) == []


def test_a_small_cell_next_to_a_secondary_of_five_is_safe() -> None:
    column = {"a": 1, "b": 5, "c": 30}  # were the secondary known to be 5 or more, a would be 36 - 30 - 5 = 1
    shown = protect(column)
    assert shown == {"a": HIDDEN, "b": HIDDEN, "c": "30"} and derivable(shown, lines_of(column, False), column) == []


def test_cross_tables_are_protected_along_rows_and_columns() -> None:
    column = {"NL / ja": 3, "NL / nee": 40, "RO / ja": 10, "RO / nee": 20, "NG / ja": 7, "NG / nee": 9}
    shown = protect(column, cross=True)
    assert derivable(shown, lines_of(column, cross=True), column) == []


def _small_records(seed: int) -> list[Record]:
    rng = random.Random(seed)
    records = sample_records(300, years=(2025, 2026), seed=seed)
    return [  # a small registry: many cells of 1 to 4
        replace(r, facts=replace(r.facts, nationality=rng.choice(["NL", "RO", "NG", "GN", "onbekend"])))
        for r in records[: rng.randint(20, 300)]
    ]


def test_every_published_table_passes_the_checker() -> None:
    for seed in range(8):
        tables, _streams = compute(_small_records(seed))
        published = publish(tables)
        assert [t.id for t in published] == [t.id for t in tables]
        for table, shown in zip(tables, published, strict=True):
            assert check(table, shown) == [], (seed, table.id)
            for (_category, counts), (_same, cells) in zip(complete(table).rows, shown.rows, strict=True):
                for count, cell in zip(counts, cells, strict=True):
                    assert cell in (str(count), HIDDEN) if count else cell in ("-", HIDDEN)
                    assert cell == HIDDEN or count >= 5 or count == 0


def test_one_person_tables_stay_safe() -> None:
    facts = Facts.from_json({"gender": "v", "nationality": "NL", "minor": "ja", "forms": ["SU"]})
    tables, _streams = compute([Record(2026, "p", Basis.ANONYMOUS, facts)])
    assert all(check(t, p) == [] for t, p in zip(tables, publish(tables), strict=True))
