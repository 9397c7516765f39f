from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.vault.attempts import Failure, clear, delay_after, load, record, wait_seconds

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
