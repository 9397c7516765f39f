"""Failed unlock attempts and the delay they impose.

They happen while the vault is locked, so they are kept in a small file beside it; at the next successful
unlock they are copied into the audit log and the file is cleared. The file holds times and slot labels,
never names or passphrases. Deleting it resets the delay: the delay slows down guessing at the screen,
while offline guessing is slowed by Argon2id on every try.

Attempts are serialised by an exclusive lock on ``….attempts.lock`` (held from reading the failures to
recording the outcome), so parallel guesses cannot all slip through before the first failure is written,
nor overwrite each other's records. A failure time in the future (the clock ran ahead) counts as now, so
it can never lock out for longer than the longest delay.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
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
    _save(path, failures)
    return failures


def current(path: Path, now: datetime) -> list[Failure]:
    """The recorded failures, with times in the future (the clock ran ahead) capped to ``now`` and saved
    that way, so the delay they impose counts from the first moment they were seen."""
    failures = load(path)
    if any(f.at > now for f in failures):
        failures = [Failure(min(f.at, now), f.label) for f in failures]
        _save(path, failures)
    return failures


def _save(path: Path, failures: list[Failure]) -> None:
    doc = {"failures": [{"at": to_text(f.at), "label": f.label} for f in failures]}
    atomic_write(path, json.dumps(doc).encode("ascii"))


def clear(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def wait_seconds(failures: list[Failure], now: datetime) -> int:
    """How long before the next attempt is allowed (0 = now); never more than ``MAX_DELAY_SECONDS``."""
    if not failures:
        return 0
    last = min(failures[-1].at, now)  # recorded while the clock ran ahead: counts from now
    allowed_at = last + timedelta(seconds=delay_after(len(failures)))
    remaining = (allowed_at - now).total_seconds()
    return max(0, int(remaining + 0.999))


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def serialised(path: Path) -> Iterator[None]:
    """Hold the attempts lock (blocking) for one whole attempt: check the delay, run the KDF, record."""
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            while True:
                with contextlib.suppress(OSError):
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
