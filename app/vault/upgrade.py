"""Moving an older vault forward: a backup first, then the pending migrations, then an audit row."""

from __future__ import annotations

from app.core.audit import AuditAction
from app.vault import backup, schemas
from app.vault.errors import VaultTooNew
from app.vault.migrations import latest_version, migrate, schema_version
from app.vault.session import Session


def migrate_with_backup(session: Session) -> list[int]:
    """Bring the schema (the vault's own: field or registry) up to date; returns the versions applied (empty
    when already current)."""
    package = schemas.of(session.conn).migrations
    current, latest = schema_version(session.conn), latest_version(package)
    if current > latest:
        raise VaultTooNew(current)
    if current == latest:
        return []
    name = backup.default_name(session.clock.now(), f"voor-schema-{latest}")
    backup.copy_encrypted(session.conn, session.paths.keyfile, session.paths.backups / name)
    applied = migrate(session.conn, package=package)
    session.audit(AuditAction.MIGRATE, detail={"from": current, "to": latest, "backup": name})
    return applied
