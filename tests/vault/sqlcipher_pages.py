"""Decrypt the pages of a SQLCipher 4 file (and its WAL) with the raw data key, free pages included.

A test tool, not app code: it lets a test look at *every* byte SQLite left in the file, the way someone
holding the key and a hex editor would, which ``SELECT`` cannot show (deleted rows live on in free pages).
Format (SQLCipher 4 defaults, raw key): 4096-byte pages; each ends in 80 reserved bytes (16-byte IV, then
the HMAC); the rest is AES-256-CBC under the key; page 1 starts with the 16-byte salt in the clear.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        yield _decrypt(data[offset : offset + PAGE], key, first=number == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        yield _decrypt(data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE], key, first=page_number == 1)
        offset += FRAME_HEADER + PAGE
