"""The attack corpus: each malformed or hostile batch as a generated fixture, with the reason the registry must
give. Every batch is signed with a trusted key (``KEY_A``), so each reaches the check it aims at."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from app.batch import names
from app.batch.archive import ZIP_DATE, zip_bytes
from app.crypto.age import generate_identity
from tests.export.vector import MELDINGEN
from tests.registry.batches import manifest_bytes, manifest_doc, seal_raw

Maker = Callable[[Path, str], Path]
GOOD = json.loads(MELDINGEN[0].line())
CONSENT = json.loads(MELDINGEN[1].line())


def _line(doc: dict[str, object]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


def _value(field: str, value: object) -> Maker:
    return lambda folder, recipient: seal_raw(folder, recipient=recipient, jsonl=_line(GOOD | {field: value}))


def _person(field: str, value: object) -> Maker:
    person = dict(CONSENT["person"]) | {field: value}
    return lambda folder, recipient: seal_raw(folder, recipient=recipient, jsonl=_line(CONSENT | {"person": person}))


def _jsonl(raw: bytes) -> Maker:
    return lambda folder, recipient: seal_raw(folder, recipient=recipient, jsonl=raw)


def _manifest(**changes: object) -> Maker:
    def make(folder: Path, recipient: str) -> Path:
        jsonl = MELDINGEN[0].line()
        doc = manifest_doc(jsonl, recipient=recipient) | changes
        return seal_raw(folder, recipient=recipient, jsonl=jsonl, manifest=manifest_bytes(doc))

    return make


def _zip(layout: str) -> Maker:
    def make(folder: Path, recipient: str) -> Path:
        from app.batch.names import MANIFEST, MANIFEST_SIG
        from app.batch.names import MELDINGEN as JSONL
        from tests.registry.batches import KEY_A

        jsonl = MELDINGEN[0].line()
        doc = manifest_doc(jsonl, recipient=recipient)
        manifest = manifest_bytes(doc)
        sig = KEY_A.sign(manifest, names.manifest_comment(str(doc["batch_id"]), "org-a", 1)).encode()
        members = [(JSONL, jsonl), (MANIFEST, manifest), (MANIFEST_SIG, sig)]
        if layout == "order":
            zipped = zip_bytes(members[::-1])
        elif layout == "junk":
            zipped = b"JUNK" + zip_bytes(members)
        else:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in members:
                    archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data)
            zipped = buffer.getvalue()
        return seal_raw(folder, recipient=recipient, zipped=zipped)

    return make


def _nested(folder: Path, recipient: str) -> Path:
    return seal_raw(folder, recipient=recipient, jsonl=b"[" * 2000 + b"]" * 2000 + b"\n")


def _extra_recipient(folder: Path, recipient: str) -> Path:
    return seal_raw(folder, recipient=recipient, recipients=[recipient, generate_identity()[1]])


def _symlink(folder: Path, recipient: str) -> Path:
    good = seal_raw(folder, recipient=recipient)
    good.unlink()
    good.symlink_to("/dev/zero")
    return good


def _fifo(folder: Path, recipient: str) -> Path:
    good = seal_raw(folder, recipient=recipient)
    signature = good.with_name(names.sig_name(good.name))
    signature.unlink()
    os.mkfifo(signature)
    return good


def _huge_signature(folder: Path, recipient: str) -> Path:
    good = seal_raw(folder, recipient=recipient)
    with open(good.with_name(names.sig_name(good.name)), "r+b") as stream:
        stream.truncate(3 * 1024**3)  # sparse: 3 GiB that take no disk
    return good


def _compact_manifest(folder: Path, recipient: str) -> Path:
    doc = manifest_doc(MELDINGEN[0].line(), recipient=recipient)
    return seal_raw(folder, recipient=recipient, manifest=json.dumps(doc).encode())


# name: (maker, the reason the registry must give)
ATTACKS: dict[str, tuple[Maker, str]] = {
    "melder_type police": (_value("melder_type", "police"), "melding"),
    "gender f": (_value("gender", "f"), "melding"),
    "age band 25": (_value("age_band", "25"), "melding"),
    "forms as a string": (_value("forms", "SU"), "melding"),
    "forms repeated": (_value("forms", ["SU", "SU"]), "melding"),
    "nationality NLD": (_value("nationality", "NLD"), "melding"),
    "period mei": (_value("period", "mei"), "melding"),
    "period 2026-13": (_value("period", "2026-13"), "melding"),
    "period after the batch": (_value("period", "2027-01"), "melding"),
    "free text in sector": (_value("sector", "Maria Jansen, Kerkstraat 5 Utrecht, HIV+"), "melding"),
    "free text in checklist_version": (_value("checklist_version", "zie notities"), "melding"),
    "minor as a boolean": (_value("minor", True), "melding"),
    "a key outside the format": (_value("notes", "x"), "melding"),
    "facts on a withdrawal": (_jsonl(_line({"status": "withdrawn", "uuid": GOOD["uuid"], "gender": "v"})), "melding"),
    "contact_ref on two lines": (_person("contact_ref", "bel\n0612345678"), "melding"),
    "contact_ref too long": (_person("contact_ref", "x" * 61), "melding"),
    "address in a name": (_person("family_name", "Jansen, Kerkstraat 5"), "melding"),
    "date of birth not a date": (_person("date_of_birth", "2004-02-30"), "melding"),
    "deeply nested JSON": (_nested, "melding_format"),
    "line not canonical": (_jsonl(json.dumps(GOOD).encode() + b"\n"), "melding_format"),
    "CRLF": (_jsonl(MELDINGEN[0].line()[:-1] + b"\r\n"), "melding_format"),
    "no final newline": (_jsonl(MELDINGEN[0].line()[:-1]), "melding_format"),
    "empty batch": (_jsonl(b""), "manifest"),
    "sequence 2**70": (_manifest(sequence=2**70), "manifest"),
    "sequence 2**62": (_manifest(sequence=2**62), "manifest"),
    "manifest with another key": (_manifest(note="x"), "manifest"),
    "count 0": (_manifest(count=0), "manifest"),
    "manifest not canonical": (
        lambda f, r: seal_raw(
            f, recipient=r, manifest=json.dumps(manifest_doc(MELDINGEN[0].line(), recipient=r)).encode()
        ),
        "manifest",
    ),
    "manifest comment of another batch": (
        lambda f, r: seal_raw(f, recipient=r, manifest_comment="signaal-batch/1 batch_id=x org=org-a sequence=1"),
        "manifest_comment",
    ),
    "outer comment names another file": (
        lambda f, r: seal_raw(f, recipient=r, comment="signaal-batch/1 file=other.signaal.age size=1 sequence=1"),
        "outer_comment",
    ),
    "outer comment free form": (lambda f, r: seal_raw(f, recipient=r, comment="looks fine"), "outer_comment"),
    "outer comment another sequence": (
        lambda f, r: seal_raw(f, recipient=r, comment_sequence=2),
        "outer_comment",
    ),
    "file name of another date": (
        lambda f, r: seal_raw(f, recipient=r, name="org-a-20250101-000001.signaal.age"),
        "file_name",
    ),
    "deflated member": (_zip("deflated"), "archive"),
    "members in another order": (_zip("order"), "archive"),
    "bytes before the ZIP": (_zip("junk"), "archive"),
    "an extra recipient": (_extra_recipient, "recipients"),
    "symlink to /dev/zero": (_symlink, "not_regular"),
    "FIFO as signature": (_fifo, "not_regular"),
    "3 GiB signature": (_huge_signature, "too_large"),
}
