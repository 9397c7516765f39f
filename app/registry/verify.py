"""Checking a ``signaal-batch/1`` file step by step, each failure with its own reason:
outer signature → decrypt → archive → manifest signature → hash and count → recipient → sequence → lines."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from app.core.errors import SignaalError
from app.core.i18n import N_, _
from app.core.melding import MELDING_KEYS, PERSON_KEYS
from app.crypto import AuthenticationFailed
from app.crypto.age import decrypt
from app.crypto.minisign import FormatError, PublicKey, check_comment, check_data, parse_signature, verify
from app.export.batch import FORMAT, MANIFEST, MANIFEST_SIG, MELDINGEN

MAX_BATCH_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 200 * 1024 * 1024
_REASONS = {
    "signature_file": N_("Het handtekeningbestand (.minisig) ontbreekt of is onleesbaar."),
    "wrong_key": N_("Het bestand is ondertekend met een andere sleutel dan die van deze organisatie."),
    "truncated": N_("Het bestand is afgekapt: {actual} van de {expected} bytes (niet volledig gekopieerd?)."),
    "tampered": N_("Het bestand is na ondertekening gewijzigd of beschadigd: de handtekening klopt niet."),
    "not_for_us": N_("Het bestand is niet voor deze ontvanger versleuteld (of de versleuteling is beschadigd)."),
    "archive": N_("De inhoud van de batch is geen geldig archief met de drie verwachte bestanden."),
    "manifest_signature": N_("De handtekening van het manifest klopt niet."),
    "manifest": N_("Het manifest is onvolledig of heeft een onbekend formaat: {detail}."),
    "hash": N_("De meldingen passen niet bij het manifest (andere SHA-256 of een ander aantal)."),
    "recipient": N_("De batch is bestemd voor een andere ontvanger ({recipient})."),
    "replay": N_("Volgnummer {sequence} van {org} is al eerder ontvangen (laatste: {last}): herhaalde batch."),
    "melding": N_("Regel {line} van de meldingen is ongeldig: {detail}."),
    "too_large": N_("Het bestand is groter dan een batch mag zijn."),
}


class BatchRejected(SignaalError):
    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason, details)
        self.reason, self.details = reason, details

    def message(self) -> str:
        return _(_REASONS[self.reason]).format(**self.details)


@dataclass(frozen=True, slots=True)
class OpenedBatch:
    manifest: dict[str, Any]
    meldingen: list[dict[str, Any]]
    gap: int  # batches missing between the last one seen and this one (0 = none)


def _size_in(comment: str) -> int | None:
    match = re.search(r"\bsize=(\d+)\b", comment)
    return int(match.group(1)) if match else None


def verify_outer(data: bytes, signature_text: str, org_key: PublicKey) -> str:
    """The outer signature, checkable without decrypting; returns the trusted comment."""
    try:
        signature = parse_signature(signature_text)
    except FormatError:
        raise BatchRejected("signature_file") from None
    try:
        comment = check_comment(signature, org_key)
    except AuthenticationFailed:
        raise BatchRejected("wrong_key" if signature.key_id != org_key.key_id else "tampered") from None
    expected = _size_in(comment)
    if expected is not None and len(data) < expected:
        raise BatchRejected("truncated", actual=len(data), expected=expected)
    try:
        check_data(data, signature, org_key)
    except AuthenticationFailed:
        raise BatchRejected("tampered") from None
    return comment


def open_batch(
    data: bytes, signature_text: str, org_key: PublicKey, *, identity: str, recipient: str, last_sequence: int
) -> OpenedBatch:
    if len(data) > MAX_BATCH_BYTES:
        raise BatchRejected("too_large")
    verify_outer(data, signature_text, org_key)
    try:
        archive = decrypt(data, identity)
    except AuthenticationFailed:
        raise BatchRejected("not_for_us") from None
    members = _members(archive)
    try:
        verify(members[MANIFEST], members[MANIFEST_SIG].decode("ascii"), org_key)
    except (FormatError, AuthenticationFailed, UnicodeDecodeError):
        raise BatchRejected("manifest_signature") from None
    manifest = _manifest(members[MANIFEST])
    jsonl = members[MELDINGEN]
    lines = jsonl.splitlines()
    if hashlib.sha256(jsonl).hexdigest() != manifest["sha256"] or len(lines) != manifest["count"]:
        raise BatchRejected("hash")
    if manifest["recipient"] != recipient:
        raise BatchRejected("recipient", recipient=str(manifest["recipient"])[:16] + "…")
    if manifest["sequence"] <= last_sequence:
        raise BatchRejected("replay", sequence=manifest["sequence"], org=manifest["org_id"], last=last_sequence)
    return OpenedBatch(
        manifest, [_melding(n, line) for n, line in enumerate(lines, 1)], manifest["sequence"] - last_sequence - 1
    )


def _members(archive: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
            infos = zipped.infolist()
            names = sorted(i.filename for i in infos)
            if names != sorted((MELDINGEN, MANIFEST, MANIFEST_SIG)) or any(
                i.file_size > MAX_MEMBER_BYTES for i in infos
            ):
                raise BatchRejected("archive")
            return {i.filename: zipped.read(i) for i in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BatchRejected("archive") from None


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BatchRejected("manifest", detail="JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BatchRejected("manifest", detail="format")
    for key, kind in (
        ("batch_id", str),
        ("org_id", str),
        ("org_key_id", str),
        ("sequence", int),
        ("created", str),
        ("recipient", str),
        ("count", int),
        ("sha256", str),
        ("form_versions", list),
    ):
        if not isinstance(doc.get(key), kind) or isinstance(doc.get(key), bool):
            raise BatchRejected("manifest", detail=key)
    return doc


def _melding(number: int, line: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BatchRejected("melding", line=number, detail="JSON") from None
    if (
        not isinstance(doc, dict)
        or not isinstance(doc.get("uuid"), str)
        or doc.get("status") not in ("new", "correction", "withdrawn")
    ):
        raise BatchRejected("melding", line=number, detail="uuid/status")
    unknown = set(doc) - MELDING_KEYS
    person = doc.get("person")
    if unknown or (person is not None and (not isinstance(person, dict) or set(person) - PERSON_KEYS)):
        raise BatchRejected("melding", line=number, detail=", ".join(sorted(unknown)) or "person")
    return doc
