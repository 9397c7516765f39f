"""Writing signed batches for registry tests: good ones from typed meldingen, and hostile ones from raw
members (signed with a trusted key, so that every check after the signature is reached). TEST KEYS ONLY."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from app.batch import archive, lines, names
from app.batch.schema import Basis, Melding, Person, Status
from app.crypto.age import encrypt
from app.crypto.minisign import SecretKey
from app.export.seal import pack
from tests.export.vector import MELDINGEN

KEY_A = SecretKey(bytes(range(8)), bytes(range(1, 33)))  # TEST ONLY
KEY_B = SecretKey(bytes(range(10, 18)), bytes(range(40, 72)))  # TEST ONLY
CREATED = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
FACTS = MELDINGEN[0].facts
assert FACTS is not None


def uid(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-000000000000"


def new(n: int, **facts: object) -> Melding:
    return Melding(uid(n), Status.NEW, Basis.ANONYMOUS, replace(FACTS, **facts))  # type: ignore[arg-type]


def consent(n: int, person: Person, status: Status = Status.NEW, **facts: object) -> Melding:
    return Melding(uid(n), status, Basis.CONSENT, replace(FACTS, **facts), person)  # type: ignore[arg-type]


def correction(n: int, **facts: object) -> Melding:
    return Melding(uid(n), Status.CORRECTION, Basis.ANONYMOUS, replace(FACTS, **facts))  # type: ignore[arg-type]


def withdrawal(n: int) -> Melding:
    return Melding(uid(n), Status.WITHDRAWN)


def write(
    folder: Path, meldingen: list[Melding], *, recipient: str, sequence: int, key: SecretKey = KEY_A, org: str = ""
) -> Path:
    """A good batch, as the exporter writes it, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    org_id = org or ("org-a" if key is KEY_A else "org-b")
    batch_id = f"00000000-0000-4000-8000-{sequence:06d}{abs(hash(org_id)) % 10**6:06d}"
    files = pack(
        meldingen,
        key=key,
        org_id=org_id,
        sequence=sequence,
        batch_id=batch_id,
        created=CREATED,
        recipient=recipient,
        form_versions=[],
    )
    path = folder / files.name
    path.write_bytes(files.encrypted)
    path.with_name(files.sig_name).write_bytes(files.outer_sig)
    return path


def manifest_doc(jsonl: bytes, *, recipient: str, sequence: int = 1, org_id: str = "org-a") -> dict[str, object]:
    return {
        "batch_id": f"00000000-0000-4000-8000-{sequence:012d}",
        "count": len(lines.split(jsonl)) if jsonl else 0,
        "created": "2026-03-31T12:00:00Z",
        "form_versions": [],
        "format": names.FORMAT,
        "org_id": org_id,
        "org_key_id": KEY_A.public().key_id_hex,
        "recipient": recipient,
        "sequence": sequence,
        "sha256": hashlib.sha256(jsonl).hexdigest(),
    }


def manifest_bytes(doc: dict[str, object]) -> bytes:
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"


def seal_raw(
    folder: Path,
    *,
    recipient: str,
    jsonl: bytes | None = None,
    manifest: bytes | None = None,
    manifest_comment: str | None = None,
    zipped: bytes | None = None,
    recipients: list[str] | None = None,
    name: str = "",
    comment: str | None = None,
    sequence: int = 1,
    comment_sequence: int | None = None,
) -> Path:
    """A batch signed with ``KEY_A`` whose parts are given raw (any part left out is made as the exporter
    would); the outer signature's comment binds the name, size and ``sequence`` unless ``comment`` is given."""
    jsonl = MELDINGEN[0].line() if jsonl is None else jsonl
    doc = manifest_doc(jsonl, recipient=recipient, sequence=sequence)
    manifest = manifest_bytes(doc) if manifest is None else manifest
    sig_comment = manifest_comment or names.manifest_comment(str(doc["batch_id"]), "org-a", sequence)
    manifest_sig = KEY_A.sign(manifest, sig_comment).encode()
    if zipped is None:
        zipped = archive.pack(archive.Members(jsonl, manifest, manifest_sig))
    encrypted = encrypt(zipped, recipients or [recipient])
    name = name or names.file_name("org-a", CREATED, sequence)
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encrypted)
    bound = sequence if comment_sequence is None else comment_sequence
    text = comment if comment is not None else names.outer_comment(name, len(encrypted), bound)
    path.with_name(names.sig_name(name)).write_bytes(KEY_A.sign(encrypted, text).encode())
    return path
