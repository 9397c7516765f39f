"""Restoring a backup into a vault without losing what the backup must not bring back, and without a moment
at which a crash leaves the vault folder without a vault.

What comes from the backup: the case data. What stays as it is now: users, key slots (the key file is not
replaced), the data key (the copy is re-keyed to it), the organisation's keys, settings, the export sequence
and what was exported, meta and the audit log (the restore is appended to it).

How it is installed (``install``), each step safe to be killed after:

1. the prepared copy (and, on a new machine, its key file) is written under a hidden temporary name;
2. a journal ``restore.pending`` names them and the ``replaced-…`` folder (atomic write) — from here on the
   restore is rolled forward by whoever comes next (``recover``, run before every unlock and restore);
3. the current files get a second name in ``replaced-…`` (hard link or copy; the originals stay in place);
4. the copy is renamed over ``vault.signaal`` (one atomic rename), then the key file, if any;
5. the journal is removed.

Without a journal, leftover temporary files are from an interrupted preparation: they are deleted and the
vault is as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from app.vault import database
from app.vault.atomic import atomic_write, fsync_dir
from app.vault.database import Connection
from app.vault.errors import VaultCorrupt, VaultTooNew
from app.vault.migrations import latest_version, migrate, schema_version
from app.vault.paths import VaultPaths

JOURNAL = "restore.pending"
TMP_DB = ".restore.signaal"
TMP_KEYS = ".restore.signaal.keys"

# Tables whose rows are the current vault's, not the backup's (users are merged, see below).
_KEPT_TABLES = ("meta", "settings", "org_keys", "export_batches", "exported_facts", "audit_head", "audit_notes")
_AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def step(name: str) -> None:
    """Called after each step by name; the crash tests replace it to kill the process there."""


def journal_path(paths: VaultPaths) -> Path:
    return paths.home / JOURNAL


def tmp_db(paths: VaultPaths) -> Path:
    return paths.home / TMP_DB


def tmp_keys(paths: VaultPaths) -> Path:
    return paths.home / TMP_KEYS


def carry_over(copy: Connection, current_db: Path, current_key: bytearray) -> None:
    """In the opened (migrated) copy: replace what must stay the current vault's by the current rows."""
    copy.execute(f"ATTACH DATABASE ? AS cur KEY \"x'{current_key.hex()}'\"", (str(current_db),))
    try:
        triggers = [
            str(row[0])
            for row in copy.execute(
                "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
        with database.transaction(copy):
            for name in _AUDIT_TRIGGERS:
                copy.execute(f"DROP TRIGGER IF EXISTS main.{name}")
            for table in (*_KEPT_TABLES, "audit_log"):
                copy.execute(f"DELETE FROM main.{table}")
                copy.execute(f"INSERT INTO main.{table} SELECT * FROM cur.{table}")
            copy.execute("UPDATE main.users SET slot_id = NULL, removed_at = coalesce(removed_at, 'restore')")
            copy.execute(
                "INSERT INTO main.users SELECT * FROM cur.users WHERE true ORDER BY id ON CONFLICT (id) DO UPDATE SET"
                " name = excluded.name, name_key = excluded.name_key, role = excluded.role,"
                " slot_id = excluded.slot_id, created_at = excluded.created_at, removed_at = excluded.removed_at"
            )
            copy.execute(
                "INSERT INTO main.meldingen SELECT * FROM cur.meldingen WHERE case_id IN (SELECT id FROM main.cases)"
                " ON CONFLICT (case_id) DO UPDATE SET uuid = excluded.uuid, last_status = excluded.last_status,"
                " last_sequence = excluded.last_sequence"
            )
            for sql in triggers:
                copy.execute(sql)
    finally:
        copy.execute("DETACH DATABASE cur")


def rekey(copy: Connection, new_key: bytearray) -> None:
    """Re-encrypt every page of the copy under ``new_key`` (rollback journal while doing so)."""
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    copy.execute("PRAGMA journal_mode = WAL")


def install(paths: VaultPaths, aside: Path, *, with_keys: bool) -> None:
    """Steps 2–5 above; the prepared ``tmp_db`` (and ``tmp_keys`` when ``with_keys``) must be on disk."""
    doc = {"aside": aside.name, "keys": with_keys}
    atomic_write(journal_path(paths), json.dumps(doc).encode("ascii"))
    step("journal")
    _roll_forward(paths, aside, with_keys)


def recover(paths: VaultPaths) -> bool:
    """Finish an interrupted restore (journal present) or clean up an interrupted preparation. Returns
    whether a restore was finished."""
    journal = journal_path(paths)
    try:
        doc = json.loads(journal.read_text("ascii"))
        aside, with_keys = paths.home / Path(str(doc["aside"])).name, bool(doc["keys"])
    except FileNotFoundError:
        for leftover in (tmp_db(paths), tmp_keys(paths)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return False
    except (OSError, ValueError, KeyError, TypeError):
        return False  # unreadable journal: touch nothing, the files are all still there
    _roll_forward(paths, aside, with_keys)
    return True


def _roll_forward(paths: VaultPaths, aside: Path, with_keys: bool) -> None:
    new_db, new_keys = tmp_db(paths), tmp_keys(paths)
    aside.mkdir(exist_ok=True, mode=0o700)
    if new_db.exists():
        for current in (paths.db, paths.keyfile, *paths.sidefiles()):
            _keep_a_copy(current, aside / current.name)
        fsync_dir(aside)
        step("aside")
        for side in paths.sidefiles():  # empty: the vault was closed with a checkpoint before
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        os.replace(new_db, paths.db)
        fsync_dir(paths.home)
        step("database")
    if with_keys and new_keys.exists():
        os.replace(new_keys, paths.keyfile)
        fsync_dir(paths.home)
        step("keys")
    journal_path(paths).unlink(missing_ok=True)
    fsync_dir(paths.home)


def _keep_a_copy(current: Path, saved: Path) -> None:
    if not current.exists() or saved.exists():
        return
    try:
        os.link(current, saved)
    except OSError:
        tmp = saved.with_name(saved.name + ".tmp")
        shutil.copyfile(current, tmp)
        os.replace(tmp, saved)


def prepare(paths: VaultPaths, source: Path, backup_key: bytearray, current_key: bytearray | None) -> None:
    """Step 1: copy the backup to ``tmp_db``, bring its schema up to date and, when a vault is there, carry
    over the current rows and re-key the copy to the current data key. Checked page by page."""
    target = tmp_db(paths)
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb", closefd=False) as dst:
            shutil.copyfileobj(src, dst)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        conn = database.connect(target, backup_key)
        try:
            if schema_version(conn) > latest_version():
                raise VaultTooNew(schema_version(conn))
            migrate(conn)
            if current_key is not None:
                carry_over(conn, paths.db, current_key)
                if bytes(current_key) != bytes(backup_key):
                    rekey(conn, current_key)
            problems = database.integrity_problems(conn)
        finally:
            database.close(conn)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if problems:
        target.unlink(missing_ok=True)
        raise VaultCorrupt("; ".join(problems[:3]))
    step("prepared")


def slot_role(source: Path, key: bytearray, slot_id: str) -> str | None:
    """The role of the active user holding ``slot_id`` in a backup (read-only), or None."""
    conn = database.connect(source, key, readonly=True)
    try:
        row = conn.execute("SELECT role FROM users WHERE slot_id = ? AND removed_at IS NULL", (slot_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])
