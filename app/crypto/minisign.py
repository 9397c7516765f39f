"""Ed25519 signatures in minisign's file format, so that stock ``minisign -V`` verifies our files.

Hand-written on purpose (about fifty lines, checked against Debian's minisign 0.11 in the tests):
py-minisign could do the same. Only prehashed signatures (``ED``, BLAKE2b-512) are made and accepted.

Public key file:  ``untrusted comment: …`` + base64(b"Ed" ‖ key id (8) ‖ public key (32))
Signature file:   ``untrusted comment: …`` + base64(b"ED" ‖ key id ‖ signature(BLAKE2b-512(data)))
                  ``trusted comment: …``   + base64(signature(signature ‖ trusted comment))
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.crypto import AuthenticationFailed

KEY_ALG, SIG_ALG = b"Ed", b"ED"
UNTRUSTED_PUB = "untrusted comment: minisign public key "
UNTRUSTED_SIG = "untrusted comment: signature from Signaal"
TRUSTED = "trusted comment: "


class FormatError(ValueError):
    """Not a minisign key or signature file."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    raw: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        """As minisign prints it: the 8 bytes little-endian, upper-case hex."""
        return self.key_id[::-1].hex().upper()

    def fingerprint(self) -> str:
        """SHA-256 of the public key line, in groups of four, for comparison by phone."""
        digest = hashlib.sha256(self.to_text().splitlines()[1].encode("ascii")).hexdigest()[:32]
        return " ".join(digest[i : i + 4] for i in range(0, 32, 4))

    def to_text(self) -> str:
        body = base64.b64encode(KEY_ALG + self.key_id + self.raw).decode("ascii")
        return f"{UNTRUSTED_PUB}{self.key_id_hex}\n{body}\n"


@dataclass(frozen=True, slots=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # 32-byte Ed25519 private key

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(os.urandom(8), os.urandom(32))

    def public(self) -> PublicKey:
        raw = Ed25519PrivateKey.from_private_bytes(self.seed).public_key().public_bytes_raw()
        return PublicKey(self.key_id, raw)

    def sign(self, data: bytes, trusted_comment: str) -> str:
        """The text of a ``.minisig`` file for ``data``."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("trusted comment must be one line")
        key = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = key.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
        line1 = base64.b64encode(SIG_ALG + self.key_id + signature).decode("ascii")
        return f"{UNTRUSTED_SIG}\n{line1}\n{TRUSTED}{trusted_comment}\n{base64.b64encode(global_signature).decode()}\n"


def parse_public_key(text: str) -> PublicKey:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    encoded = lines[1] if len(lines) == 2 and lines[0].startswith("untrusted comment:") else lines[-1] if lines else ""
    try:
        blob = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise FormatError("public key") from None
    if len(blob) != 42 or blob[:2] != KEY_ALG:
        raise FormatError("public key")
    return PublicKey(blob[2:10], blob[10:])


@dataclass(frozen=True, slots=True)
class Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str) -> Signature:
    lines = text.splitlines()
    if len(lines) < 4 or not lines[2].startswith(TRUSTED):
        raise FormatError("signature")
    try:
        blob = base64.b64decode(lines[1].strip(), validate=True)
        global_signature = base64.b64decode(lines[3].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise FormatError("signature") from None
    if len(blob) != 74 or blob[:2] != SIG_ALG or len(global_signature) != 64:
        raise FormatError("signature")
    return Signature(blob[2:10], blob[10:], lines[2][len(TRUSTED) :], global_signature)


def check_comment(signature: Signature, public_key: PublicKey) -> str:
    """The trusted comment, once its global signature checks out (the data is not looked at yet)."""
    if signature.key_id != public_key.key_id:
        raise AuthenticationFailed("key id")
    try:
        Ed25519PublicKey.from_public_bytes(public_key.raw).verify(
            signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8")
        )
    except InvalidSignature:
        raise AuthenticationFailed("comment") from None
    return signature.trusted_comment


def check_data(data: bytes, signature: Signature, public_key: PublicKey) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_key.raw).verify(
            signature.signature, hashlib.blake2b(data, digest_size=64).digest()
        )
    except InvalidSignature:
        raise AuthenticationFailed("signature") from None


def verify(data: bytes, signature_text: str, public_key: PublicKey) -> str:
    """Check a ``.minisig`` against ``data``; returns the trusted comment.

    Raises ``FormatError`` for a malformed file, ``AuthenticationFailed`` for a wrong key or bad signature."""
    signature = parse_signature(signature_text)
    comment = check_comment(signature, public_key)
    check_data(data, signature, public_key)
    return comment
