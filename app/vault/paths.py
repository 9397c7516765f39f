"""Where a vault's files live. One folder per installation; all files of a vault stay in it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "SIGNAAL_HOME"
REGISTRY_HOME_ENV = "SIGNAAL_REGISTRY_HOME"
DB_NAME = "vault.signaal"


@dataclass(frozen=True, slots=True)
class VaultPaths:
    home: Path

    @property
    def db(self) -> Path:
        return self.home / DB_NAME

    @property
    def keyfile(self) -> Path:
        """The authenticated key-slot file next to the database."""
        return self.home / (DB_NAME + ".keys")

    @property
    def attempts(self) -> Path:
        """Failed unlock attempts, kept outside the database because they happen before unlock."""
        return self.home / (DB_NAME + ".attempts")

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    def exists(self) -> bool:
        """A vault, part of one, or the files a restore put aside are here: never make a new vault then."""
        if self.db.exists() or self.keyfile.exists() or (self.home / "restore.pending").exists():
            return True
        return self.home.is_dir() and any(p.is_dir() for p in self.home.glob("replaced-*"))

    def sidefiles(self) -> list[Path]:
        """SQLite's own files beside the database."""
        return [self.db.with_name(self.db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def default_home() -> Path:
    """``$SIGNAAL_HOME`` or the platform's per-user data folder; never the program folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Signaal", appauthor=False, roaming=False))


def default_registry_home() -> Path:
    """The registry vault: ``$SIGNAAL_REGISTRY_HOME`` or its own per-user data folder."""
    override = os.environ.get(REGISTRY_HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Signaal Register", appauthor=False, roaming=False))
