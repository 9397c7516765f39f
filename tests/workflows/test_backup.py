"""Encrypted backups and restoring them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.cases import Identity
from app.core.errors import NotFound
from app.vault import audit_log
from app.vault.backup import keys_path
from app.vault.errors import BackupExists, VaultCorrupt, WrongCredentials
from app.vault.lifecycle import PassphraseCredentials, RecoveryCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from app.vault.session import Session
from app.workflows.backup import backup_now, restore
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret

MARKER = "Backupmarkeernaam"


def _creds() -> PassphraseCredentials:
    return PassphraseCredentials(ADMIN, secret(ADMIN_PASS))


def test_backup_is_encrypted_and_checked(session: Session, tmp_path: Path) -> None:
    case = cases.create(session)
    cases.set_identity(session, case.id, Identity(family_name=MARKER))
    (tmp_path / "stick").mkdir()
    target = backup_now(session, tmp_path / "stick")
    assert target.parent == tmp_path / "stick" and keys_path(target).is_file()
    assert MARKER.encode() not in target.read_bytes()
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"
    assert list(audit_log.entries(session.conn))[-1].action == "backup"


def test_restore_brings_back_the_backup_and_keeps_the_replaced_files(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    kept = cases.create(session).code
    target = backup_now(session, tmp_path / "b.signaal")
    later = cases.create(session).code
    session.lock()
    restored, aside = restore(paths, target, _creds(), clock)
    with restored:
        assert list(audit_log.entries(restored.conn))[-1].action == "restore"
        assert cases.by_code(restored, kept).code == kept
        with pytest.raises(NotFound):
            cases.by_code(restored, later)
        assert audit_log.verify(restored.conn).ok
    assert (aside / paths.db.name).is_file() and (aside / paths.keyfile.name).is_file()


def test_restore_on_a_new_machine_with_the_recovery_code(
    created: tuple[Session, str], tmp_path: Path, clock: FixedClock
) -> None:
    session, code = created
    cases.create(session)
    target = backup_now(session, tmp_path / "b.signaal")
    session.lock()
    elsewhere = VaultPaths(tmp_path / "new-laptop")
    restored, _aside = restore(elsewhere, target, RecoveryCredentials(code), clock)
    with restored:
        assert restored.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_wrong_passphrase_restores_nothing(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    target = backup_now(session, tmp_path / "b.signaal")
    session.lock()
    before = paths.db.read_bytes()
    with pytest.raises(WrongCredentials):
        restore(paths, target, PassphraseCredentials(ADMIN, secret("fout fout fout")), clock)
    assert paths.db.read_bytes() == before


def test_damaged_backup_is_refused_before_anything_changes(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    target = backup_now(session, tmp_path / "b.signaal")
    session.lock()
    data = bytearray(target.read_bytes())
    data[5000] ^= 0xFF
    target.write_bytes(bytes(data))
    before = sorted(p.name for p in paths.home.iterdir())
    with pytest.raises(VaultCorrupt):
        restore(paths, target, _creds(), clock)
    assert sorted(p.name for p in paths.home.iterdir()) == before
    with unlock(paths, _creds(), clock):
        pass


def test_missing_backup_is_reported(paths: VaultPaths, clock: FixedClock, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        restore(paths, tmp_path / "nope.signaal", _creds(), clock)


def test_backup_files_are_owner_only(session: Session, tmp_path: Path) -> None:
    """Issue 17, point 9: the copy was 0644 (readable by every account on the laptop)."""
    target = backup_now(session, tmp_path / "b.signaal")
    assert target.stat().st_mode & 0o777 == 0o600
    assert keys_path(target).stat().st_mode & 0o777 == 0o600


def test_backup_to_an_existing_path_is_a_clear_error_and_overwrites_nothing(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "b.signaal"
    target.write_bytes(b"something else")
    with pytest.raises(BackupExists) as raised:
        backup_now(session, target)
    assert str(target) in raised.value.message() and target.read_bytes() == b"something else"
    assert not keys_path(target).exists()
