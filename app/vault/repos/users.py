"""User rows. Users are never deleted (their names stay on the timeline); removal is a date."""

from __future__ import annotations

from app.core.ids import UserId
from app.core.users import Role, User, normalise_user_name
from app.vault.database import Connection

_COLUMNS = "id, name, role"


def _user(row: tuple[int, str, str]) -> User:
    return User(id=UserId(row[0]), name=row[1], role=Role(row[2]))


def by_slot(conn: Connection, slot_id: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE slot_id = ? AND removed_at IS NULL", (slot_id,)).fetchone()
    return None if row is None else _user(row)


def by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM users WHERE name_key = ? AND removed_at IS NULL",
        (normalise_user_name(name),),
    ).fetchone()
    return None if row is None else _user(row)


def slot_of(conn: Connection, user_id: UserId) -> str | None:
    row = conn.execute("SELECT slot_id FROM users WHERE id = ?", (user_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def active(conn: Connection) -> list[User]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE removed_at IS NULL ORDER BY name_key")
    return [_user(r) for r in rows]


def insert(conn: Connection, name: str, role: Role, slot_id: str, at: str) -> User:
    cursor = conn.execute(
        "INSERT INTO users (name, name_key, role, slot_id, created_at) VALUES (?, ?, ?, ?, ?)",
        (" ".join(name.split()), normalise_user_name(name), role.value, slot_id, at),
    )
    return User(id=UserId(int(cursor.lastrowid)), name=" ".join(name.split()), role=role)


def set_slot(conn: Connection, user_id: UserId, slot_id: str) -> None:
    conn.execute("UPDATE users SET slot_id = ? WHERE id = ?", (slot_id, user_id))


def clear_slot(conn: Connection, user_id: UserId) -> None:
    """The user keeps their name and role but has no key slot until an admin sets a new passphrase."""
    conn.execute("UPDATE users SET slot_id = NULL WHERE id = ?", (user_id,))


def mark_removed(conn: Connection, user_id: UserId, at: str) -> None:
    conn.execute("UPDATE users SET removed_at = ?, slot_id = NULL WHERE id = ?", (at, user_id))


def count_admins(conn: Connection) -> int:
    row = conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND removed_at IS NULL").fetchone()
    return int(row[0])
