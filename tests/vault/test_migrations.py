"""Numbered migrations: a fresh vault and an upgraded one end with the same schema, data intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.settings import OrgType, Settings
from app.vault import audit_log, database
from app.vault.errors import VaultTooNew
from app.vault.lifecycle import PassphraseCredentials, create_vault, unlock
from app.vault.migrations import Migration, all_migrations, latest_version, migrate, schema_version
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret


def _schema(conn: database.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]


def _fresh(path: Path, upto: int | None = None) -> database.Connection:
    conn = database.connect(path, bytearray(os.urandom(32)), create=True)
    migrate(conn, upto=upto)
    return conn


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in all_migrations()]
    assert versions == list(range(1, latest_version() + 1)) and latest_version() >= 2


def test_fresh_and_upgraded_schemas_are_identical(tmp_path: Path) -> None:
    fresh = _fresh(tmp_path / "fresh.db")
    old = _fresh(tmp_path / "old.db", upto=1)
    assert schema_version(old) == 1
    old.execute("INSERT INTO cases (code, created_at) VALUES ('TS-2026-0001', '2026-01-01T00:00:00Z')")
    assert migrate(old) == list(range(2, latest_version() + 1))
    assert _schema(old) == _schema(fresh)
    assert schema_version(old) == schema_version(fresh) == latest_version()
    assert old.execute("SELECT code FROM cases").fetchall() == [("TS-2026-0001",)]


def test_migrating_twice_does_nothing(tmp_path: Path) -> None:
    conn = _fresh(tmp_path / "a.db")
    assert migrate(conn) == []


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.vault.migrations as migrations

    conn = _fresh(tmp_path / "a.db", upto=1)
    broken = [*all_migrations()[:1], Migration(2, "0002_broken.sql", "CREATE TABLE x (a);\nNOT SQL;\n")]
    monkeypatch.setattr(migrations, "all_migrations", lambda _package=migrations.FIELD: broken)
    with pytest.raises(database.DatabaseError):
        migrations.migrate(conn)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'x'").fetchone()[0] == 0


def test_trigger_bodies_stay_one_statement() -> None:
    second = all_migrations()[1]
    triggers = [s for s in second.statements() if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 2 and all(s.endswith("END;") for s in triggers)


def test_unlock_upgrades_an_old_vault_after_a_backup(
    paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.vault.migrations as migrations

    every = migrations.all_migrations()
    monkeypatch.setattr(migrations, "all_migrations", lambda _package=migrations.FIELD: every[:1])  # an older vault
    monkeypatch.setattr("app.vault.lifecycle.exports.ensure_org_key", lambda _session: None)
    old, _code = create_vault(
        paths,
        settings=Settings("GGD", OrgType.HEALTH, "TS"),
        admin_name=ADMIN,
        admin_passphrase=secret(ADMIN_PASS),
        clock=clock,
        kdf=cheap_kdf,
    )
    assert schema_version(old.conn) == 1
    old.conn.execute("INSERT INTO cases (code, created_at) VALUES ('TS-2026-0001', '2026-01-01T00:00:00Z')")
    old.lock()
    monkeypatch.undo()
    with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as again:
        assert schema_version(again.conn) == latest_version()
        assert cases.by_code(again, "TS-2026-0001").code == "TS-2026-0001"
        migrated = [e for e in audit_log.entries(again.conn) if e.action == "migrate"]
        assert audit_log.verify(again.conn).ok
    assert migrated and (migrated[0].detail["from"], migrated[0].detail["to"]) == (1, latest_version())
    backups = sorted(paths.backups.iterdir())
    assert sorted(p.suffix for p in backups) == [".anchor", ".keys", ".signaal"]  # every backup carries an audit anchor
    with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as third:
        copy = next(p for p in backups if p.suffix == ".signaal")
        conn = database.connect(copy, third.data_key, readonly=True)
        assert schema_version(conn) == 1 and conn.execute("SELECT code FROM cases").fetchall() == [("TS-2026-0001",)]
        conn.close()


def test_a_vault_from_a_newer_version_is_refused(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    session.conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    session.lock()
    with pytest.raises(VaultTooNew):
        unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
