"""Removing a user or renewing the recovery code re-keys the vault (issue 17, point 1): a removed user (or
an old recovery code) with any old copy of the key file — every backup's ``.keys`` is one — recovered the
data key, read cases created after the removal and the signing key, and could forge an admin key file."""

from __future__ import annotations

import json
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.errors import SignaalError
from app.core.users import Role
from app.crypto.aead import seal
from app.crypto.kdf import derive_key
from app.vault import database
from app.vault.errors import VaultCorrupt, WrongCredentials
from app.vault.keyfile import KeyFile, parse
from app.vault.keyslots import _associated, make_slot, open_slot, user_label, write_keyfile
from app.vault.lifecycle import PassphraseCredentials, RecoveryCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, exports
from app.vault.session import Session
from app.vault.user_admin import add_user, remove_user, rotate_recovery
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret
from tests.helper_process import start_helper

BOB_PASS = "bob zijn eigen wachtzin"
CEM_PASS = "cem zijn eigen wachtzin"


def _old_data_key(keyfile_bytes: bytes, name: str, passphrase: str) -> bytearray:
    keyfile = parse(keyfile_bytes)
    slot = keyfile.find("user", user_label(keyfile.vault_id, name))
    assert slot is not None
    return open_slot(keyfile.vault_id, slot, secret(passphrase))


def test_a_removed_user_with_an_old_key_file_reads_nothing_new(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    add_user(session, "bob", Role.ADMIN, secret(BOB_PASS), kdf=cheap_kdf)
    old_keys = paths.keyfile.read_bytes()  # bob's copy (or any backup's .keys)
    old_key_id = exports.ensure_org_key(session).public().key_id_hex
    remove_user(session, "bob")
    cases.create(session)  # created after the removal
    session.lock()
    stolen = _old_data_key(old_keys, "bob", BOB_PASS)
    with pytest.raises(VaultCorrupt):
        database.connect(paths.db, stolen)  # the old data key opens nothing
    paths.keyfile.write_bytes(old_keys)  # nor does putting the old key file back
    with pytest.raises(SignaalError):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    with pytest.raises(SignaalError):
        unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    forged = parse(old_keys)  # an admin slot of his own, signed with the data key he knew
    mine = make_slot(
        forged.vault_id, "user", user_label(forged.vault_id, ADMIN), secret("mallory mallory"), stolen, cheap_kdf()
    )
    write_keyfile(paths.keyfile, forged.with_slot(mine), stolen)
    with pytest.raises(SignaalError):
        unlock(paths, PassphraseCredentials(ADMIN, secret("mallory mallory")), clock)
    _ = old_key_id


def test_remaining_users_and_the_recovery_code_still_open_it_and_the_signing_key_is_new(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, code = created
    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)
    add_user(session, "cem", Role.INTAKE, secret(CEM_PASS), kdf=cheap_kdf)
    before = exports.ensure_org_key(session).public().key_id_hex
    remove_user(session, "bob")
    after = exports.ensure_org_key(session).public().key_id_hex
    session.lock()
    assert after != before
    unlock(paths, PassphraseCredentials("cem", secret(CEM_PASS)), clock).lock()
    with unlock(paths, RecoveryCredentials(code), clock) as again:
        assert json.loads(
            again.conn.execute("SELECT value FROM meta WHERE key = 'retired_org_keys'").fetchone()[0]
        ) == [before]
        assert [str(r[0]) for r in again.conn.execute("SELECT action FROM audit_log")].count("rekey") == 1
    with pytest.raises(WrongCredentials):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)


def test_an_old_recovery_code_with_an_old_key_file_opens_nothing_after_renewal(
    created: tuple[Session, str], paths: VaultPaths, clock: FixedClock
) -> None:
    session, old_code = created
    old_keys = paths.keyfile.read_bytes()
    new_code = rotate_recovery(session, kdf=cheap_kdf)
    session.lock()
    paths.keyfile.write_bytes(old_keys)
    with pytest.raises(SignaalError):
        unlock(paths, RecoveryCredentials(old_code), clock)
    keyfile = parse(old_keys)
    recovery_slot = keyfile.find("recovery", "recovery")
    assert recovery_slot is not None
    from app.vault import recovery

    old_key = open_slot(keyfile.vault_id, recovery_slot, recovery.normalise(old_code).encode("ascii"))
    with pytest.raises(VaultCorrupt):
        database.connect(paths.db, old_key)
    assert new_code != old_code


