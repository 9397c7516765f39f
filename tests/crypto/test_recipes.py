from __future__ import annotations

import os

import pytest

from app.crypto import AuthenticationFailed
from app.crypto.aead import seal, subkey, unseal
from app.crypto.kdf import KdfParams, derive_key, wipe


def test_seal_round_trip_and_every_mismatch_fails() -> None:
    key = os.urandom(32)
    nonce, box = seal(key, b"data key", b"slot-1")
    assert unseal(key, nonce, box, b"slot-1") == bytearray(b"data key")
    for args in [
        (os.urandom(32), nonce, box, b"slot-1"),
        (key, nonce, box, b"slot-2"),
        (key, nonce, box[:-1] + bytes([box[-1] ^ 1]), b"slot-1"),
        (key, b"short", box, b"slot-1"),
    ]:
        with pytest.raises(AuthenticationFailed):
            unseal(*args)


def test_kdf_depends_on_secret_and_salt() -> None:
    params = KdfParams.fresh(iterations=1, memory_kib=1024, lanes=1)
    a = derive_key(b"wachtzin", params)
    assert a == derive_key(bytearray(b"wachtzin"), params) and len(a) == 32
    assert a != derive_key(b"wachtzim", params)
    assert a != derive_key(b"wachtzin", KdfParams.fresh(iterations=1, memory_kib=1024, lanes=1))


@pytest.mark.parametrize("bad", [dict(salt=b"short"), dict(iterations=0), dict(memory_kib=1 << 30), dict(lanes=0)])
def test_absurd_parameters_are_refused(bad: dict[str, object]) -> None:
    params = KdfParams(**({"salt": os.urandom(16)} | bad))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        derive_key(b"x", params)


def test_subkeys_are_separated_by_purpose() -> None:
    key = os.urandom(32)
    assert subkey(key, b"a:v1") != subkey(key, b"b:v1") and len(subkey(key, b"a:v1")) == 32


def test_wipe_zeroes_in_place() -> None:
    buffer = bytearray(b"geheim")
    wipe(buffer)
    assert buffer == bytearray(6)
