from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.vault import lifecycle
from app.vault.attempts import (
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    Failure,
    clear,
    delay_after,
    load,
    record,
    wait_seconds,
)
from app.vault.errors import TooManyAttempts, WrongCredentials
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def test_delay_grows_and_is_capped() -> None:
    assert [delay_after(n) for n in range(1, 8)] == [0, 0, 0, 2, 4, 8, 16]
    assert delay_after(50) == 300


def test_wait_counts_down_from_the_last_failure(tmp_path: Path) -> None:
    path = tmp_path / "a"
    failures = []
    for n in range(5):
        failures = record(path, Failure(T0 + timedelta(seconds=n), "x"))
    assert wait_seconds(failures, T0 + timedelta(seconds=4)) == 4
    assert wait_seconds(failures, T0 + timedelta(seconds=6.5)) == 2
    assert wait_seconds(failures, T0 + timedelta(seconds=9)) == 0
    assert load(path) == failures
    clear(path)
    assert load(path) == [] and not path.exists()


def test_unreadable_file_counts_as_no_failures(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"\xff garbage")
    assert load(tmp_path / "a") == []


def test_parallel_guesses_are_serialised_and_all_recorded(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17, point 6: 24 parallel guesses all ran the full check and only 16 were recorded."""
    created[0].lock()
    kdf_runs: list[int] = []
    real_open_slot = lifecycle.open_slot

    def slow_open_slot(*args: Any) -> bytearray:
        kdf_runs.append(1)
        time.sleep(0.02)  # as if Argon2id took a while: the guesses overlap
        return real_open_slot(*args)

    monkeypatch.setattr(lifecycle, "open_slot", slow_open_slot)

    def guess(_n: int) -> str:
        try:
            unlock(paths, PassphraseCredentials(ADMIN, secret("fout geraden nummer")), clock)
        except WrongCredentials:
            return "wrong"
        except TooManyAttempts:
            return "wait"
        return "opened"

    with ThreadPoolExecutor(max_workers=24) as pool:
        outcomes = list(pool.map(guess, range(24)))
    tried = FREE_ATTEMPTS + 1  # three free failures, then the fourth try is allowed and the fifth must wait
    assert outcomes.count("wrong") == tried and outcomes.count("wait") == 24 - tried
    assert len(kdf_runs) == tried
    assert len(load(paths.attempts)) == tried


def test_failures_recorded_while_the_clock_ran_ahead_do_not_lock_out(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    """Issue 17, point 6: failures stamped a day ahead said "Wacht 86404 seconden" to the right passphrase."""
    created[0].lock()
    ahead = FixedClock(clock.now() + timedelta(days=1))
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(WrongCredentials):
            unlock(paths, PassphraseCredentials(ADMIN, secret("fout geraden nummer")), ahead)
    with pytest.raises(TooManyAttempts) as waiting:
        unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    assert waiting.value.wait_seconds <= delay_after(FREE_ATTEMPTS + 1)
    clock.advance(seconds=waiting.value.wait_seconds)
    unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock).lock()


def test_a_future_failure_time_never_waits_longer_than_the_longest_delay() -> None:
    failures = [Failure(T0 + timedelta(days=400), "x")] * 50
    assert wait_seconds(failures, T0) == MAX_DELAY_SECONDS
