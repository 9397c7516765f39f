"""Sealing a batch of format ``signaal-batch/1``: the bytes come from app/batch; this signs the manifest,
encrypts the ZIP with age for the registry and signs the encrypted file (docs/batch-format.md).

meldingen.jsonl + manifest.json + manifest.json.minisig → uncompressed ZIP → age → ``NAME.signaal.age``,
and an outer minisign signature of that file → ``NAME.signaal.age.minisig``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.batch import archive, lines, names
from app.batch.manifest import Manifest
from app.batch.schema import Melding
from app.crypto.age import encrypt
from app.crypto.minisign import SecretKey


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
        return names.sig_name(self.name)


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
    jsonl = lines.encode(meldingen)
    manifest = Manifest.describe(
        jsonl,
        count=len(meldingen),
        batch_id=batch_id,
        org_id=org_id,
        org_key_id=key.public().key_id_hex,
        sequence=sequence,
        created=created,
        recipient=recipient,
        form_versions=form_versions,
        audit_anchor=audit_anchor,
    )
    manifest_bytes = manifest.to_bytes()
    manifest_sig = key.sign(manifest_bytes, manifest.signature_comment()).encode()
    zipped = archive.pack(archive.Members(jsonl, manifest_bytes, manifest_sig))
    encrypted = encrypt(zipped, [recipient])
    name = names.file_name(org_id, created, sequence)
    outer_sig = key.sign(encrypted, names.outer_comment(name, len(encrypted), sequence)).encode()
    return BatchFiles(name, jsonl, manifest_bytes, manifest_sig, zipped, encrypted, outer_sig)
