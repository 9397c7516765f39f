"""Restore cannot roll back or lock out (issue 17, points 2 and 3): admins only; current users, slots,
keys, settings and audit log stay; never a moment without a vault; never advise ``signaal init``."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from app.core.errors import NotAllowed
from app.core.settings import OrgType, Settings
from app.core.users import Role
from app.vault import audit_log
from app.vault.errors import VaultExists, VaultNotFound, WrongCredentials
from app.vault.lifecycle import PassphraseCredentials, create_vault, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from app.vault.repos import users as users_repo
from app.vault.session import Session
from app.vault.user_admin import add_user, remove_user
from app.workflows.backup import backup_now, restore
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret
from tests.helper_process import start_helper

BOB_PASS = "bob zijn eigen wachtzin"


def test_an_intake_user_cannot_restore(session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path) -> None:
    add_user(session, "bob", Role.INTAKE, secret(BOB_PASS), kdf=cheap_kdf)
    target = backup_now(session, tmp_path / "b.signaal")
    later = cases.create(session).code
    session.lock()
    with pytest.raises(NotAllowed):
        restore(paths, target, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    assert not list(paths.home.glob("replaced-*"))
    with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as after:
        assert cases.by_code(after, later).code == later


def test_a_removed_user_cannot_restore_an_old_backup_to_come_back(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    """Issue 17, point 1/2: ``signaal restore old-backup --user bob`` by the removed (admin) user worked."""
    add_user(session, "bob", Role.ADMIN, secret(BOB_PASS), kdf=cheap_kdf)
    target = backup_now(session, tmp_path / "b.signaal")
    remove_user(session, "bob")
    session.lock()
    with pytest.raises(WrongCredentials):
        restore(paths, target, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    with pytest.raises(WrongCredentials):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)


def test_restore_keeps_the_current_users_slots_and_audit_log(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    kept = cases.create(session).code
    add_user(session, "bob", Role.ADMIN, secret(BOB_PASS), kdf=cheap_kdf)
    target = backup_now(session, tmp_path / "b.signaal")
    remove_user(session, "bob")
    add_user(session, "cem", Role.INTAKE, secret("cem zijn eigen wachtzin"), kdf=cheap_kdf)
    cases.create(session)
    rows_before = len(list(audit_log.entries(session.conn)))
    keyfile_before = paths.keyfile.read_bytes()
    session.lock()
    restored, _aside = restore(paths, target, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    with restored:
        assert [u.name for u in users_repo.active(restored.conn)] == [ADMIN, "cem"]
        codes = [str(r[0]) for r in restored.conn.execute("SELECT code FROM cases")]
        assert codes == [kept]
        log = list(audit_log.entries(restored.conn))
        assert len(log) > rows_before and log[-1].action == "restore" and audit_log.verify(restored.conn).ok
    assert paths.keyfile.read_bytes() == keyfile_before
    with pytest.raises(WrongCredentials):
        unlock(paths, PassphraseCredentials("bob", secret(BOB_PASS)), clock)
    unlock(paths, PassphraseCredentials("cem", secret("cem zijn eigen wachtzin")), clock).lock()


def test_leftovers_of_a_restore_never_lead_to_a_new_empty_vault(paths: VaultPaths, clock: FixedClock) -> None:
    """Issue 17, point 3: with the vault folder emptied and the data in ``replaced-…``, the next start
    offered ``signaal init``."""
    (paths.home / "replaced-20260307-093000").mkdir(parents=True)
    with pytest.raises(VaultNotFound) as missing:
        unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    assert "signaal init" not in missing.value.message() and "replaced-" in missing.value.message()
    assert paths.exists()
    with pytest.raises(VaultExists):
        create_vault(
            paths,
            settings=Settings(org_name="GGD Teststad", org_type=OrgType.GGD_INTAKE, case_prefix="TS"),
            admin_name=ADMIN,
            admin_passphrase=secret(ADMIN_PASS),
            clock=clock,
            kdf=cheap_kdf,
        )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("new_machine", [False, True], ids=["over-a-vault", "new-machine"])
@pytest.mark.parametrize("kill_after", ["prepared", "journal", "aside", "database", "keys"])
def test_sigkill_at_every_step_of_a_restore_leaves_a_vault_that_opens(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path, kill_after: str, new_machine: bool
) -> None:
    """Issue 17, point 3: SIGKILL as ``replaced-…`` appeared left the vault folder empty in 2 of 3 tries."""
    kept = cases.create(session).code
    target = backup_now(session, tmp_path / "b.signaal")
    later = cases.create(session).code
    session.lock()
    home = VaultPaths(tmp_path / "new-laptop") if new_machine else paths
    restorer = start_helper(
        "tests.workflows.restore_killer", str(home.home), str(target), ADMIN, kill_after, passphrase=ADMIN_PASS
    )
    assert restorer.stdout is not None
    tail = restorer.stdout.read()
    restorer.wait()
    restorer.stdout.close()
    killed = "not killed" not in tail
    assert killed or (kill_after == "keys" and not new_machine)  # over a vault the key file stays as it is
    if new_machine and kill_after == "prepared":  # nothing was installed: no vault, and that is said plainly
        with pytest.raises(VaultNotFound):
            unlock(home, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
        assert not home.exists()
        return
    with unlock(home, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as after:
        codes = {str(r[0]) for r in after.conn.execute("SELECT code FROM cases")}
        rolled_forward = kill_after != "prepared"
        assert codes == ({kept} if rolled_forward else {kept, later})
        assert audit_log.verify(after.conn).ok
    assert not list(home.home.glob(".restore*")) and not (home.home / "restore.pending").exists()
    if rolled_forward and not new_machine:
        aside = next(home.home.glob("replaced-*"))
        assert (aside / paths.db.name).is_file() and (aside / paths.keyfile.name).is_file()
