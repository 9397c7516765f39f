"""Re-keying the vault after a user is removed or the recovery code renewed: a new random data key for the
database (SQLCipher ``PRAGMA rekey``), boxed to every remaining slot (their passphrases are not needed),
and a new signing key for the organisation. Whoever held the old data key — the removed user, an old
recovery code, an old copy of the key file or a backup — cannot open the vault any more, nor forge a key
file for it (its MAC is under the new key).

Crash-safe in four steps; each can be killed after, and the next unlock finishes or undoes it (``recover``):

1. the new key file (``vault.signaal.keys.next``, generation g+1, MAC under the new key) is written;
2. the change (user removed / code renewed, new signing key, generation g+1, audit rows) is committed;
3. the database is re-encrypted in one transaction (rollback journal: either all pages old or all new);
4. the new key file is renamed over the old one.

``recover`` (before each unlock, with the credentials being tried): when the database already records
generation g+1 the re-key is rolled forward (pages re-encrypted if still needed, key file installed);
otherwise step 2 never happened and the ``.next`` file is removed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.crypto.kdf import wipe
from app.vault import database, meta
from app.vault.atomic import fsync_dir
from app.vault.database import Connection
from app.vault.errors import VaultBusy, VaultCorrupt, WrongCredentials, WrongRecoveryCode
from app.vault.keyfile import KeyFile, Slot
from app.vault.keyslots import check_keyfile, read_keyfile, rebox, write_keyfile
from app.vault.paths import VaultPaths
from app.vault.session import Session

OpenKey = Callable[[KeyFile], tuple[bytearray, Slot]]


def step(name: str) -> None:
    """Called after each step by name; the crash tests replace it to kill the process there."""


def next_path(paths: VaultPaths) -> Path:
    return paths.keyfile.with_name(paths.keyfile.name + ".next")


def rekey(session: Session, updated: KeyFile, record: Callable[[list[str]], object]) -> list[str]:
    """Put ``updated`` (the key file after the change, generation already raised) in place under a new data
    key, committing ``record`` with it. Returns the ids of slots of the first kind (no key pair) that could
    not be carried over: their users need a new passphrase from an admin."""
    _take_alone(session.conn)
    new_key = bytearray(os.urandom(32))
    carried, dropped = [], []
    for slot in updated.slots:
        moved = rebox(session.vault_id, slot, new_key)
        if moved is None:
            dropped.append(slot.id)
        else:
            carried.append(moved)
    target = KeyFile(updated.vault_id, updated.generation, tuple(carried))
    try:
        write_keyfile(next_path(session.paths), target, new_key)
        step("next")
        with session.transaction():
            record(dropped)
            meta.put(session.conn, meta.KEYFILE_GENERATION, str(target.generation))
    except BaseException:  # nothing was recorded: no re-key, the vault stays as it was
        next_path(session.paths).unlink(missing_ok=True)
        session.conn.execute("PRAGMA journal_mode = WAL")
        wipe(new_key)
        raise
    step("recorded")
    reencrypt(session.conn, new_key)
    step("reencrypted")
    _install(session.paths)
    session.replace_key(new_key)
    return dropped


def reencrypt(conn: Connection, new_key: bytearray) -> None:
    """Every page under ``new_key``, in one transaction (rollback journal while doing so)."""
    _take_alone(conn)
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")


def _take_alone(conn: Connection) -> None:
    """Leave WAL mode (possible only when no other program has the vault open), so the re-encryption runs
    under a rollback journal; checked before anything is written."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    except database.DatabaseError:
        mode = "busy"
    if mode != "delete":
        raise VaultBusy()


def recover(paths: VaultPaths, open_key: OpenKey) -> None:
    """Finish or undo an interrupted re-key (see the module text). Credentials that do not open the new
    key file leave everything as it is (a removed user cannot finish it for anyone)."""
    pending = next_path(paths)
    if not pending.exists():
        return
    target = read_keyfile(pending)
    try:
        new_key, _slot = open_key(target)
    except (WrongCredentials, WrongRecoveryCode):
        return
    try:
        check_keyfile(target, new_key)
        if _opens(paths.db, new_key):
            _install(paths)
            return
        current = read_keyfile(paths.keyfile)
        old_key, _slot = open_key(current)
        try:
            check_keyfile(current, old_key)
            conn = database.connect(paths.db, old_key)
        finally:
            wipe(old_key)
        try:
            if meta.keyfile_generation(conn) < target.generation:  # step 2 never happened
                pending.unlink()
                return
            reencrypt(conn, new_key)
        finally:
            database.close(conn)
        _install(paths)
    finally:
        wipe(new_key)


def _opens(db: Path, key: bytearray) -> bool:
    try:
        database.close(database.connect(db, key))
    except VaultCorrupt:  # not this key (or not yet)
        return False
    return True


def _install(paths: VaultPaths) -> None:
    os.replace(next_path(paths), paths.keyfile)
    fsync_dir(paths.home)
