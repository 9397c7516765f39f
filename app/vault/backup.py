"""Encrypted backups (``VACUUM INTO`` under the same data key) and restoring them.

A backup is two files: ``NAME`` (the encrypted database) and ``NAME.keys`` (the key-slot file as it was),
so it can be restored on a new machine with any passphrase or the recovery code valid at backup time.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from app.vault import audit_log, database
from app.vault.atomic import atomic_write, fsync_dir, storage_error
from app.vault.database import Connection
from app.vault.errors import BackupExists, VaultCorrupt

KEYS_SUFFIX = ".keys"
ANCHOR_SUFFIX = ".anchor"


def keys_path(backup: Path) -> Path:
    return backup.with_name(backup.name + KEYS_SUFFIX)


def anchor_path(backup: Path) -> Path:
    """``NAME.anchor``: the audit log's row count and head hash in the backup, in plain text (a hash
    reveals nothing); ``signaal audit verify --anchor HASH`` checks the live log against it."""
    return backup.with_name(backup.name + ANCHOR_SUFFIX)


def default_name(moment: datetime, reason: str = "") -> str:
    tag = f"-{reason}" if reason else ""
    return f"signaal-{moment.strftime('%Y%m%d-%H%M%S')}{tag}.signaal"


def copy_encrypted(conn: Connection, keyfile: Path, target: Path) -> None:
    """Write an encrypted, consistent copy of the database and its key file to ``target`` (owner-only, 0600)."""
    if target.exists() or keys_path(target).exists():
        raise BackupExists(str(target))
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _discard(tmp)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # VACUUM INTO fills an empty file
        conn.execute("VACUUM INTO ?", (str(tmp),))
        _fsync_file(tmp)
        atomic_write(keys_path(target), keyfile.read_bytes())
        rows, head_hash = audit_log.head(conn)
        anchor = json.dumps({"audit_rows": rows, "audit_head": head_hash}) + "\n"
        atomic_write(anchor_path(target), anchor.encode("ascii"))
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _discard(tmp)
        _discard(keys_path(target))
        _discard(anchor_path(target))
        raise storage_error(target.parent, exc) from exc
    except database.DatabaseError as exc:
        _discard(tmp)
        _discard(keys_path(target))
        _discard(anchor_path(target))
        raise VaultCorrupt(str(exc)) from None


def check_copy(path: Path, key: bytearray) -> None:
    """Open a backup read-only and check every page; raises ``VaultCorrupt``."""
    conn = database.connect(path, key, readonly=True)
    try:
        problems = database.integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        raise VaultCorrupt("; ".join(problems[:3]))


def install_copy(source: Path, db: Path, keyfile: Path, aside: Path) -> None:
    """Move the current vault files into ``aside`` and put the backup in their place."""
    aside.mkdir(parents=True, exist_ok=False)
    for current in [db, keyfile, *_sidefiles(db)]:
        if current.exists():
            os.replace(current, aside / current.name)
    fsync_dir(db.parent)
    try:
        tmp = db.with_name(f".{db.name}.restore-{os.getpid()}")
        shutil.copyfile(source, tmp)
        _fsync_file(tmp)
        atomic_write(keyfile, keys_path(source).read_bytes())
        os.replace(tmp, db)
        fsync_dir(db.parent)
    except OSError as exc:
        for saved in aside.iterdir():  # put everything back as it was
            os.replace(saved, db.parent / saved.name)
        raise storage_error(db.parent, exc) from exc


def _sidefiles(db: Path) -> list[Path]:
    return [db.with_name(db.name + s) for s in ("-wal", "-shm")]


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
