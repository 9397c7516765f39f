"""The National Rapporteur's layouts from the standard tables: a count per year with its index and growth
(as Tabel B3.1), and the share of minors per nationality group (as Tabel 2.2). The B3.x tables are the standard
tables of one reporter's view (``statistics(..., reporter="dtv")``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.registry_stats import Table

OTHER = "overig"


@dataclass(frozen=True, slots=True)
class YearRow:
    year: int
    count: int
    index: float  # the first year = 1.0
    growth: float | None  # against the year before, in percent; None for the first year


def per_year(total: Table) -> list[YearRow]:
    """Tabel B3.1: the persons per year, the index against the first year and the growth against the year before."""
    counts = [total.total(n) for n in range(len(total.years))]
    rows = []
    for n, (year, count) in enumerate(zip(total.years, counts, strict=True)):
        index = math.floor(count / counts[0] * 10 + 0.5) / 10 if counts[0] else 0.0  # half up, as the Rapporteur
        growth = round(100 * (count - counts[n - 1]) / counts[n - 1]) if n and counts[n - 1] else None
        rows.append(YearRow(year, count, index, growth))
    return rows


@dataclass(frozen=True, slots=True)
class MinorsRow:
    group: str  # a nationality code, ``overig`` (every other, unknown included) or ``totaal``
    persons: tuple[int, ...]  # per year
    minors: tuple[int, ...]  # per year


def minors_by_nationality(cross: Table, groups: Sequence[str]) -> list[MinorsRow]:
    """Tabel 2.2 from the ``nationaliteit_minderjarig`` table: persons and minors per year for each of
    ``groups``, the others (unknown included) together, and the total."""
    width = len(cross.years)
    persons = {name: [0] * width for name in (*groups, OTHER, "totaal")}
    minors = {name: [0] * width for name in persons}
    for category, counts in cross.rows:
        nationality, _sep, minor = category.partition(" / ")
        for name in (nationality if nationality in groups else OTHER, "totaal"):
            for n, count in enumerate(counts):
                persons[name][n] += count
                minors[name][n] += count if minor == "ja" else 0
    return [MinorsRow(name, tuple(persons[name]), tuple(minors[name])) for name in persons]
