"""Backup and restore as users run them: audited, and checked after writing."""

from __future__ import annotations

from pathlib import Path

from app.core.audit import AuditAction
from app.core.clock import Clock
from app.core.errors import NotAllowed, NotFound
from app.core.i18n import _
from app.core.users import Role
from app.crypto.kdf import wipe
from app.vault import attempts, backup
from app.vault import restore as restore_files
from app.vault.atomic import atomic_write
from app.vault.errors import BackupOfOtherVault, KeyFileTampered
from app.vault.keyfile import KeyFile
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
    """Put a backup's case data back (admins only). Users, key slots, keys, settings, the export sequence
    and the audit log stay as they are now. The replaced files are kept in a ``replaced-…`` folder; a crash
    at any moment leaves the old or the restored vault, never none (``app/vault/restore.py``)."""
    restore_files.recover(paths)
    keys = backup.keys_path(source)
    if not source.is_file() or not keys.is_file():
        raise NotFound(_("reservekopie {name} met sleutelbestand").format(name=source.name))
    backup_keyfile = read_keyfile(keys)
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    current_key: bytearray | None = None
    if paths.db.exists():
        with unlock(paths, credentials, clock) as current:
            current.require(Role.ADMIN, _("een reservekopie terugzetten"))
            if backup_keyfile.vault_id != current.vault_id:
                raise BackupOfOtherVault()
            current_key = bytearray(current.data_key)
            backup_key = _backup_key(current, backup_keyfile, credentials)
    else:
        backup_key = _first_restore_key(paths, source, backup_keyfile, credentials, clock)
    try:
        backup.check_copy(source, backup_key)
        restore_files.prepare(paths, source, backup_key, current_key)
        if current_key is None:
            atomic_write(restore_files.tmp_keys(paths), keys.read_bytes())
    finally:
        wipe(backup_key)
        if current_key is not None:
            wipe(current_key)
    aside = paths.home / f"replaced-{clock.now().strftime('%Y%m%d-%H%M%S')}"
    restore_files.install(paths, aside, with_keys=current_key is None)
    session = unlock(paths, credentials, clock)
    session.audit(AuditAction.RESTORE, source.name, {"previous_files": aside.name})
    return session, aside


def _backup_key(current: Session, backup_keyfile: KeyFile, credentials: Credentials) -> bytearray:
    """The backup's data key: the current one (no re-key since), or through the credentials in the
    backup's own key file."""
    candidate = bytearray(current.data_key)
    try:
        check_keyfile(backup_keyfile, candidate)
        return candidate
    except KeyFileTampered:
        wipe(candidate)
    with attempts.serialised(current.paths.attempts):
        key, _slot = open_data_key(current.paths, backup_keyfile, credentials, current.clock)
    _checked(backup_keyfile, key)
    return key


def _first_restore_key(
    paths: VaultPaths, source: Path, backup_keyfile: KeyFile, credentials: Credentials, clock: Clock
) -> bytearray:
    """No vault here yet (a new machine): the backup's own admins or its recovery code may restore it."""
    with attempts.serialised(paths.attempts):
        key, slot = open_data_key(paths, backup_keyfile, credentials, clock)
    _checked(backup_keyfile, key)
    if slot.kind != "recovery" and restore_files.slot_role(source, key, slot.id) != Role.ADMIN.value:
        wipe(key)
        raise NotAllowed(_("een reservekopie terugzetten"))
    return key


def _checked(keyfile: KeyFile, key: bytearray) -> None:
    try:
        check_keyfile(keyfile, key)
    except BaseException:
        wipe(key)
        raise
