"""Disclosure control of the published tables (CSV, PDF): primary and secondary cell suppression, and a
solver-free check that no suppressed cell can be derived.

The rule (docs/registry.md, "Disclosure control"). Per table and year, the *lines* are the whole column and, in
a cross-table (``a / b``), every row group ``a / *`` and column group ``* / b``; the total of each line counts as
published (exact when it is 5 or more, otherwise known to lie in 1..4). A count of 1 to 4 is suppressed
(primary); 0 is shown as ``-``. Then, as long as a primary cell can be derived from the totals and the other
cells of its lines, the smallest shown non-zero cell of such a line is suppressed too (secondary), or, when
none is left, a zero of the line (a cross-table holds every combination of its two parts, zeros included).
All are shown as ``x``, so a reader knows of a hidden cell only that it is 0 or more: telling them apart
(``<5`` next to ``x``) would pin a small cell whenever its line holds one secondary of exactly 5. The check
narrows every cell's interval by every line until nothing changes (interval propagation, no solver) and names
the small cells pinned to one value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.registry_stats import CROSS_TABLES, SMALL_CELL, Table

HIDDEN, ZERO = "x", "-"
_BIG = 10**9


@dataclass(frozen=True, slots=True)
class Line:
    cells: tuple[str, ...]  # categories
    low: int  # the line total as published: exact (low == high) or 1..4
    high: int


def lines_of(column: Mapping[str, int], cross: bool) -> list[Line]:
    """The lines of one year of a table: the column, and in a cross-table its row and column groups."""
    groups: dict[str, list[str]] = {"": list(column)}
    if cross:
        for category in column:
            first, _sep, second = category.partition(" / ")
            groups.setdefault(f"{first} / *", []).append(category)
            groups.setdefault(f"* / {second}", []).append(category)
    lines = []
    for members in groups.values():
        total = sum(column[c] for c in members)
        low, high = (total, total) if total == 0 or total >= SMALL_CELL else (1, SMALL_CELL - 1)
        lines.append(Line(tuple(members), low, high))
    return lines


def bounds(shown: Mapping[str, str], lines: Iterable[Line]) -> dict[str, tuple[int, int]]:
    """What a reader can know of each cell from the published cells and line totals (interval propagation)."""
    known = {c: _interval(text) for c, text in shown.items()}
    all_lines = list(lines)
    changed = True
    while changed:
        changed = False
        for line in all_lines:
            lows = sum(known[c][0] for c in line.cells)
            highs = sum(known[c][1] for c in line.cells)
            for c in line.cells:
                low, high = known[c]
                new = (max(low, line.low - (highs - high)), min(high, line.high - (lows - low)))
                if new != known[c]:
                    known[c], changed = new, True
                    lows, highs = lows - low + new[0], highs - high + new[1]
    return known


def _interval(text: str) -> tuple[int, int]:
    if text == HIDDEN:
        return 0, _BIG
    return (0, 0) if text == ZERO else (int(text), int(text))


def derivable(shown: Mapping[str, str], lines: Sequence[Line], column: Mapping[str, int]) -> list[str]:
    """The small cells (1 to 4 in ``column``) whose value a reader can work out exactly from ``shown``."""
    known = bounds(shown, lines)
    return [c for c, n in column.items() if 0 < n < SMALL_CELL and known[c][0] == known[c][1]]


def protect(column: Mapping[str, int], cross: bool = False) -> dict[str, str]:
    """One year of a table as published: primary suppression, then secondary until no small cell is derivable."""
    shown = {c: (ZERO if n == 0 else HIDDEN if n < SMALL_CELL else str(n)) for c, n in column.items()}
    lines = lines_of(column, cross)
    given_up: set[str] = set()
    while pinned := [c for c in derivable(shown, lines, column) if c not in given_up]:
        cell = pinned[0]
        around = [c for line in lines if cell in line.cells for c in line.cells if shown[c] != HIDDEN]
        if not around:
            given_up.add(cell)  # every cell of its lines is hidden already: nothing more to hide
            continue
        shown[min(around, key=lambda c: (column[c] == 0, column[c], c))] = HIDDEN
    return shown


@dataclass(frozen=True, slots=True)
class Published:
    """A table as it leaves the registry: every cell a text (a count, ``-`` or ``x``)."""

    id: str
    title: str
    years: tuple[int, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    generalised: tuple[int, ...] = ()  # per year: records counted with a generalised value (not suppressed:
    # a count of records per year, not of any cell)


def publish(tables: Iterable[Table]) -> list[Published]:
    """Every table with its small cells suppressed, and secondary cells where a small one could be derived."""
    published = []
    for table in map(complete, tables):
        cross = table.id in CROSS_TABLES
        columns = [protect({c: counts[n] for c, counts in table.rows}, cross) for n in range(len(table.years))]
        rows = tuple((c, tuple(column[c] for column in columns)) for c, _counts in table.rows)
        published.append(Published(table.id, table.title, table.years, rows, table.generalised))
    return published


def complete(table: Table) -> Table:
    """A cross-table with a row for every combination of the parts it holds (zeros included); others as they are."""
    if table.id not in CROSS_TABLES:
        return table
    counts = dict(table.rows)
    parts = [category.partition(" / ") for category in counts]
    firsts, seconds = dict.fromkeys(p[0] for p in parts), dict.fromkeys(p[2] for p in parts)
    zero = tuple(0 for _year in table.years)
    rows = tuple((f"{a} / {b}", counts.get(f"{a} / {b}", zero)) for a in firsts for b in seconds)
    return Table(table.id, table.title, table.years, rows, table.generalised)


def check(table: Table, published: Published) -> list[tuple[int, str]]:
    """(year, category) of every suppressed cell a reader can derive from ``published`` and its line totals."""
    found = []
    table = complete(table)
    for n, year in enumerate(table.years):
        column = {c: counts[n] for c, counts in table.rows}
        shown = {c: texts[n] for c, texts in published.rows}
        found += [(year, c) for c in derivable(shown, lines_of(column, table.id in CROSS_TABLES), column)]
    return found
