"""One row of the case list: what a worker scans for, without identifying data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.assessment import Level
from app.core.ids import CaseId
from app.core.tracks import Track


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: CaseId
    code: str
    closed: bool
    checklist: str | None  # checklist id of the newest interview
    last_interview: date | None
    level: Level | None
    open_tracks: tuple[Track, ...]
    next_deadline: date | None
