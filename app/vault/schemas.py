"""Which schema a vault has: a field vault runs the field migrations (app/vault/migrations), a registry vault
the registry's own (app/registry/migrations). The kind is chosen when the vault is made and kept in ``meta``.

The registry's package is named here, not imported: the vault runs the registry's migrations with its own
runner, and ``app.vault`` does not depend on ``app.registry``. A vault without the mark has the field schema:
every field vault, and a registry vault made before the registry had its own schema (it has all tables).
"""

from __future__ import annotations

from enum import StrEnum

from app.core.settings import OrgType
from app.vault import meta
from app.vault.database import Connection
from app.vault.migrations import FIELD


class Schema(StrEnum):
    FIELD = "field"
    REGISTRY = "registry"

    @property
    def migrations(self) -> str:
        """The package that holds this schema's numbered migrations."""
        return _PACKAGES[self]


_PACKAGES = {Schema.FIELD: FIELD, Schema.REGISTRY: "app.registry.migrations"}


def for_org(org_type: OrgType) -> Schema:
    return Schema.REGISTRY if org_type is OrgType.REGISTRY else Schema.FIELD


def of(conn: Connection) -> Schema:
    """The schema of an open vault (after its first migration, which makes ``meta``)."""
    return Schema(meta.get(conn, meta.SCHEMA) or Schema.FIELD.value)
