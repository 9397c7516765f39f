"""Sealing a key to a public key (X25519 + HKDF-SHA256 + AES-256-GCM), so a new data key can be given to
every remaining user without knowing their passphrases: each key slot holds an X25519 key pair whose
private half is wrapped under that user's passphrase, and the data key sealed to its public half."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from app.crypto import AuthenticationFailed
from app.crypto.aead import NONCE_BYTES, seal, subkey, unseal

PUBLIC_BYTES = 32
_PURPOSE = b"signaal:slot-box:v1"


def new_keypair() -> tuple[bytearray, bytes]:
    """(private, public), 32 bytes each; the private half as a bytearray to be wiped."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return bytearray(raw), private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def box(public: bytes, message: bytes | bytearray, associated: bytes) -> bytes:
    """``message`` readable only with the private half of ``public``: ephemeral public key, nonce, ciphertext."""
    if len(public) != PUBLIC_BYTES:
        raise AuthenticationFailed()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce, sealed = seal(subkey(shared, _PURPOSE + ephemeral_public + public), message, associated)
    return ephemeral_public + nonce + sealed


def unbox(private: bytearray, boxed: bytes, associated: bytes) -> bytearray:
    """The message, or ``AuthenticationFailed``."""
    if len(boxed) < PUBLIC_BYTES + NONCE_BYTES + 16 or len(private) != 32:
        raise AuthenticationFailed()
    key = X25519PrivateKey.from_private_bytes(bytes(private))
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    ephemeral_public, nonce, sealed = (
        boxed[:PUBLIC_BYTES],
        boxed[PUBLIC_BYTES : PUBLIC_BYTES + NONCE_BYTES],
        boxed[PUBLIC_BYTES + NONCE_BYTES :],
    )
    try:
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise AuthenticationFailed() from None
    return unseal(subkey(shared, _PURPOSE + ephemeral_public + public), nonce, sealed, associated)
