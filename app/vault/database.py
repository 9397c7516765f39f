"""Opening the SQLCipher database with a raw 256-bit key, with the pragmas of DESIGN.md §3.

Never creates a file unless asked to (``create=True``), never falls back to plaintext, and treats any
failure to read the first page as a wrong key or a damaged file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.vault.errors import VaultCorrupt, VaultNotFound

Connection = Any  # sqlcipher3 ships no type information

EXPECTED_MAJOR = "4."
_PRAGMAS_AFTER_KEY = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_memory_security = OFF",
)
_PRAGMAS_AFTER_OPEN = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",  # 64 MiB of decrypted pages: the registry works on 100,000s of rows
)
DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, key: bytearray, *, create: bool = False, readonly: bool = False) -> Connection:
    """An open, keyed connection in autocommit mode (transactions are explicit, see ``transaction``).

    ``readonly`` opens without changing anything in or beside the file (for checking backups).
    """
    if not create and not path.is_file():
        raise VaultNotFound(str(path.parent))
    if create:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only from the start
    mode = "rwc" if create else ("ro" if readonly else "rw")
    uri = path.resolve().as_uri() + f"?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in _PRAGMAS_AFTER_KEY:
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        if not str(version).startswith(EXPECTED_MAJOR):
            raise VaultCorrupt(f"SQLCipher {version}")
        for pragma in () if readonly else _PRAGMAS_AFTER_OPEN:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultCorrupt(str(exc)) from None
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or a savepoint when already inside a transaction."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: Connection) -> list[str]:
    """Page HMAC check plus SQLite's own structure check; empty when all is well."""
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    if result != ["ok"]:
        problems.extend(result)
    return problems


def close(conn: Connection) -> None:
    """Checkpoint the WAL into the database file and close."""
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
