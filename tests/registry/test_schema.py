"""The registry vault has its own schema: the registry's tables and the shared ones (meta, settings, users,
audit log), no field tables; a field vault has none of the registry's. Older vaults keep opening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.settings import OrgType, Settings
from app.registry import keys
from app.registry.keys import NotARegistry
from app.vault import database, schemas
from app.vault.lifecycle import PassphraseCredentials, create_vault, unlock
from app.vault.migrations import FIELD, all_migrations, latest_version, migrate, schema_version
from app.vault.paths import VaultPaths
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret

REGISTRY = schemas.Schema.REGISTRY.migrations
SHARED = {"meta", "settings", "users", "audit_log", "audit_head"}
REGISTRY_TABLES = {"registry_keys", "trusted_senders", "received_batches", "reg_meldingen", "duplicate_candidates"}
FIELD_ONLY = {"cases", "case_identity", "interviews", "answers", "track_transitions", "reminders", "org_keys"}


def _tables(conn: database.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return {str(row[0]) for row in rows}


def _objects(conn: database.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]


def test_registry_migrations_are_numbered_without_gaps_and_upgrade_like_fresh(tmp_path: Path) -> None:
    assert [m.version for m in all_migrations(REGISTRY)] == list(range(1, latest_version(REGISTRY) + 1))
    fresh = database.connect(tmp_path / "fresh.db", bytearray(os.urandom(32)), create=True)
    old = database.connect(tmp_path / "old.db", bytearray(os.urandom(32)), create=True)
    migrate(fresh, package=REGISTRY)
    assert migrate(old, upto=1, package=REGISTRY) == [1]
    assert migrate(old, package=REGISTRY) == list(range(2, latest_version(REGISTRY) + 1))
    assert _objects(old) == _objects(fresh) and migrate(fresh, package=REGISTRY) == []


def test_the_registry_vault_has_only_its_own_and_the_shared_tables(registry: Session) -> None:
    tables = _tables(registry.conn)
    assert tables == SHARED | REGISTRY_TABLES
    assert schemas.of(registry.conn) is schemas.Schema.REGISTRY
    assert schema_version(registry.conn) == latest_version(REGISTRY)


def test_a_field_vault_has_no_registry_tables(session: Session) -> None:
    tables = _tables(session.conn)
    assert not tables & REGISTRY_TABLES and tables >= FIELD_ONLY | SHARED
    assert schemas.of(session.conn) is schemas.Schema.FIELD
    with pytest.raises(NotARegistry):
        keys.load(session)


def test_the_registry_vault_unlocks_again(registry: Session, tmp_path: Path, clock: FixedClock) -> None:
    paths = registry.paths
    recipient = keys.load(registry).recipient
    registry.lock()
    with unlock(paths, PassphraseCredentials("Karin", secret("register wachtzin lang")), clock) as again:
        assert keys.load(again).recipient == recipient
        assert not _tables(again.conn) & FIELD_ONLY  # no org key, no purge of cases
        assert schema_version(again.conn) == latest_version(REGISTRY)


def test_a_field_vault_that_ran_the_old_registry_migrations_still_opens(
    paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    """Made by an older Signaal: field migrations 1–4, then the registry's tables as 0005/0006 created them."""
    session, _code = create_vault(
        paths,
        settings=Settings("GGD", OrgType.HEALTH, "TS"),
        admin_name=ADMIN,
        admin_passphrase=secret(ADMIN_PASS),
        clock=clock,
        kdf=cheap_kdf,
    )
    conn = session.conn
    for migration in all_migrations(REGISTRY)[1:]:  # what 0005 and 0006 used to create in every vault
        for statement in migration.statements():
            conn.execute(statement)
    conn.execute("DELETE FROM meta WHERE key = 'schema'")  # older vaults have no mark
    session.lock()
    with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as again:
        assert schemas.of(again.conn) is schemas.Schema.FIELD
        assert schema_version(again.conn) == latest_version(FIELD)
        assert _tables(again.conn) >= REGISTRY_TABLES  # left as they were: empty and unused
