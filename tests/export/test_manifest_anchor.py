"""Every batch manifest carries the field vault's audit head (issue 17, point 5): the registry holds an
anchor that a cut or rebuilt audit log no longer contains."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from app.crypto.age import decrypt
from app.export.run import execute, prepare
from app.vault import audit_log
from app.vault.session import Session
from tests.export.conftest import CHECKLISTS, Registry


def test_the_manifest_names_a_row_of_the_audit_log(ready: Session, usb: Path, registry: Registry) -> None:
    result = execute(ready, prepare(ready, CHECKLISTS), usb)
    with zipfile.ZipFile(io.BytesIO(decrypt(result.path.read_bytes(), registry.identity))) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert audit_log.find_anchor(ready.conn, manifest["audit_head"]) == manifest["audit_rows"]
    assert manifest["audit_rows"] < audit_log.head(ready.conn)[0]  # the export's own row comes after
