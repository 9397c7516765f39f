"""Failed unlock attempts and the delay they impose.

They happen while the vault is locked, so they are kept in a small file beside it; at the next successful
unlock they are copied into the audit log and the file is cleared. The file holds times and slot labels,
never names or passphrases. Deleting it resets the delay: the delay slows down guessing at the screen,
while offline guessing is slowed by Argon2id on every try.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.core.clock import from_text, to_text
from app.vault.atomic import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
KEEP = 200


@dataclass(frozen=True, slots=True)
class Failure:
    at: datetime
    label: str  # slot label tried, "recovery", or "" when no slot matched


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures: 0, 0, 0, 2, 4, 8, … up to 5 minutes."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


def load(path: Path) -> list[Failure]:
    """The recorded failures; an unreadable file counts as none (it is not security-relevant)."""
    try:
        doc = json.loads(path.read_text("ascii"))
        return [Failure(from_text(str(f["at"])), str(f["label"])) for f in doc["failures"]][-KEEP:]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def record(path: Path, failure: Failure) -> list[Failure]:
    failures = [*load(path), failure][-KEEP:]
    doc = {"failures": [{"at": to_text(f.at), "label": f.label} for f in failures]}
    atomic_write(path, json.dumps(doc).encode("ascii"))
    return failures


def clear(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def wait_seconds(failures: list[Failure], now: datetime) -> int:
    """How long before the next attempt is allowed (0 = now)."""
    if not failures:
        return 0
    allowed_at = failures[-1].at + timedelta(seconds=delay_after(len(failures)))
    remaining = (allowed_at - now).total_seconds()
    return max(0, int(remaining + 0.999))
