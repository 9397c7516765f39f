"""Deadlines that follow from track transitions: end of the bedenktijd, a follow-up conversation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.core.i18n import N_, _
from app.core.ids import CaseId
from app.core.tracks import Track

BEDENKTIJD_MONTHS = 3
FOLLOW_UP_DAYS = 14


class ReminderKind(StrEnum):
    BEDENKTIJD_EINDE = "bedenktijd_einde"
    VERVOLGGESPREK = "vervolggesprek"
    EIGEN = "eigen"  # set by the user

    @property
    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    ReminderKind.BEDENKTIJD_EINDE: N_("einde bedenktijd"),
    ReminderKind.VERVOLGGESPREK: N_("vervolggesprek"),
    ReminderKind.EIGEN: N_("herinnering"),
}


@dataclass(frozen=True, slots=True)
class Reminder:
    """An open deadline or reminder of a case, as the vault stores it."""

    id: int
    case_id: CaseId
    case_code: str
    kind: ReminderKind
    due: date
    note: str


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    add: tuple[tuple[ReminderKind, date], ...] = ()
    settle: tuple[ReminderKind, ...] = ()  # open reminders of these kinds are done


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def after_transition(track: Track, state: str, detail: Mapping[str, object], today: date) -> DeadlineChange:
    if track is Track.VERBLIJF:
        if state == "bedenktijd_lopend":
            start = date.fromisoformat(str(detail.get("start", today.isoformat())))
            return DeadlineChange(add=((ReminderKind.BEDENKTIJD_EINDE, add_months(start, BEDENKTIJD_MONTHS)),))
        return DeadlineChange(settle=(ReminderKind.BEDENKTIJD_EINDE,))
    if track is Track.SIGNALERING:
        if state == "signalen_vastgelegd":
            return DeadlineChange(add=((ReminderKind.VERVOLGGESPREK, today + timedelta(days=FOLLOW_UP_DAYS)),))
        if state in ("besproken_met_persoon", "afgesloten"):
            return DeadlineChange(settle=(ReminderKind.VERVOLGGESPREK,))
    return DeadlineChange()
