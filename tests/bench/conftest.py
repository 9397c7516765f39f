"""Benchmarks (``make bench``): each test measures one figure of DESIGN.md §8 and records it; the table of
target and measured value is printed at the end. Synthetic data only; setup is not measured."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.clock import to_text
from app.core.settings import OrgType, Settings
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.session import Session
from tests.conftest import FixedClock, secret

PASSPHRASE = "benchmark wachtzin voor synthetische data"


@dataclass
class Figure:
    name: str
    target: str
    measured: str
    ok: bool | None  # None: no target, a figure to read


_FIGURES: list[Figure] = []


def record(name: str, measured: float, unit: str, limit: float | None, *, better: str = "lower") -> None:
    ok = None if limit is None else (measured <= limit if better == "lower" else measured >= limit)
    target = "–" if limit is None else f"{'≤' if better == 'lower' else '≥'} {limit:g} {unit}"
    _FIGURES.append(Figure(name, target, f"{measured:.3g} {unit}", ok))


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """Median wall-clock seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    width = max(len(f.name) for f in _FIGURES)
    terminalreporter.write_sep("=", "Signaal benchmarks (DESIGN.md §8)")
    terminalreporter.write_line(f"{'figure':{width}}  {'target':>14}  {'measured':>14}  result")
    for f in _FIGURES:
        verdict = {True: "ok", False: "MISSED", None: ""}[f.ok]
        terminalreporter.write_line(f"{f.name:{width}}  {f.target:>14}  {f.measured:>14}  {verdict}")


def new_vault(home: Path, *, org_type: OrgType = OrgType.GGD_INTAKE, real_kdf: bool = False) -> Session:
    from app.crypto.kdf import KdfParams

    session, _code = create_vault(
        VaultPaths(home),
        settings=Settings("Bench", org_type, "BN"),
        admin_name="bench",
        admin_passphrase=secret(PASSPHRASE),
        clock=FixedClock(datetime(2026, 11, 23, 9, tzinfo=UTC)),
        kdf=KdfParams.calibrated if real_kdf else (lambda: KdfParams.fresh(iterations=1, memory_kib=1024, lanes=1)),
    )
    return session


def bulk_cases(session: Session, count: int, *, melding: bool = False, seed: int = 7) -> None:
    """``count`` synthetic cases straight into the tables (setup, not measured): varied nationality, age,
    gender, an interview level for some, open tracks and deadlines for some; a melding concept if asked."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    nationalities = ["RO", "BG", "HU", "PL", "NL", "NG", "ER", "SY", "UA", "CN", "BR", "VN"]
    with session.transaction():
        first = session.conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0] + 1
        cases, interviews, transitions, reminders = [], [], [], []
        for n in range(first, first + count):
            at = to_text(start + timedelta(minutes=17 * n))
            cases.append(
                (
                    n,
                    f"BN-2026-{n:05d}",
                    at,
                    rng.choice(["v", "m", "onbekend"]),
                    rng.choice(nationalities),
                    rng.randint(1970, 2008),
                )
            )
            if n % 3 == 0:
                interviews.append(
                    (
                        n,
                        n,
                        "ggd_intake",
                        "2026.11",
                        "h",
                        at,
                        rng.choice(["geen_signalen", "signalen_aanwezig", "sterke_signalen"]),
                    )
                )
            if n % 4 == 0:
                transitions.append((n, "signalering", "signalen_vastgelegd", at, "bench"))
                reminders.append((n, "vervolggesprek", (start + timedelta(days=n % 400)).date().isoformat(), at))
            if melding:
                transitions.append((n, "melding", "concept", at, "bench"))
        session.conn.executemany(
            "INSERT INTO cases (id, code, created_at, gender, nationality, birth_year) VALUES (?, ?, ?, ?, ?, ?)", cases
        )
        session.conn.executemany(
            "INSERT INTO interviews (id, case_id, form_id, form_version, form_hash, started_at, level)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            interviews,
        )
        session.conn.executemany(
            "INSERT INTO track_transitions (case_id, track, state, at, user_name) VALUES (?, ?, ?, ?, ?)", transitions
        )
        session.conn.executemany(
            "INSERT INTO reminders (case_id, kind, due, created_at) VALUES (?, ?, ?, ?)", reminders
        )


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("bench")
