"""Wrapping the data key into slots, opening slots, and authenticating the key file."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from pathlib import Path

from app.core.users import normalise_user_name
from app.crypto import AuthenticationFailed
from app.crypto.aead import mac, mac_matches, seal, subkey, unseal
from app.crypto.box import box, new_keypair, unbox
from app.crypto.kdf import KEY_BYTES, KdfParams, derive_key, wipe
from app.vault.atomic import atomic_write
from app.vault.errors import KeyFileCorrupt, KeyFileTampered
from app.vault.keyfile import KeyFile, Slot, canonical, parse

MAC_PURPOSE = b"signaal:keyfile-mac:v1"
RECOVERY_LABEL = "recovery"


def user_label(vault_id: str, user_name: str) -> str:
    """How a user's slot is found without writing the user name into the key file."""
    text = f"signaal:slot-label:v1:{vault_id}:{normalise_user_name(user_name)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_slot(
    vault_id: str,
    kind: str,
    label: str,
    secret: bytes | bytearray,
    data_key: bytearray,
    params: KdfParams,
    slot_id: str | None = None,
) -> Slot:
    """A new slot that opens ``data_key`` with ``secret`` (a passphrase or a recovery code): an X25519 key
    pair, its private half wrapped under the secret, the data key boxed to its public half."""
    private, public = new_keypair()
    new_id = slot_id or str(uuid.uuid4())
    draft = Slot(id=new_id, kind=kind, label=label, kdf=params, nonce=b"", wrapped=b"", public=public)
    kek = derive_key(secret, params)
    try:
        nonce, wrapped = seal(kek, private, _associated(vault_id, draft))
    finally:
        wipe(kek)
        wipe(private)
    slot = replace(draft, nonce=nonce, wrapped=wrapped)
    return replace(slot, box=box(public, data_key, _box_associated(vault_id, slot)))


def rebox(vault_id: str, slot: Slot, data_key: bytearray) -> Slot | None:
    """The slot opening a new data key, without its secret; None for a slot of the first kind (no key pair)."""
    if not slot.public:
        return None
    return replace(slot, box=box(slot.public, data_key, _box_associated(vault_id, slot)))


def open_slot(vault_id: str, slot: Slot, secret: bytes | bytearray) -> bytearray:
    """The data key, or ``AuthenticationFailed`` when the secret (or any slot field) is wrong."""
    kek = derive_key(secret, slot.kdf)
    try:
        inner = unseal(kek, slot.nonce, slot.wrapped, _associated(vault_id, slot))
    finally:
        wipe(kek)
    if slot.public:
        try:
            key = unbox(inner, slot.box, _box_associated(vault_id, slot))
        finally:
            wipe(inner)
    else:
        key = inner
    if len(key) != KEY_BYTES:
        raise AuthenticationFailed()
    return key


def burn_kdf(params: KdfParams, secret: bytes | bytearray) -> None:
    """Spend the same time as opening a slot, so an unknown user name is not revealed by timing."""
    wipe(derive_key(secret, params))


def _associated(vault_id: str, slot: Slot) -> bytes:
    return canonical({"vault_id": vault_id, "slot": slot.header()})


def _box_associated(vault_id: str, slot: Slot) -> bytes:
    return canonical({"vault_id": vault_id, "slot": slot.header(), "purpose": "data-key"})


def sign_keyfile(keyfile: KeyFile, data_key: bytearray) -> KeyFile:
    tag = mac(subkey(data_key, MAC_PURPOSE), keyfile.body())
    return KeyFile(keyfile.vault_id, keyfile.generation, keyfile.slots, tag)


def check_keyfile(keyfile: KeyFile, data_key: bytearray) -> None:
    if not mac_matches(subkey(data_key, MAC_PURPOSE), keyfile.body(), keyfile.mac):
        raise KeyFileTampered()


def read_keyfile(path: Path) -> KeyFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileCorrupt(exc.strerror or type(exc).__name__) from None
    return parse(data)


def write_keyfile(path: Path, keyfile: KeyFile, data_key: bytearray) -> KeyFile:
    """Sign and atomically write; returns the signed key file."""
    signed = sign_keyfile(keyfile, data_key)
    atomic_write(path, signed.to_bytes())
    return signed
