"""Managing users: add, remove, change or reset a passphrase, renew the recovery code, list who has access."""

from __future__ import annotations

from app.core.users import Role, User
from app.vault import user_admin
from app.vault.repos import users as users_repo
from app.vault.session import Session


def add_user(session: Session, name: str, role: Role, passphrase: bytearray) -> User:
    return user_admin.add_user(session, name, role, passphrase)


def remove_user(session: Session, name: str) -> list[str]:
    """Remove a user; the vault gets a new data key and the organisation a new signing key (tell the
    registry: ``organisation.org_keys``). Returns users who need a new passphrase from an admin (slots
    from before key pairs whose owner had not unlocked since)."""
    return user_admin.remove_user(session, name)


def change_own_passphrase(session: Session, old: bytearray, new: bytearray) -> None:
    user_admin.change_passphrase(session, old, new)


def reset_passphrase(session: Session, name: str, new: bytearray) -> None:
    user_admin.reset_passphrase(session, name, new)


def renew_recovery_code(session: Session) -> str:
    return user_admin.rotate_recovery(session)


def active_users(session: Session) -> list[User]:
    return users_repo.active(session.conn)
