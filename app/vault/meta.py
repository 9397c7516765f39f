"""Vault-internal facts: vault id, key-file generation, creation time."""

from __future__ import annotations

from app.vault.database import Connection

VAULT_ID = "vault_id"
KEYFILE_GENERATION = "keyfile_generation"
CREATED_AT = "created_at"
SCHEMA = "schema"  # which migrations the vault runs (app/vault/schemas.py); absent: the field schema
EXPORT_HIGH_WATER = "export_high_water"  # the highest batch number reserved; a restore keeps it


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def keyfile_generation(conn: Connection) -> int:
    return int(get(conn, KEYFILE_GENERATION) or 0)