def test_a_slot_from_before_key_pairs_gets_one_at_its_owners_unlock(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    keyfile = parse(paths.keyfile.read_bytes())
    admin_slot = keyfile.find("user", user_label(keyfile.vault_id, ADMIN))
    assert admin_slot is not None
    legacy = replace(admin_slot, public=b"", box=b"", wrapped=b"", nonce=b"")
    kek = derive_key(secret(ADMIN_PASS), legacy.kdf)
    nonce, wrapped = seal(kek, session.data_key, _associated(keyfile.vault_id, legacy))
    write_keyfile(
        paths.keyfile,
        KeyFile(
            keyfile.vault_id,
            keyfile.generation,
            (replace(legacy, nonce=nonce, wrapped=wrapped), *[s for s in keyfile.slots if s.id != admin_slot.id]),
        ),
        session.data_key,
    )
    session.lock()
    unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock).lock()
    upgraded = parse(paths.keyfile.read_bytes()).by_id(admin_slot.id)
    assert upgraded is not None and upgraded.public and upgraded.box


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", ["next", "recorded", "reencrypted"])
@pytest.mark.parametrize("who_comes_next", [ADMIN, "cem"])
def test_sigkill_at_every_step_of_a_rekey(
    session: Session, paths: VaultPaths, clock: FixedClock, kill_after: str, who_comes_next: str
) -> None:
    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)
    add_user(session, "cem", Role.INTAKE, secret(CEM_PASS), kdf=cheap_kdf)
    old_keys = paths.keyfile.read_bytes()
    session.lock()
    remover = start_helper("tests.vault.rekey_killer", str(paths.home), kill_after, passphrase=ADMIN_PASS)
    assert remover.stdout is not None
    assert "not killed" not in remover.stdout.read()
    remover.wait()
    remover.stdout.close()
    passphrase = ADMIN_PASS if who_comes_next == ADMIN else CEM_PASS
    with unlock(paths, PassphraseCredentials(who_comes_next, secret(passphrase)), clock) as after:
        names = [str(r[0]) for r in after.conn.execute("SELECT name FROM users WHERE removed_at IS NULL")]
        removed = kill_after != "next"
        assert ("bob" not in names) == removed
        assert database.integrity_problems(after.conn) == []
    assert not Path(str(paths.keyfile) + ".next").exists()
    if removed:
        with pytest.raises(VaultCorrupt):
            database.connect(paths.db, _old_data_key(old_keys, "bob", BOB_PASS))
        with pytest.raises(WrongCredentials):
            unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    else:  # killed before the removal was recorded: nothing happened
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock).lock()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", ["recorded", "reencrypted"])
def test_a_removed_user_cannot_open_an_interrupted_rekey(
    session: Session, paths: VaultPaths, clock: FixedClock, kill_after: str
) -> None:
    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)
    session.lock()
    remover = start_helper("tests.vault.rekey_killer", str(paths.home), kill_after, passphrase=ADMIN_PASS)
    assert remover.stdout is not None
    remover.stdout.read()
    remover.wait()
    remover.stdout.close()
    with pytest.raises(SignaalError):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock).lock()


def test_a_backup_from_before_the_removal_restores_under_the_new_key(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    from app.workflows.backup import backup_now, restore

    add_user(session, "bob", Role.ADMIN, secret(BOB_PASS), kdf=cheap_kdf)
    kept = cases.create(session).code
    target = backup_now(session, tmp_path / "b.signaal")  # under the old data key, bob in its .keys
    remove_user(session, "bob")
    session.lock()
    with pytest.raises(WrongCredentials):  # bob cannot use it to come back
        restore(paths, target, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    restored, _aside = restore(paths, target, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    with restored:
        assert cases.by_code(restored, kept).code == kept
    with pytest.raises(VaultCorrupt):
        database.connect(paths.db, _old_data_key(target.with_name(target.name + ".keys").read_bytes(), "bob", BOB_PASS))


def test_removing_a_user_while_the_vault_is_open_elsewhere_changes_nothing(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    from app.vault.errors import VaultBusy

    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)
    keys_before = paths.keyfile.read_bytes()
    with (
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock),  # a second window, say
        pytest.raises(VaultBusy),
    ):
        remove_user(session, "bob")
    assert paths.keyfile.read_bytes() == keys_before and not Path(str(paths.keyfile) + ".next").exists()
    remove_user(session, "bob")  # once alone, it works
    session.lock()
    with pytest.raises(WrongCredentials):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)


def test_a_full_disk_before_the_removal_is_recorded_changes_nothing(
    session: Session, paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from app.vault import atomic
    from app.vault.errors import StorageFull

    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(StorageFull):
        remove_user(session, "bob")
    monkeypatch.undo()
    assert session.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not Path(str(paths.keyfile) + ".next").exists()
    session.lock()
    unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock).lock()
