"""Users and roles of a field installation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import N_, _
from app.core.ids import UserId


class Role(StrEnum):
    """What a user may do. Admins manage users and settings; coordinators may override export holds."""

    INTAKE = "intake"
    COORDINATOR = "coordinator"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return _(_ROLE_LABELS[self])

    def at_least(self, other: Role) -> bool:
        order = [Role.INTAKE, Role.COORDINATOR, Role.ADMIN]
        return order.index(self) >= order.index(other)


_ROLE_LABELS = {
    Role.INTAKE: N_("medewerker"),
    Role.COORDINATOR: N_("coördinator"),
    Role.ADMIN: N_("beheerder"),
}


@dataclass(frozen=True, slots=True)
class User:
    id: UserId | None  # None for the recovery-code session, which acts as admin
    name: str
    role: Role

    @property
    def is_recovery(self) -> bool:
        return self.id is None

    @property
    def display_name(self) -> str:
        """The name as the screens show it; the recovery actor in the UI language (the audit log keeps the
        stable ``RECOVERY_ACTOR``)."""
        return _("(herstelcode)") if self.is_recovery else self.name


RECOVERY_ACTOR = "(herstelcode)"


def recovery_user() -> User:
    """The actor of a session opened with the recovery code."""
    return User(id=None, name=RECOVERY_ACTOR, role=Role.ADMIN)


def normalise_user_name(name: str) -> str:
    """User names compare case-insensitively and without surrounding spaces."""
    return " ".join(name.split()).casefold()
