"""Where the melding schema used to live. It belongs to the batch format now: import from ``app.batch``
(``app.batch.schema``, ``app.batch.codes``, ``app.batch.period``). Kept only for callers not yet moved."""

from __future__ import annotations

from app.batch.canonical import json_line
from app.batch.codes import AGE_BANDS, SECTOR_GROUPS, age_band, sector_group
from app.batch.period import month_of, quarter_of, year_of
from app.batch.schema import MELDING_KEYS, PERSON_KEYS, QUASI_IDENTIFIERS, Basis, Facts, Melding, Person, Status

__all__ = [
    "AGE_BANDS",
    "MELDING_KEYS",
    "PERSON_KEYS",
    "QUASI_IDENTIFIERS",
    "SECTOR_GROUPS",
    "Basis",
    "Facts",
    "Melding",
    "Person",
    "Status",
    "age_band",
    "json_line",
    "month_of",
    "quarter_of",
    "sector_group",
    "year_of",
]
