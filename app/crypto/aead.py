"""Authenticated encryption (AES-256-GCM) and keyed sub-keys (HKDF, HMAC) with purpose strings."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto import AuthenticationFailed

NONCE_BYTES = 12


def seal(key: bytes | bytearray, plaintext: bytes | bytearray, associated: bytes) -> tuple[bytes, bytes]:
    """Encrypt and authenticate; returns (nonce, ciphertext-with-tag)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(bytes(key)).encrypt(nonce, bytes(plaintext), associated)


def unseal(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytearray:
    """Decrypt and check; raises ``AuthenticationFailed`` on any mismatch."""
    if len(nonce) != NONCE_BYTES:
        raise AuthenticationFailed()
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(nonce, ciphertext, associated))
    except InvalidTag:
        raise AuthenticationFailed() from None


def subkey(key: bytes | bytearray, purpose: bytes) -> bytes:
    """A 256-bit key for one purpose (e.g. ``b"signaal:keyfile-mac:v1"``), derived with HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(bytes(key))


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def mac_matches(key: bytes, data: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(mac(key, data), tag)
