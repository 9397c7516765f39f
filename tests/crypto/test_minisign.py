from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.crypto import AuthenticationFailed
from app.crypto.minisign import FormatError, SecretKey, parse_public_key, verify

KEY = SecretKey.generate()


def test_round_trip_and_trusted_comment() -> None:
    signature = KEY.sign(b"data", "batch=1")
    assert verify(b"data", signature, KEY.public()) == "batch=1"


@pytest.mark.parametrize(
    ("data", "edit"),
    [(b"datA", lambda s: s), (b"data", lambda s: s.replace("batch=1", "batch=2"))],
)
def test_changed_data_or_comment_fails(data: bytes, edit: object) -> None:
    signature = edit(KEY.sign(b"data", "batch=1"))  # type: ignore[operator]
    with pytest.raises(AuthenticationFailed):
        verify(data, signature, KEY.public())


def test_other_key_and_garbage() -> None:
    with pytest.raises(AuthenticationFailed):
        verify(b"data", KEY.sign(b"data", "x"), SecretKey.generate().public())
    with pytest.raises(FormatError):
        verify(b"data", "not a signature", KEY.public())
    with pytest.raises(FormatError):
        parse_public_key("untrusted comment: x\nAAAA\n")
    with pytest.raises(ValueError):
        KEY.sign(b"data", "two\nlines")


def test_public_key_text_round_trip_and_fingerprint() -> None:
    public = KEY.public()
    assert parse_public_key(public.to_text()) == public
    assert len(public.key_id_hex) == 16 and len(public.fingerprint().split()) == 8


@pytest.mark.skipif(not shutil.which("minisign"), reason="stock minisign not installed")
def test_stock_minisign_verifies_and_rejects(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"x" * 100_000)
    (tmp_path / "f.minisig").write_text(KEY.sign(b"x" * 100_000, "comment"))
    (tmp_path / "k.pub").write_text(KEY.public().to_text())
    ok = subprocess.run(["minisign", "-Vm", str(tmp_path / "f"), "-p", str(tmp_path / "k.pub")], capture_output=True)
    assert ok.returncode == 0
    (tmp_path / "f").write_bytes(b"x" * 99_999 + b"y")
    bad = subprocess.run(["minisign", "-Vm", str(tmp_path / "f"), "-p", str(tmp_path / "k.pub")], capture_output=True)
    assert bad.returncode != 0
