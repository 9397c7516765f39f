"""Getting in: creating a vault with its first admin, unlocking it, and the recovery code as people read it."""

from __future__ import annotations

from app.core.clock import Clock
from app.core.settings import Settings
from app.vault import recovery
from app.vault.errors import TooManyAttempts
from app.vault.lifecycle import Credentials, KdfFactory, PassphraseCredentials, RecoveryCredentials, create_vault
from app.vault.lifecycle import unlock as _unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session

__all__ = [
    "Credentials",
    "PassphraseCredentials",
    "RecoveryCredentials",
    "TooManyAttempts",
    "create",
    "readable_code",
    "unlock",
]


def create(
    paths: VaultPaths,
    *,
    settings: Settings,
    admin_name: str,
    admin_passphrase: bytearray,
    clock: Clock,
    kdf: KdfFactory | None = None,
) -> tuple[Session, str]:
    """A new vault, its first admin and its recovery code (returned once, to be shown once)."""
    extra = {} if kdf is None else {"kdf": kdf}
    return create_vault(
        paths, settings=settings, admin_name=admin_name, admin_passphrase=admin_passphrase, clock=clock, **extra
    )


def unlock(paths: VaultPaths, credentials: Credentials, clock: Clock) -> Session:
    return _unlock(paths, credentials, clock)


def readable_code(code: str) -> str:
    """A recovery code in groups of four, for the screen and for print."""
    return recovery.format_groups(code)
