"""age encryption to X25519 recipients (pyrage), and recipient fingerprints for comparison by phone."""

from __future__ import annotations

import hashlib

import pyrage

from app.crypto import AuthenticationFailed

RECIPIENT_LENGTH = 62  # "age1" and 58 bech32 characters


class RecipientError(ValueError):
    """Not an age X25519 recipient (``age1…``); ``problem`` says what is wrong with it."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # empty | secret | spaces | prefix | length | damaged


def check_recipient(text: str) -> str:
    recipient = text.strip()
    if not recipient:
        raise RecipientError("empty")
    if recipient.upper().startswith("AGE-SECRET-KEY-"):
        raise RecipientError("secret")
    if any(c.isspace() for c in recipient):
        raise RecipientError("spaces")
    if not recipient.startswith("age1"):
        raise RecipientError("prefix")
    if len(recipient) != RECIPIENT_LENGTH:
        raise RecipientError("length")
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:  # noqa: BLE001 - pyrage raises its own exception types
        raise RecipientError("damaged") from None
    return recipient


def recipient_fingerprint(recipient: str) -> str:
    digest = hashlib.sha256(recipient.encode("ascii")).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    return bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(r) for r in recipients]))


def generate_identity() -> tuple[str, str]:
    """A new X25519 identity: (secret ``AGE-SECRET-KEY-1…``, recipient ``age1…``)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def decrypt(data: bytes, identity: str) -> bytes:
    """Decrypt with one identity; ``AuthenticationFailed`` when it is not for us or was changed."""
    try:
        return bytes(pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity)]))
    except Exception:  # noqa: BLE001 - pyrage.DecryptError and friends
        raise AuthenticationFailed("age") from None


MAX_HEADER = 64 * 1024


def recipient_stanzas(data: bytes) -> list[str]:
    """The recipient stanza types of an age file's header, without age's random ``*-grease`` stanzas: one
    ``X25519`` per X25519 recipient, other types for other kinds. Unreadable headers give ``["?"]``."""
    end = data.find(b"\n--- ", 0, MAX_HEADER)
    if not data.startswith(b"age-encryption.org/v1\n") or end < 0:
        return ["?"]
    types = []
    for line in data[:end].split(b"\n")[1:]:
        if line.startswith(b"-> "):
            kind = line[3:].split(b" ", 1)[0].decode("ascii", "replace")
            if not kind.endswith("-grease"):
                types.append(kind)
    return types
