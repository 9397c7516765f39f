"""Creating a vault and unlocking it (with a passphrase or the recovery code)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from app.core import passphrase_policy
from app.core.audit import AuditAction
from app.core.clock import Clock, to_text
from app.core.errors import SignaalError
from app.core.settings import Settings
from app.core.users import Role, recovery_user
from app.crypto import AuthenticationFailed
from app.crypto.kdf import KdfParams, wipe
from app.vault import attempts, audit_log, database, meta, recovery, rekey, schemas
from app.vault import restore as restore_files
from app.vault.database import Connection
from app.vault.errors import (
    AuditTampered,
    KeyFileRolledBack,
    TooManyAttempts,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    WrongCredentials,
    WrongRecoveryCode,
)
from app.vault.keyfile import KeyFile, Slot
from app.vault.keyslots import (
    RECOVERY_LABEL,
    burn_kdf,
    check_keyfile,
    make_slot,
    open_slot,
    read_keyfile,
    user_label,
    write_keyfile,
)
from app.vault.migrations import migrate
from app.vault.paths import VaultPaths
from app.vault.repos import exports
from app.vault.repos import settings as settings_repo
from app.vault.repos import users as users_repo
from app.vault.retention import purge_expired
from app.vault.session import Session, locked_on_error
from app.vault.upgrade import migrate_with_backup
from app.vault.user_admin import upgrade_slot

KdfFactory = Callable[[], KdfParams]


@dataclass(frozen=True, slots=True)
class PassphraseCredentials:
    user_name: str
    passphrase: bytearray


@dataclass(frozen=True, slots=True)
class RecoveryCredentials:
    code: str


Credentials = PassphraseCredentials | RecoveryCredentials


def create_vault(
    paths: VaultPaths,
    *,
    settings: Settings,
    admin_name: str,
    admin_passphrase: bytearray,
    clock: Clock,
    kdf: KdfFactory = KdfParams.calibrated,
) -> tuple[Session, str]:
    """Create the database, the first admin and the recovery slot. Returns the session and recovery code."""
    if paths.exists():
        raise VaultExists(str(paths.home))
    passphrase_policy.check(admin_passphrase.decode("utf-8"), (admin_name, settings.org_name))
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    with attempts.serialised(paths.attempts):  # the lock file exists from the start
        pass
    vault_id, data_key, code = str(uuid.uuid4()), bytearray(os.urandom(32)), recovery.generate()
    admin_slot = make_slot(vault_id, "user", user_label(vault_id, admin_name), admin_passphrase, data_key, kdf())
    recovery_slot = make_slot(vault_id, "recovery", RECOVERY_LABEL, code.encode("ascii"), data_key, kdf())
    now = to_text(clock.now())
    schema = schemas.for_org(settings.org_type)
    conn = database.connect(paths.db, data_key, create=True)
    try:
        migrate(conn, package=schema.migrations)
        with database.transaction(conn):
            meta.put(conn, meta.SCHEMA, schema.value)
            meta.put(conn, meta.VAULT_ID, vault_id)
            meta.put(conn, meta.KEYFILE_GENERATION, "1")
            meta.put(conn, meta.CREATED_AT, now)
            settings_repo.write_initial(conn, settings)
            admin = users_repo.insert(conn, admin_name, Role.ADMIN, admin_slot.id, now)
            detail = {"org_name": settings.org_name, "org_type": settings.org_type.value, "admin": admin.name}
            audit_log.append(conn, at=now, actor=admin.name, action=AuditAction.INIT, detail=detail)
        write_keyfile(paths.keyfile, KeyFile(vault_id, 1, (admin_slot, recovery_slot)), data_key)
    except BaseException:
        conn.close()
        for created in [paths.db, paths.keyfile, attempts.lock_path(paths.attempts), *paths.sidefiles()]:
            with contextlib.suppress(OSError):
                created.unlink()
        raise
    session = Session(paths, vault_id, admin, clock, conn, data_key)
    if schema is schemas.Schema.FIELD:
        exports.ensure_org_key(session)
    return session, code


def unlock(paths: VaultPaths, credentials: Credentials, clock: Clock) -> Session:
    """Open the vault. Wrong credentials are recorded and delay the next try; nothing else is written."""
    restore_files.recover(paths)  # finish a restore a crash interrupted
    if not paths.db.is_file() or not paths.keyfile.is_file():
        raise VaultNotFound(str(paths.home), traces=paths.exists())
    with attempts.serialised(paths.attempts):
        rekey.recover(paths, lambda keys: open_data_key(paths, keys, credentials, clock))
        keyfile = read_keyfile(paths.keyfile)
        data_key, slot = open_data_key(paths, keyfile, credentials, clock)
        session = _finish_unlock(paths, keyfile, slot, data_key, clock)
        if not slot.public:  # a slot from before key pairs: give it one now that its secret is known
            with locked_on_error(session):
                upgrade_slot(session, slot, _secret_of(credentials))
        return session


def _secret_of(credentials: Credentials) -> bytes:
    if isinstance(credentials, RecoveryCredentials):
        return recovery.normalise(credentials.code).encode("ascii")
    return bytes(credentials.passphrase)


def open_data_key(
    paths: VaultPaths, keyfile: KeyFile, credentials: Credentials, clock: Clock
) -> tuple[bytearray, Slot]:
    """The data key from the slot the credentials open; a failure is recorded in the attempts file.
    The caller holds ``attempts.serialised``; too many recent failures raise ``TooManyAttempts``."""
    wait = attempts.wait_seconds(attempts.current(paths.attempts, clock.now()), clock.now())
    if wait:
        raise TooManyAttempts(wait)
    secret: bytearray | None = None
    error: SignaalError
    if isinstance(credentials, RecoveryCredentials):
        label, error = RECOVERY_LABEL, WrongRecoveryCode()
        with contextlib.suppress(WrongRecoveryCode):
            secret = bytearray(recovery.normalise(credentials.code).encode("ascii"))
        slot = keyfile.find("recovery", RECOVERY_LABEL)
    else:
        label, error = user_label(keyfile.vault_id, credentials.user_name), WrongCredentials()
        secret = bytearray(credentials.passphrase)
        slot = keyfile.find("user", label)
    try:
        if slot is None or secret is None:
            burn_kdf(keyfile.slots[0].kdf if keyfile.slots else KdfParams.fresh(), b"-")
            raise AuthenticationFailed()
        return open_slot(keyfile.vault_id, slot, secret), slot
    except AuthenticationFailed:
        attempts.record(paths.attempts, attempts.Failure(clock.now(), label))
        raise error from None
    finally:
        if secret is not None:
            wipe(secret)


def _finish_unlock(paths: VaultPaths, keyfile: KeyFile, slot: Slot, data_key: bytearray, clock: Clock) -> Session:
    try:
        check_keyfile(keyfile, data_key)
        conn = database.connect(paths.db, data_key)
    except BaseException:
        wipe(data_key)
        raise
    session = Session(paths, keyfile.vault_id, recovery_user(), clock, conn, data_key)
    with locked_on_error(session):
        if meta.get(conn, meta.VAULT_ID) != keyfile.vault_id:
            raise VaultCorrupt("vault_id")
        if keyfile.generation < meta.keyfile_generation(conn):
            raise KeyFileRolledBack()
        user = recovery_user() if slot.kind == "recovery" else users_repo.by_slot(conn, slot.id)
        if user is None:
            raise WrongCredentials()
        session.user = user
        migrate_with_backup(session)
        field = schemas.of(conn) is schemas.Schema.FIELD
        if field:
            exports.ensure_org_key(session)
        beyond = audit_log.beyond_head(conn)
        if beyond:
            session.warnings.append(AuditTampered(beyond))
        with session.transaction():
            if beyond:
                session.audit(AuditAction.AUDIT_TAMPERED, detail={"rows_beyond_head": beyond})
            if keyfile.generation > meta.keyfile_generation(conn):
                meta.put(conn, meta.KEYFILE_GENERATION, str(keyfile.generation))
            _audit_failures(session, keyfile.vault_id)
            action = AuditAction.RECOVERY_USED if user.is_recovery else AuditAction.UNLOCK
            session.audit(action)
        attempts.clear(paths.attempts)
        if field:  # a registry holds no cases
            purge_expired(session)
    return session


def _audit_failures(session: Session, vault_id: str) -> None:
    failures = attempts.load(session.paths.attempts)
    if not failures:
        return
    names = {user_label(vault_id, name): name for name in _all_user_names(session.conn)}
    names[RECOVERY_LABEL] = recovery_user().name
    for failure in failures:
        tried = names.get(failure.label, "?")
        audit_log.append(
            session.conn,
            at=to_text(failure.at),
            actor=tried,
            action=AuditAction.UNLOCK_FAILED,
            detail={"known_user": tried != "?"},
        )


def _all_user_names(conn: Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("SELECT name FROM users")]
