"""Interrupted exports leave hidden ``.partial`` files on the stick; the next export removes them (issue 17,
point 9), and nothing else."""

from __future__ import annotations

from pathlib import Path

from app.export.run import execute, prepare
from app.vault.session import Session
from tests.export.conftest import CHECKLISTS


def test_the_next_export_removes_partials_of_an_interrupted_one(ready: Session, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    stale = [usb / ".ggd-teststad-20260306-000001.signaal.age.partial", usb / ".x-1.signaal.age.minisig.partial"]
    for path in stale:
        path.write_bytes(b"half a batch")
    kept = [usb / ".not-ours.partial", usb / "notes.txt", usb / ".signaal.age.partial.txt"]
    for path in kept:
        path.write_bytes(b"someone else's")
    result = execute(ready, prepare(ready, CHECKLISTS), usb)
    assert not any(path.exists() for path in stale)
    assert all(path.read_bytes() == b"someone else's" for path in kept)
    assert sorted(p.name for p in usb.iterdir() if not p.name.startswith(".") and p.name != "notes.txt") == sorted(
        [result.path.name, result.sig_path.name]
    )
