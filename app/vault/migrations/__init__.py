"""Numbered schema migrations: ``NNNN_description.sql``, applied in order, each in one transaction.

This package holds the field vault's migrations and the runner. The runner takes the package to read them
from, so that the registry vault runs its own (``app.registry.migrations``, see app/vault/schemas.py) with
the same code; the version reached is ``PRAGMA user_version``, counted per package."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import sqlcipher3

from app.vault.database import Connection, transaction


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The script split into complete statements (trigger bodies stay whole)."""
        statements, pending = [], ""
        for line in self.sql.splitlines(keepends=True):
            if not pending and (not line.strip() or line.lstrip().startswith("--")):
                continue
            pending += line
            if sqlcipher3.complete_statement(pending):
                statements.append(pending.strip())
                pending = ""
        if pending.strip():
            raise ValueError(f"incomplete statement at the end of migration {self.name}")
        return statements


FIELD = __name__  # the field vault's migrations: this package


def all_migrations(package: str = FIELD) -> list[Migration]:
    """The migrations in ``package`` (a package of ``NNNN_*.sql`` files), in order."""
    found = []
    for entry in resources.files(package).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append(Migration(number, entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration numbers must run 1, 2, 3, … without gaps")
    return found


def latest_version(package: str = FIELD) -> int:
    return len(all_migrations(package))


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, upto: int | None = None, package: str = FIELD) -> list[int]:
    """Apply the pending migrations of ``package`` (up to ``upto``); returns the versions applied."""
    applied = []
    for migration in all_migrations(package):
        if migration.version <= schema_version(conn):
            continue
        if upto is not None and migration.version > upto:
            break
        with transaction(conn):
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        applied.append(migration.version)
    return applied
