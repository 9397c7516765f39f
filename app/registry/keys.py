"""The registry's own keys (age identity, linkage secret) and its list of trusted senders."""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.core.audit import AuditAction
from app.core.errors import InvalidInput, NotFound, SignaalError
from app.core.i18n import _
from app.core.users import Role
from app.crypto.age import generate_identity, recipient_fingerprint
from app.crypto.minisign import FormatError, PublicKey, parse_public_key
from app.vault.session import Session


class NotARegistry(SignaalError):
    def message(self) -> str:
        return _("Deze kluis is geen register. Maak er een met ‘signaal registry init’.")


@dataclass(frozen=True, slots=True)
class RegistryKeys:
    identity: str
    recipient: str
    linkage_secret: bytes

    @property
    def fingerprint(self) -> str:
        return recipient_fingerprint(self.recipient)


@dataclass(frozen=True, slots=True)
class Sender:
    key_id: str
    public_key: PublicKey
    name: str
    revoked: bool
    last_sequence: int  # the highest sequence number received
    org_id: str = ""  # the org_id of its first accepted batch; later batches must carry the same


def is_registry(session: Session) -> bool:
    """Whether the vault has the registry's tables (a field vault has not, since the registry's own schema)."""
    found = session.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'registry_keys'")
    return found.fetchone() is not None


def create(session: Session) -> RegistryKeys:
    if not is_registry(session):
        raise NotARegistry()
    identity, recipient = generate_identity()
    secret = os.urandom(32)
    with session.transaction():
        session.conn.execute(
            "INSERT INTO registry_keys (id, age_identity, age_recipient, linkage_secret, created_at)"
            " VALUES (1, ?, ?, ?, ?)",
            (identity, recipient, secret, session.now()),
        )
        session.audit(AuditAction.KEY_CREATE, "registry", {"recipient": recipient})
    return RegistryKeys(identity, recipient, secret)


def load(session: Session) -> RegistryKeys:
    if not is_registry(session):
        raise NotARegistry()
    row = session.conn.execute("SELECT age_identity, age_recipient, linkage_secret FROM registry_keys").fetchone()
    if row is None:
        raise NotARegistry()
    return RegistryKeys(str(row[0]), str(row[1]), bytes(row[2]))


def trust(session: Session, public_key_text: str, name: str) -> Sender:
    session.require(Role.COORDINATOR, _("afzenders vertrouwen"))
    load(session)
    try:
        key = parse_public_key(public_key_text)
    except FormatError:
        raise InvalidInput(_("Dit is geen minisign-publieke sleutel.")) from None
    if not name.strip():
        raise InvalidInput(_("Geef de naam van de organisatie."))
    if session.conn.execute("SELECT 1 FROM trusted_senders WHERE key_id = ?", (key.key_id_hex,)).fetchone():
        raise InvalidInput(_("Sleutel {id} is al bekend.").format(id=key.key_id_hex))
    with session.transaction():
        session.conn.execute(
            "INSERT INTO trusted_senders (key_id, public_key, name, added_at) VALUES (?, ?, ?, ?)",
            (key.key_id_hex, key.raw, name.strip(), session.now()),
        )
        session.audit(AuditAction.TRUST_ADD, key.key_id_hex, {"name": name.strip(), "fingerprint": key.fingerprint()})
    return Sender(key.key_id_hex, key, name.strip(), False, 0)


def revoke(session: Session, key_id: str) -> None:
    session.require(Role.COORDINATOR, _("afzenders intrekken"))
    sender = sender_by_id(session, key_id.upper())
    if sender is None:
        raise NotFound(_("afzender met sleutel {id}").format(id=key_id))
    with session.transaction():
        session.conn.execute(
            "UPDATE trusted_senders SET revoked_at = ? WHERE key_id = ?", (session.now(), sender.key_id)
        )
        session.audit(AuditAction.TRUST_REVOKE, sender.key_id, {"name": sender.name})


def advance(session: Session, key_id: str, sequence: int, org_id: str) -> None:
    """A batch taken from this sender (in the caller's transaction): the highest number received, and the
    sender's org_id from its first batch on."""
    session.conn.execute(
        "UPDATE trusted_senders SET last_sequence = max(last_sequence, ?), org_id = coalesce(org_id, ?)"
        " WHERE key_id = ?",
        (sequence, org_id, key_id),
    )


def _sender(row: tuple[str, bytes, str, str | None, int, str | None]) -> Sender:
    key_id, raw, name, revoked, last, org_id = row
    public = PublicKey(bytes.fromhex(key_id)[::-1], bytes(raw))
    return Sender(key_id, public, name, revoked is not None, int(last), org_id or "")


_COLUMNS = "key_id, public_key, name, revoked_at, last_sequence, org_id"


def sender_by_id(session: Session, key_id: str) -> Sender | None:
    row = session.conn.execute(f"SELECT {_COLUMNS} FROM trusted_senders WHERE key_id = ?", (key_id,)).fetchone()
    return None if row is None else _sender(row)


def senders(session: Session) -> list[Sender]:
    rows = session.conn.execute(f"SELECT {_COLUMNS} FROM trusted_senders ORDER BY name")
    return [_sender(r) for r in rows]
