"""Argon2id cost chosen per machine at init (issue 17, point 7): about 0.5–0.8 s, 256 MiB where there is
memory to spare, never below 64 MiB; the parameters go into each slot. The real timing is in make bench."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.settings import OrgType, Settings
from app.crypto import kdf
from app.crypto.kdf import FLOOR_MEMORY_KIB, calibrate
from app.vault.keyslots import read_keyfile
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret

GIB = 1024 * 1024


def _machine(seconds_per_pass_at_256_mib: float) -> Callable[[int, int, int], float]:
    """A machine where Argon2id takes time in proportion to passes and memory."""

    def measure(iterations: int, memory_kib: int, _lanes: int) -> float:
        return seconds_per_pass_at_256_mib * iterations * memory_kib / (256 * 1024)

    return measure


def _estimate(cost: tuple[int, int, int], per_pass_at_256: float) -> float:
    iterations, memory, _lanes = cost
    return per_pass_at_256 * iterations * memory / (256 * 1024)


@pytest.mark.parametrize("per_pass", [0.05, 0.12, 0.2, 0.3])
def test_a_typical_laptop_gets_256_mib_and_half_to_most_of_a_second(per_pass: float) -> None:
    cost = calibrate(available_kib=8 * GIB, measure=_machine(per_pass))
    assert cost[1] == 256 * 1024
    assert 0.5 <= _estimate(cost, per_pass) <= 0.8


def test_a_machine_with_little_free_memory_uses_a_quarter_of_it_but_at_least_64_mib() -> None:
    cost = calibrate(available_kib=GIB, measure=_machine(0.1))
    assert cost[1] == 256 * 1024
    cost = calibrate(available_kib=GIB // 2, measure=_machine(0.1))
    assert cost[1] == 128 * 1024
    cost = calibrate(available_kib=100 * 1024, measure=_machine(0.1))
    assert cost[1] == FLOOR_MEMORY_KIB


def test_a_slow_machine_trades_memory_for_time_down_to_the_floor() -> None:
    cost = calibrate(available_kib=8 * GIB, measure=_machine(1.5))
    assert cost[1] == FLOOR_MEMORY_KIB and cost[0] >= 1
    assert _estimate(cost, 1.5) <= 0.8


def test_init_stores_the_calibrated_parameters_in_every_slot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: every slot had 64 MiB and 3 passes whatever the machine."""
    monkeypatch.setattr(kdf, "_calibrated", None)
    monkeypatch.setattr(kdf, "_seconds_for", _machine(0.2))
    monkeypatch.setattr(kdf, "_available_memory_kib", lambda: 8 * GIB)
    paths = VaultPaths(tmp_path / "v")
    session, _code = create_vault(
        paths,
        settings=Settings(org_name="GGD Teststad", org_type=OrgType.GGD_INTAKE, case_prefix="TS"),
        admin_name=ADMIN,
        admin_passphrase=secret(ADMIN_PASS),
        clock=FixedClock(),
    )
    session.lock()
    slots = read_keyfile(paths.keyfile).slots
    assert {(s.kdf.iterations, s.kdf.memory_kib) for s in slots} == {(3, 256 * 1024)}
