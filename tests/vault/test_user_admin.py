"""Users and key slots: add, remove, change and reset passphrases, renew the recovery code."""

from __future__ import annotations

import json

import pytest

from app.core.errors import NotAllowed, WeakPassphrase
from app.core.users import Role
from app.vault import audit_log
from app.vault.errors import LastAdmin, StorageFull, UnknownUser, UserExists, WrongCredentials
from app.vault.lifecycle import PassphraseCredentials, RecoveryCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session
from app.vault.user_admin import add_user, change_passphrase, remove_user, reset_passphrase, rotate_recovery
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret

BRAM_PASS = "bram zijn eigen wachtzin"


def _login(paths: VaultPaths, clock: FixedClock, name: str, passphrase: str) -> Session:
    return unlock(paths, PassphraseCredentials(name, secret(passphrase)), clock)


def _slots(paths: VaultPaths) -> dict[str, dict[str, object]]:
    return {s["id"]: s for s in json.loads(paths.keyfile.read_text())["slots"]}


def test_added_user_can_unlock_with_own_role(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    session.lock()
    with _login(paths, clock, "bram", BRAM_PASS) as bram:
        assert bram.user.role is Role.INTAKE
        with pytest.raises(NotAllowed):
            add_user(bram, "Cem", Role.ADMIN, secret(BRAM_PASS), kdf=cheap_kdf)


def test_no_user_name_in_the_keyfile(session: Session, paths: VaultPaths) -> None:
    add_user(session, "Bram Zeldzaamnaam", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    assert b"zeldzaamnaam" not in paths.keyfile.read_bytes().lower()


def test_duplicate_and_weak_are_refused(session: Session) -> None:
    add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    with pytest.raises(UserExists):
        add_user(session, " BRAM ", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    with pytest.raises(WeakPassphrase):
        add_user(session, "Cem", Role.INTAKE, secret("123"), kdf=cheap_kdf)


def test_removed_user_can_no_longer_unlock(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    remove_user(session, "Bram")
    session.lock()
    with pytest.raises(WrongCredentials):
        _login(paths, clock, "Bram", BRAM_PASS)


def test_a_removed_name_can_be_added_again(session: Session) -> None:
    add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    remove_user(session, "Bram")
    assert add_user(session, "Bram", Role.COORDINATOR, secret(BRAM_PASS), kdf=cheap_kdf).role is Role.COORDINATOR


def test_last_admin_stays(session: Session) -> None:
    with pytest.raises(LastAdmin):
        remove_user(session, ADMIN)
    with pytest.raises(UnknownUser):
        remove_user(session, "niemand")


def test_change_passphrase_rewraps_only_that_slot(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    before = _slots(paths)
    change_passphrase(session, secret(ADMIN_PASS), secret("een heel nieuwe wachtzin"), kdf=cheap_kdf)
    after = _slots(paths)
    kept = set(before) & set(after)
    assert len(kept) == len(before) - 1 and all(before[i] == after[i] for i in kept)
    session.lock()
    with pytest.raises(WrongCredentials):
        _login(paths, clock, ADMIN, ADMIN_PASS)
    with _login(paths, clock, ADMIN, "een heel nieuwe wachtzin"):
        pass
    with _login(paths, clock, "Bram", BRAM_PASS):
        pass


def test_change_needs_the_old_passphrase(session: Session) -> None:
    with pytest.raises(WrongCredentials):
        change_passphrase(session, secret("niet de oude wachtzin"), secret("een heel nieuwe wachtzin"))


def test_recovery_then_reset_a_forgotten_passphrase(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, code = created
    session.lock()
    with unlock(paths, RecoveryCredentials(code), clock) as rescue:
        reset_passphrase(rescue, ADMIN, secret("weer een nieuwe wachtzin"), kdf=cheap_kdf)
        with pytest.raises(NotAllowed):
            change_passphrase(rescue, secret("x"), secret("weer een nieuwe wachtzin"))
    with _login(paths, clock, ADMIN, "weer een nieuwe wachtzin") as admin:
        actions = [e.action for e in audit_log.entries(admin.conn)]
    assert "recovery_used" in actions and "passphrase_reset" in actions


def test_renewed_recovery_code_replaces_the_old(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, old = created
    new = rotate_recovery(session, kdf=cheap_kdf)
    assert new != old
    session.lock()
    with pytest.raises(Exception, match="herstelcode"):
        unlock(paths, RecoveryCredentials(old), clock)
    with unlock(paths, RecoveryCredentials(new), clock):
        pass


def test_full_disk_while_writing_the_keyfile_changes_nothing(
    session: Session, paths: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    before = paths.keyfile.read_bytes()
    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StorageFull, match="niet genoeg ruimte"):
        add_user(session, "Bram", Role.INTAKE, secret(BRAM_PASS), kdf=cheap_kdf)
    monkeypatch.undo()
    assert paths.keyfile.read_bytes() == before
    assert sorted(p.name for p in paths.home.iterdir() if p.name.startswith(".")) == []
    assert session.conn.execute("SELECT count(*) FROM users WHERE name = 'Bram'").fetchone()[0] == 0
