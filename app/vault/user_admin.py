"""Adding and removing users, changing passphrases and renewing the recovery code.

Adding a user and changing a passphrase rewrite only the key-slot file: the database row, the new key-file
generation and the audit row are committed together, and only after the new key file is on disk. Removing
a user and renewing the recovery code also re-key the vault and the organisation's signing key
(``app/vault/rekey.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from app.core import passphrase_policy
from app.core.audit import AuditAction
from app.core.errors import InvalidInput, NotAllowed
from app.core.i18n import _
from app.core.users import Role, User
from app.crypto import AuthenticationFailed
from app.crypto.kdf import KdfParams, wipe
from app.vault import meta, recovery, rekey
from app.vault.errors import LastAdmin, UnknownUser, UserExists, WrongCredentials
from app.vault.keyfile import KeyFile, Slot
from app.vault.keyslots import (
    RECOVERY_LABEL,
    check_keyfile,
    make_slot,
    open_slot,
    read_keyfile,
    user_label,
    write_keyfile,
)
from app.vault.repos import exports
from app.vault.repos import users as users_repo
from app.vault.session import Session

KdfFactory = Callable[[], KdfParams]
MAX_NAME = 64


def add_user(
    session: Session, name: str, role: Role, passphrase: bytearray, kdf: KdfFactory = KdfParams.calibrated
) -> User:
    session.require(Role.ADMIN, _("gebruikers toevoegen"))
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(_("Een gebruikersnaam heeft 1 tot {n} tekens.").format(n=MAX_NAME))
    if users_repo.by_name(session.conn, name) is not None:
        raise UserExists(name)
    passphrase_policy.check(passphrase.decode("utf-8"), (name,))
    slot = make_slot(session.vault_id, "user", user_label(session.vault_id, name), passphrase, session.data_key, kdf())
    added: list[User] = []

    def record() -> None:
        added.append(users_repo.insert(session.conn, name, role, slot.id, session.now()))
        session.audit(AuditAction.USER_ADD, name, {"role": role.value})

    _change_keyfile(session, lambda keyfile: keyfile.with_slot(slot), record)
    return added[0]


def remove_user(session: Session, name: str) -> list[str]:
    """Remove the user and re-key the vault (``app/vault/rekey.py``): their old copies of the key file and
    of backups no longer open it, and the organisation gets a new signing key. Returns the names of users
    whose slots could not be carried over (made before slots had key pairs; an admin resets them)."""
    session.require(Role.ADMIN, _("gebruikers verwijderen"))
    user = _existing(session, name)
    if user.role is Role.ADMIN and users_repo.count_admins(session.conn) <= 1:
        raise LastAdmin()
    assert user.id is not None
    slot_id = users_repo.slot_of(session.conn, user.id)

    def record() -> None:
        assert user.id is not None
        users_repo.mark_removed(session.conn, user.id, session.now())
        session.audit(AuditAction.USER_REMOVE, user.name)

    keyfile = _current_keyfile(session)
    return _rekey(session, keyfile.without_slot(slot_id) if slot_id else keyfile.with_slots(keyfile.slots), record)


def change_passphrase(session: Session, old: bytearray, new: bytearray, kdf: KdfFactory = KdfParams.calibrated) -> None:
    """The signed-in user changes their own passphrase; the old one must be given again."""
    user = session.user
    if user.is_recovery or user.id is None:
        raise NotAllowed(_("wachtzin wijzigen zonder gebruikersnaam"))
    keyfile = read_keyfile(session.paths.keyfile)
    current = keyfile.find("user", user_label(session.vault_id, user.name))
    try:
        if current is None:
            raise AuthenticationFailed()
        wipe(open_slot(session.vault_id, current, old))
    except AuthenticationFailed:
        raise WrongCredentials() from None
    _replace_user_slot(session, user, new, kdf, AuditAction.PASSPHRASE_CHANGE)


def reset_passphrase(session: Session, name: str, new: bytearray, kdf: KdfFactory = KdfParams.calibrated) -> None:
    """An admin (or the recovery code) sets a new passphrase for a user who forgot theirs."""
    session.require(Role.ADMIN, _("wachtzin van een ander instellen"))
    _replace_user_slot(session, _existing(session, name), new, kdf, AuditAction.PASSPHRASE_RESET)


def rotate_recovery(session: Session, kdf: KdfFactory = KdfParams.calibrated) -> str:
    """A new recovery code replaces the old one, which stops working, and the vault is re-keyed (an old
    code with an old key file opens nothing). Returns the new code."""
    session.require(Role.ADMIN, _("herstelcode vernieuwen"))
    code = recovery.generate()
    slot = make_slot(session.vault_id, "recovery", RECOVERY_LABEL, code.encode("ascii"), session.data_key, kdf())
    _rekey(session, _current_keyfile(session).with_slot(slot), lambda: session.audit(AuditAction.RECOVERY_ROTATE))
    return code


def upgrade_slot(session: Session, slot: Slot, secret: bytes | bytearray) -> None:
    """Give a slot of the first kind (data key wrapped directly) a key pair, same id and cost, so a later
    re-key can carry it over; done at its owner's unlock, the only moment its secret is known."""
    params = KdfParams.fresh(slot.kdf.iterations, slot.kdf.memory_kib, slot.kdf.lanes)
    new = make_slot(session.vault_id, slot.kind, slot.label, secret, session.data_key, params, slot_id=slot.id)
    _change_keyfile(session, lambda keyfile: keyfile.with_slot(new), lambda: None)


def _current_keyfile(session: Session) -> KeyFile:
    keyfile = read_keyfile(session.paths.keyfile)
    check_keyfile(keyfile, session.data_key)
    return keyfile


def _rekey(session: Session, updated: KeyFile, record: Callable[[], object]) -> list[str]:
    dropped_names: list[str] = []

    def record_all(dropped: list[str]) -> None:
        record()
        for slot_id in dropped:
            holder = users_repo.by_slot(session.conn, slot_id)
            if holder is not None and holder.id is not None:
                users_repo.clear_slot(session.conn, holder.id)
                dropped_names.append(holder.name)
        old_key, new_key = exports.rotate_org_key(session)
        session.audit(
            AuditAction.REKEY,
            detail={"generation": updated.generation, "org_key": new_key, "retired": old_key, "lost": len(dropped)},
        )

    rekey.rekey(session, updated, record_all)
    return dropped_names


def _replace_user_slot(session: Session, user: User, new: bytearray, kdf: KdfFactory, action: AuditAction) -> None:
    passphrase_policy.check(new.decode("utf-8"), (user.name,))
    slot = make_slot(session.vault_id, "user", user_label(session.vault_id, user.name), new, session.data_key, kdf())

    def record() -> None:
        assert user.id is not None
        users_repo.set_slot(session.conn, user.id, slot.id)
        session.audit(action, user.name)

    _change_keyfile(session, lambda kf: kf.with_slot(slot), record)


def _existing(session: Session, name: str) -> User:
    user = users_repo.by_name(session.conn, name)
    if user is None:
        raise UnknownUser(name)
    return user


def _change_keyfile(session: Session, change: Callable[[KeyFile], KeyFile], record: Callable[[], object]) -> None:
    keyfile = read_keyfile(session.paths.keyfile)
    check_keyfile(keyfile, session.data_key)
    updated = change(keyfile)
    with session.transaction():
        record()
        meta.put(session.conn, meta.KEYFILE_GENERATION, str(updated.generation))
        write_keyfile(session.paths.keyfile, updated, session.data_key)
