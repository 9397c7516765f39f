"""An unlocked vault: the connection, who is working, the clock, and the data key until ``lock``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from app.core.audit import AuditAction, AuditEntry
from app.core.clock import Clock, to_text
from app.core.errors import NotAllowed, SignaalError
from app.core.i18n import _
from app.core.users import Role, User
from app.crypto.kdf import wipe
from app.vault import audit_log, database
from app.vault.database import Connection
from app.vault.paths import VaultPaths


class VaultLocked(SignaalError):
    def message(self) -> str:
        return _("De kluis is vergrendeld. Ontgrendel hem opnieuw.")


@dataclass(eq=False)
class Session:
    paths: VaultPaths
    vault_id: str
    user: User
    clock: Clock
    _conn: Connection | None
    _data_key: bytearray = field(repr=False)
    busy: int = 0  # background jobs using the connection; a lock waits for them
    warnings: list[SignaalError] = field(default_factory=list)  # found while unlocking; shown, not fatal

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def data_key(self) -> bytearray:
        if self._conn is None:
            raise VaultLocked()
        return self._data_key

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def now(self) -> str:
        return to_text(self.clock.now())

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        return database.transaction(self.conn)

    def audit(self, action: AuditAction, subject: str = "", detail: Mapping[str, object] | None = None) -> AuditEntry:
        return audit_log.append(
            self.conn, at=self.now(), actor=self.user.name, action=action, subject=subject, detail=detail
        )

    def require(self, role: Role, action: str) -> None:
        if not self.user.role.at_least(role):
            raise NotAllowed(action)

    def replace_key(self, new_key: bytearray) -> None:
        """After a re-key: the session holds the new data key, the old one is wiped."""
        old, self._data_key = self._data_key, new_key
        wipe(old)

    def lock(self) -> None:
        """Checkpoint and close the database and wipe the key. Safe to call twice."""
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        database.close(conn)
        wipe(self._data_key)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


@contextlib.contextmanager
def locked_on_error(session: Session) -> Iterator[Session]:
    """Lock the session if the block fails (used while finishing an unlock)."""
    try:
        yield session
    except BaseException:
        session.lock()
        raise
