"""Argon2id key derivation for passphrases and recovery codes."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored with every key slot so they can be raised later per slot."""

    salt: bytes
    iterations: int = 3
    memory_kib: int = 65536  # 64 MiB: RFC 9106 second recommended option
    lanes: int = 4

    @classmethod
    def fresh(cls, iterations: int = 3, memory_kib: int = 65536, lanes: int = 4) -> KdfParams:
        return cls(salt=os.urandom(16), iterations=iterations, memory_kib=memory_kib, lanes=lanes)

    def check(self) -> None:
        """Reject parameters no honest writer would use (a tampered file could ask for 1 TiB of memory)."""
        if not (16 <= len(self.salt) <= 64):
            raise ValueError("salt length")
        if not (1 <= self.iterations <= 64 and 8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("argon2 cost out of range")
        if not 1 <= self.lanes <= 16:
            raise ValueError("argon2 lanes out of range")


def derive_key(secret: bytes | bytearray, params: KdfParams) -> bytearray:
    """A 256-bit key from ``secret``. The result is a bytearray so the caller can wipe it."""
    params.check()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(bytes(secret)))


def wipe(buffer: bytearray) -> None:
    """Overwrite a secret in place (best effort: copies made by libraries are out of reach)."""
    for i in range(len(buffer)):
        buffer[i] = 0
