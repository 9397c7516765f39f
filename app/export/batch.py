"""The batch files of format ``signaal-batch/1`` (docs/batch-format.md), as bytes.

meldingen.jsonl + manifest.json + manifest.json.minisig → uncompressed ZIP → age → ``NAME.signaal.age``,
and an outer minisign signature of that file → ``NAME.signaal.age.minisig``.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.clock import to_text
from app.core.melding import Melding
from app.crypto.age import encrypt
from app.crypto.minisign import SecretKey

FORMAT = "signaal-batch/1"
MELDINGEN, MANIFEST, MANIFEST_SIG = "meldingen.jsonl", "manifest.json", "manifest.json.minisig"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class BatchFiles:
    name: str  # NAME.signaal.age
    jsonl: bytes
    manifest: bytes
    manifest_sig: bytes
    archive: bytes  # the ZIP inside the age file
    encrypted: bytes  # NAME.signaal.age
    outer_sig: bytes  # NAME.signaal.age.minisig

    @property
    def sig_name(self) -> str:
        return self.name + ".minisig"


def file_name(org_id: str, created: datetime, sequence: int) -> str:
    return f"{org_id}-{created.astimezone(UTC):%Y%m%d}-{sequence:06d}.signaal.age"


def manifest_bytes(
    *,
    batch_id: str,
    org_id: str,
    org_key_id: str,
    sequence: int,
    created: datetime,
    recipient: str,
    form_versions: list[str],
    jsonl: bytes,
    count: int,
    audit_anchor: tuple[int, str] | None = None,
) -> bytes:
    doc: dict[str, object] = {
        "format": FORMAT,
        "batch_id": batch_id,
        "org_id": org_id,
        "org_key_id": org_key_id,
        "sequence": sequence,
        "created": to_text(created),
        "recipient": recipient,
        "form_versions": sorted(set(form_versions)),
        "count": count,
        "sha256": hashlib.sha256(jsonl).hexdigest(),
    }
    if audit_anchor is not None:  # the field vault's audit head when the batch was made: an anchor the
        doc["audit_rows"], doc["audit_head"] = audit_anchor  # registry keeps (issue 17, point 5)
    return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def zip_bytes(files: list[tuple[str, bytes]]) -> bytes:
    """An uncompressed ZIP with fixed dates and modes, so the same input gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def pack(
    meldingen: list[Melding],
    *,
    key: SecretKey,
    org_id: str,
    sequence: int,
    batch_id: str,
    created: datetime,
    recipient: str,
    form_versions: list[str],
    audit_anchor: tuple[int, str] | None = None,
) -> BatchFiles:
    jsonl = b"".join(m.line() for m in meldingen)
    manifest = manifest_bytes(
        batch_id=batch_id,
        org_id=org_id,
        org_key_id=key.public().key_id_hex,
        sequence=sequence,
        created=created,
        recipient=recipient,
        form_versions=form_versions,
        jsonl=jsonl,
        count=len(meldingen),
        audit_anchor=audit_anchor,
    )
    manifest_sig = key.sign(manifest, f"{FORMAT} batch_id={batch_id} org={org_id} sequence={sequence}").encode()
    archive = zip_bytes([(MELDINGEN, jsonl), (MANIFEST, manifest), (MANIFEST_SIG, manifest_sig)])
    encrypted = encrypt(archive, [recipient])
    name = file_name(org_id, created, sequence)
    comment = f"{FORMAT} file={name} size={len(encrypted)} sequence={sequence}"
    return BatchFiles(name, jsonl, manifest, manifest_sig, archive, encrypted, key.sign(encrypted, comment).encode())
