"""Time as a parameter: production code asks a ``Clock``; tests pass a fixed one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """Always the same moment: for reproducible documents (previews, the self-test) and tests."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def to_text(moment: datetime) -> str:
    """ISO 8601 in UTC with a trailing Z, at second precision (how times are stored)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_text(text: str) -> datetime:
    """The inverse of ``to_text`` (``fromisoformat``: case lists and exports parse tens of thousands)."""
    if len(text) != 20 or text[10] != "T" or text[-1] != "Z":
        raise ValueError(f"not a stored time: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
