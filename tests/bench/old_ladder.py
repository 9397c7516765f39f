"""The re-identification check as it was before issue 16 (a fixed four-step ladder per record), kept only so
that ``make bench`` can print its figures next to the lattice search's on the same data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.batch.codes import sector_group
from app.batch.hierarchies import generalise as up
from app.batch.hierarchies import level_of
from app.batch.period import quarter_of, year_of
from app.batch.regions import region_of
from app.batch.schema import QUASI_IDENTIFIERS, Facts

LADDER: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("nationality", region_of),
    ("period", quarter_of),
    ("sector", sector_group),
    ("period", year_of),
)


def _keys_per_level(facts: Facts) -> list[tuple[str, ...]]:
    values = {name: getattr(facts, name) for name in QUASI_IDENTIFIERS}
    keys = [tuple(values[name] for name in QUASI_IDENTIFIERS)]
    for field, step in LADDER:
        values[field] = step(values[field])
        keys.append(tuple(values[name] for name in QUASI_IDENTIFIERS))
    return keys


def loss(facts: Facts) -> float:
    """The same information loss as the lattice search's (normalised generalisation height)."""
    heights = {"period": 3, "age_band": 3, "gender": 1, "nationality": 4, "sector": 2}
    return sum(level_of(n, getattr(facts, n)) / heights[n] for n in QUASI_IDENTIFIERS) / len(QUASI_IDENTIFIERS)


def check(
    batch: Sequence[tuple[str, Facts]], history: Sequence[Facts], k: int
) -> list[tuple[str, Facts | None, float]]:
    """Per record: uuid, the facts as released (None: held back), the information loss."""
    batch_keys = [_keys_per_level(facts) for _uuid, facts in batch]
    pool = batch_keys + [_keys_per_level(facts) for facts in history]
    counts = [Counter(keys[level] for keys in pool) for level in range(len(LADDER) + 1)]
    out: list[tuple[str, Facts | None, float]] = []
    for (uuid, facts), keys in zip(batch, batch_keys, strict=True):
        sizes = [counts[level][key] for level, key in enumerate(keys)]
        level = next((n for n, size in enumerate(sizes) if size >= k), None)
        if level is None:
            out.append((uuid, None, 1.0))
            continue
        released = replace(facts, **dict(zip(QUASI_IDENTIFIERS, keys[level], strict=True)))  # type: ignore[arg-type]
        out.append((uuid, released, loss(released)))
    return out


__all__ = ["check", "loss", "up"]
