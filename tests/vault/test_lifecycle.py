"""Creating and unlocking a vault; wrong passphrases; the recovery code; a tampered key file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.core.errors import WeakPassphrase
from app.core.settings import OrgType, Settings
from app.core.users import Role
from app.vault import audit_log, recovery
from app.vault.errors import (
    KeyFileCorrupt,
    KeyFileRolledBack,
    KeyFileTampered,
    TooManyAttempts,
    VaultExists,
    VaultNotFound,
    WrongCredentials,
    WrongRecoveryCode,
)
from app.vault.lifecycle import PassphraseCredentials, RecoveryCredentials, create_vault, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from app.vault.session import Session, VaultLocked
from app.vault.user_admin import add_user
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret


def _login(paths: VaultPaths, clock: FixedClock, name: str = ADMIN, passphrase: str = ADMIN_PASS) -> Session:
    return unlock(paths, PassphraseCredentials(name, secret(passphrase)), clock)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_then_unlock_as_admin(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    case = cases.create(session)
    session.lock()
    with _login(paths, clock) as again:
        assert again.user.name == ADMIN and again.user.role is Role.ADMIN
        assert cases.get(again, case.id).code == "TS-2026-0001"


def test_user_name_is_case_insensitive(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    session.lock()
    with _login(paths, clock, name="  anna   ADMIN ") as again:
        assert again.user.name == ADMIN


def test_create_refuses_existing_vault(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    before = _snapshot(paths.home)
    with pytest.raises(VaultExists):
        create_vault(
            paths,
            settings=Settings("x", OrgType.COA, "XX"),
            admin_name="b",
            admin_passphrase=secret(ADMIN_PASS),
            clock=clock,
            kdf=cheap_kdf,
        )
    assert _snapshot(paths.home) == before


def test_create_refuses_weak_passphrase_and_writes_nothing(paths: VaultPaths, clock: FixedClock) -> None:
    with pytest.raises(WeakPassphrase):
        create_vault(
            paths,
            settings=Settings("x", OrgType.COA, "XX"),
            admin_name="b",
            admin_passphrase=secret("kort"),
            clock=clock,
            kdf=cheap_kdf,
        )
    assert not paths.home.exists()


def test_missing_vault_is_reported(tmp_path: Path, clock: FixedClock) -> None:
    with pytest.raises(VaultNotFound):
        _login(VaultPaths(tmp_path / "nothing"), clock)
    assert not (tmp_path / "nothing").exists()


def test_wrong_passphrase_changes_no_vault_file(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    cases.create(session)
    session.lock()
    before = _snapshot(paths.home)
    with pytest.raises(WrongCredentials) as error:
        _login(paths, clock, passphrase="verkeerde wachtzin!")
    assert "onjuist" in str(error.value)
    after = _snapshot(paths.home)
    assert set(after) == set(before) | {paths.attempts.name}
    assert all(after[name] == data for name, data in before.items())


def test_unknown_user_gives_the_same_message(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    session.lock()
    with pytest.raises(WrongCredentials) as unknown:
        _login(paths, clock, name="niemand")
    with pytest.raises(WrongCredentials) as wrong:
        _login(paths, clock, passphrase="fout fout fout")
    assert str(unknown.value) == str(wrong.value)


def test_failures_delay_the_next_try_and_land_in_the_audit_log(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    session.lock()
    for _ in range(4):
        with pytest.raises(WrongCredentials):
            _login(paths, clock, passphrase="fout fout fout")
    with pytest.raises(TooManyAttempts) as waiting:
        _login(paths, clock)
    assert waiting.value.wait_seconds == 2
    assert "2 seconden" in str(waiting.value)
    clock.advance(seconds=2)
    with pytest.raises(WrongCredentials):
        _login(paths, clock, name="niemand")
    with pytest.raises(TooManyAttempts) as longer:
        _login(paths, clock)
    assert longer.value.wait_seconds == 4
    clock.advance(seconds=4)
    with _login(paths, clock) as again:
        rows = list(audit_log.entries(again.conn))
    failed = [r for r in rows if r.action == "unlock_failed"]
    assert [r.actor for r in failed] == [ADMIN] * 4 + ["?"]
    assert rows[-1].action == "unlock"
    assert not paths.attempts.exists()


def test_recovery_code_unlocks_as_admin_and_is_audited(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, code = created
    session.lock()
    typed = recovery.format_groups(code).lower().replace("-", " ")
    with unlock(paths, RecoveryCredentials(typed), clock) as again:
        assert again.user.is_recovery and again.user.role is Role.ADMIN
        assert list(audit_log.entries(again.conn))[-1].action == "recovery_used"


def test_wrong_recovery_code_is_refused_and_counted(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, code = created
    session.lock()
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    with pytest.raises(WrongRecoveryCode):
        unlock(paths, RecoveryCredentials(wrong), clock)
    with pytest.raises(WrongRecoveryCode):
        unlock(paths, RecoveryCredentials("te kort"), clock)
    assert paths.attempts.exists()


def test_lock_drops_the_connection_and_wipes_the_key(session: Session) -> None:
    key = session.data_key
    session.lock()
    assert session.is_locked and key == bytearray(len(key))
    with pytest.raises(VaultLocked):
        cases.create(session)


def _edit_keyfile(paths: VaultPaths, change: callable) -> None:  # type: ignore[valid-type]
    doc = json.loads(paths.keyfile.read_text())
    change(doc)
    paths.keyfile.write_text(json.dumps(doc))


def test_edited_slot_parameters_make_the_slot_fail(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    session.lock()
    _edit_keyfile(paths, lambda d: d["slots"][0]["kdf"].update(t=2))
    with pytest.raises(WrongCredentials):
        _login(paths, clock)


def test_removed_slot_is_detected_by_the_keyfile_mac(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, _code = created
    session.lock()
    _edit_keyfile(paths, lambda d: d["slots"].pop())  # drop the recovery slot
    with pytest.raises(KeyFileTampered):
        _login(paths, clock)


def test_garbage_keyfile_is_reported_as_corrupt(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    session.lock()
    paths.keyfile.write_bytes(b"\x00not json")
    with pytest.raises(KeyFileCorrupt):
        _login(paths, clock)


def test_an_old_keyfile_copy_is_refused(session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path) -> None:
    old = tmp_path / "old.keys"
    shutil.copy(paths.keyfile, old)
    add_user(session, "Bram", Role.INTAKE, secret("bram zijn wachtzin"), kdf=cheap_kdf)
    session.lock()
    shutil.copy(old, paths.keyfile)
    with pytest.raises(KeyFileRolledBack):
        _login(paths, clock)


def test_default_kdf_parameters_are_the_calibrated_ones(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cost measured for this machine (tests/crypto/test_calibration.py), not a fixed one."""
    monkeypatch.setattr("app.crypto.kdf._calibrated", (2, 131072, 4))
    paths = VaultPaths(tmp_path / "v")
    session, _code = create_vault(
        paths,
        settings=Settings("x", OrgType.DTV, "DT"),
        admin_name="b",
        admin_passphrase=secret(ADMIN_PASS),
        clock=clock,
    )
    session.lock()
    slot = json.loads(paths.keyfile.read_text())["slots"][0]["kdf"]
    assert (slot["t"], slot["m"], slot["p"]) == (2, 131072, 4)
    with _login(paths, clock, name="b"):
        pass
