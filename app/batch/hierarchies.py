"""The generalisation hierarchies of the five quasi-identifiers (docs/batch-format.md, re-identification).

Each hierarchy is data: a list of levels, level 0 the exact value, every higher level coarser, the last one
(except for ``period``) the single value ``onderdrukt``. A value of level *l* generalised to a level at or
below *l* stays as it is, so generalising twice is generalising once to the higher level. ``onbekend``
(unknown) stays ``onbekend`` at every level but the top. Every value a melding may carry in one of these
fields after generalisation is listed here (or, for ``period``, matches one of ``PERIOD_PATTERNS``); the
registry accepts exactly these (issue 15).

| field | 0 | 1 | 2 | 3 | 4 |
|---|---|---|---|---|---|
| nationality | ISO 3166 code | region | NL / EU / NIET-EU | NL / NIET-NL | onderdrukt |
| age_band | 0-14 … 41+ | 0-17 / 18-30 / 31+ | minderjarig / volwassen | onderdrukt | |
| period | YYYY-MM | YYYY-Qn | YYYY-Hn | YYYY | |
| sector | sector | sector group | onderdrukt | | |
| gender | v / m / x | onderdrukt | | | |
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from app.batch.codes import AGE_BANDS, GENDERS, SECTOR_GROUPS, SECTORS, UNKNOWN
from app.batch.codes import AGE_GROUPS as AGE_GROUP_NAMES
from app.batch.codes import SUPPRESSED as SUPPRESSED  # re-exported: the hierarchies' top level
from app.batch.regions import EU_REGIONS, EU_SPLIT, NL_SPLIT, REGIONS, region_of

WIDER_AGE_BANDS = {"0-14": "0-17", "15-17": "0-17", "18-23": "18-30", "24-30": "18-30", "31-40": "31+", "41+": "31+"}
MINOR, ADULT = AGE_GROUP_NAMES
AGE_GROUPS = {"0-17": MINOR, "18-30": ADULT, "31+": ADULT}
MINOR_BANDS = frozenset({"0-14", "15-17", "0-17", MINOR})
ADULT_BANDS = frozenset({"18-23", "24-30", "31-40", "41+", "18-30", "31+", ADULT})


def _eu_split(region: str) -> str:
    if region in (UNKNOWN, "NL"):
        return region
    return "EU" if region in EU_REGIONS else "NIET-EU"


def _nl_split(value: str) -> str:
    return value if value in (UNKNOWN, "NL") else "NIET-NL"


def _quarter(period: str) -> str:
    if _MONTH.fullmatch(period):
        return f"{period[:4]}-Q{(int(period[5:]) - 1) // 3 + 1}"
    return period


def _half(period: str) -> str:
    period = _quarter(period)
    return f"{period[:4]}-H{1 if period[6] in '12' else 2}" if _QUARTER.fullmatch(period) else period


def _year(period: str) -> str:
    return period[:4] if _MONTH.fullmatch(period) or _QUARTER.fullmatch(period) or _HALF.fullmatch(period) else period


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_HALF = re.compile(r"\d{4}-H[12]")
_YEAR = re.compile(r"\d{4}")
PERIOD_PATTERNS = (_MONTH, _QUARTER, _HALF, _YEAR)  # the period at level 0, 1, 2, 3

Step = Callable[[str], str]


def _table(mapping: Mapping[str, str]) -> Step:
    return lambda value: mapping.get(value, value)


def _suppress(value: str) -> str:
    return SUPPRESSED


# Per field: the step from each level to the next (applied in order); the number of steps is the height.
STEPS: dict[str, tuple[Step, ...]] = {
    "period": (_quarter, _half, _year),
    "age_band": (_table(WIDER_AGE_BANDS), _table(AGE_GROUPS), _suppress),
    "gender": (_suppress,),
    "nationality": (region_of, _eu_split, _nl_split, _suppress),
    "sector": (_table(SECTOR_GROUPS), _suppress),
}
HEIGHTS = {field: len(steps) for field, steps in STEPS.items()}

# The finite levels as code lists (``period`` is the exception: its values follow PERIOD_PATTERNS).
LEVEL_VALUES: dict[str, tuple[frozenset[str], ...]] = {
    "age_band": (
        frozenset((*AGE_BANDS, UNKNOWN)),
        frozenset((*WIDER_AGE_BANDS.values(), UNKNOWN)),
        frozenset((MINOR, ADULT, UNKNOWN)),
        frozenset((SUPPRESSED,)),
    ),
    "gender": (frozenset(GENDERS), frozenset((SUPPRESSED,))),
    "nationality": (
        frozenset(),  # any ISO 3166 alpha-2 code, or onbekend
        frozenset(REGIONS),
        frozenset((*EU_SPLIT, UNKNOWN)),
        frozenset((*NL_SPLIT, UNKNOWN)),
        frozenset((SUPPRESSED,)),
    ),
    "sector": (frozenset((*SECTORS, UNKNOWN)), frozenset((*SECTOR_GROUPS.values(), UNKNOWN)), frozenset((SUPPRESSED,))),
}
_ISO = re.compile(r"[A-Z]{2}")


def generalise(field: str, value: str, level: int) -> str:
    """``value`` of ``field`` at ``level`` (a value already at that level or coarser stays as it is)."""
    own = level_of(field, value)
    for step in STEPS[field][own:level]:
        value = step(value)
    return value


def level_of(field: str, value: str) -> int:
    """The lowest level at which ``value`` occurs (``NL`` and ``onbekend`` occur at several: 0); a value that
    is in no list counts as exact (0)."""
    if field == "period":
        return next((n for n, pattern in enumerate(PERIOD_PATTERNS) if pattern.fullmatch(value)), 0)
    if value == UNKNOWN or (field == "nationality" and _ISO.fullmatch(value) and value != "EU"):
        return 0
    for level, values in enumerate(LEVEL_VALUES[field]):
        if value in values:
            return level
    return 0


def is_valid(field: str, value: str) -> bool:
    """Whether ``value`` is one the batch format allows in quasi-identifier ``field`` (at any level)."""
    if field == "period":
        return any(pattern.fullmatch(value) for pattern in PERIOD_PATTERNS)
    if field == "nationality" and (value == UNKNOWN or (_ISO.fullmatch(value) and value != "EU")):
        return True
    return any(value in values for values in LEVEL_VALUES[field])


def is_generalised(field: str, value: str) -> bool:
    """Whether a received value is coarser than the exact value (a region, a wider band, a quarter, …)."""
    return level_of(field, value) > 0


def minor_of_band(band: str) -> str:
    """``minor`` as the age band says it: ``ja`` for a minor band, ``nee`` for an adult one, else ``onbekend``."""
    if band in MINOR_BANDS:
        return "ja"
    return "nee" if band in ADULT_BANDS else UNKNOWN
