"""Shared fixtures. Qt runs offscreen; vaults use cheap Argon2 parameters (the real ones are tested too)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SIGNAAL_LANG"] = "nl"

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import locale
from app.catalogs import compile_all
from app.core.settings import OrgType, Settings
from app.crypto.kdf import KdfParams
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.session import Session

ADMIN = "Anna Admin"
ADMIN_PASS = "correct paard batterij nietje"


def pytest_sessionstart(session: pytest.Session) -> None:
    """The .mo files are build output (``make catalogs``); compile them here too so plain ``pytest`` works."""
    compile_all()


@pytest.fixture(autouse=True)
def dutch_after_each_test() -> Iterator[None]:
    """A test that switches the language must not leave the next one in English."""
    yield
    locale.activate("nl")


@pytest.fixture(autouse=True)
def keep_the_test_process_dumpable(monkeypatch: pytest.MonkeyPatch) -> None:
    """``signaal`` run in-process would lower this process's hard core limit for good, and every later child
    would inherit it; tests/test_hardening.py checks the real entry points in fresh processes instead."""
    monkeypatch.setattr("app.cli.forbid_core_dumps", lambda: None)


@pytest.fixture(autouse=True)
def calibrated_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults made through the CLI or the UI in tests get the old fixed cost (3 passes, 64 MiB) instead of
    0.5–0.8 s per unlock measured on this machine; tests/crypto/test_calibration.py tests the measuring."""
    monkeypatch.setattr("app.crypto.kdf._calibrated", (3, 65536, 4))


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 3, 7, 9, 30, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def cheap_kdf() -> KdfParams:
    return KdfParams.fresh(iterations=1, memory_kib=1024, lanes=1)


def secret(text: str) -> bytearray:
    return bytearray(text.encode("utf-8"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def paths(tmp_path: Path) -> VaultPaths:
    return VaultPaths(tmp_path / "vault")


@pytest.fixture
def created(paths: VaultPaths, clock: FixedClock) -> Iterator[tuple[Session, str]]:
    session, code = create_vault(
        paths,
        settings=Settings(org_name="GGD Teststad", org_type=OrgType.GGD_INTAKE, case_prefix="TS"),
        admin_name=ADMIN,
        admin_passphrase=secret(ADMIN_PASS),
        clock=clock,
        kdf=cheap_kdf,
    )
    yield session, code
    session.lock()


@pytest.fixture
def session(created: tuple[Session, str]) -> Session:
    return created[0]


@pytest.fixture
def recovery_code(created: tuple[Session, str]) -> str:
    return created[1]
