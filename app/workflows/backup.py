"""Backup and restore as users run them: audited, and checked after writing."""

from __future__ import annotations

from pathlib import Path

from app.core.audit import AuditAction
from app.core.clock import Clock
from app.core.errors import NotFound
from app.core.i18n import _
from app.crypto.kdf import wipe
from app.vault import attempts, backup
from app.vault.keyslots import check_keyfile, read_keyfile
from app.vault.lifecycle import Credentials, open_data_key, unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session


def backup_now(session: Session, target: Path | None = None) -> Path:
    """Write an encrypted backup (to ``target`` or the vault's backups folder) and check it."""
    if target is None:
        target = session.paths.backups / backup.default_name(session.clock.now())
    elif target.is_dir():
        target = target / backup.default_name(session.clock.now())
    backup.copy_encrypted(session.conn, session.paths.keyfile, target)
    backup.check_copy(target, session.data_key)
    session.audit(AuditAction.BACKUP, target.name)
    return target


def restore(paths: VaultPaths, source: Path, credentials: Credentials, clock: Clock) -> tuple[Session, Path]:
    """Replace the vault with a backup. The current files are kept in a ``replaced-…`` folder."""
    keys = backup.keys_path(source)
    if not source.is_file() or not keys.is_file():
        raise NotFound(_("reservekopie {name} met sleutelbestand").format(name=source.name))
    keyfile = read_keyfile(keys)
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    with attempts.serialised(paths.attempts):
        data_key, _slot = open_data_key(paths, keyfile, credentials, clock)
    try:
        check_keyfile(keyfile, data_key)
        backup.check_copy(source, data_key)
    finally:
        wipe(data_key)
    aside = paths.home / f"replaced-{clock.now().strftime('%Y%m%d-%H%M%S')}"
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    backup.install_copy(source, paths.db, paths.keyfile, aside)
    session = unlock(paths, credentials, clock)
    session.audit(AuditAction.RESTORE, source.name, {"previous_files": aside.name})
    return session, aside
