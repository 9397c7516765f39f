"""Checking a ``signaal-batch/1`` file step by step, each failure with its own reason: outer signature and
what it binds → recipients → decrypt → archive → manifest signature and what it binds → manifest → hash and
count → recipient → file name → sequence number → lines. Everything here is pure: bytes in, a typed batch or
``BatchRejected`` out; what the registry already holds comes in as arguments."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.batch import archive, lines, names
from app.batch.errors import InvalidArchive, InvalidManifest, InvalidMelding
from app.batch.manifest import Manifest
from app.batch.schema import Melding
from app.batch.validate import period_year
from app.crypto import AuthenticationFailed
from app.crypto.age import decrypt, recipient_stanzas
from app.crypto.minisign import FormatError, PublicKey, check_comment, check_data, parse_signature, verify
from app.registry.reasons import BatchRejected

__all__ = ["MAX_BATCH_BYTES", "BatchRejected", "OpenedBatch", "open_batch", "verify_outer"]

MAX_BATCH_BYTES = 256 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
_SHAPE_DETAILS = {"JSON", "canonical", "LF", "CR", "length", "count"}


@dataclass(frozen=True, slots=True)
class OpenedBatch:
    manifest: Manifest
    meldingen: list[Melding]
    gap: int  # numbers skipped between the highest one received before and this one (0 = none)


def verify_outer(data: bytes, signature_text: str, org_key: PublicKey, file_name: str | None = None) -> str:
    """The outer signature, checkable without decrypting, and what its trusted comment binds (the file's name
    when given, its exact size); returns the trusted comment."""
    try:
        signature = parse_signature(signature_text)
    except FormatError:
        raise BatchRejected("signature_file") from None
    try:
        comment = check_comment(signature, org_key)
    except AuthenticationFailed:
        raise BatchRejected("wrong_key" if signature.key_id != org_key.key_id else "tampered") from None
    expected = names.size_in(comment)
    if expected is not None and len(data) < expected:
        raise BatchRejected("truncated", actual=len(data), expected=expected)
    try:
        check_data(data, signature, org_key)
    except AuthenticationFailed:
        raise BatchRejected("tampered") from None
    bound = names.parse_outer_comment(comment)
    if bound is None:
        raise BatchRejected("outer_comment", detail="format")
    if file_name is not None and bound[0] != file_name:
        raise BatchRejected("outer_comment", detail="file")
    if bound[1] != len(data):
        raise BatchRejected("outer_comment", detail="size")
    return comment


def _members(data: bytes, identity: str) -> archive.Members:
    stanzas = recipient_stanzas(data)
    if stanzas != ["X25519"]:
        raise BatchRejected("recipients", count=len(stanzas))
    try:
        zipped = decrypt(data, identity)
    except AuthenticationFailed:
        raise BatchRejected("not_for_us") from None
    try:
        return archive.unpack(zipped)
    except InvalidArchive as error:
        raise BatchRejected("archive", detail=error.detail) from None


def _manifest(members: archive.Members, org_key: PublicKey) -> Manifest:
    try:
        comment = verify(members.manifest, members.manifest_sig.decode("ascii"), org_key)
    except (FormatError, AuthenticationFailed, UnicodeDecodeError):
        raise BatchRejected("manifest_signature") from None
    try:
        manifest = Manifest.from_bytes(members.manifest)
    except InvalidManifest as error:
        raise BatchRejected("manifest", detail=error.detail) from None
    if comment != manifest.signature_comment():
        raise BatchRejected("manifest_comment")
    return manifest


def _meldingen(jsonl: bytes, created_year: int) -> list[Melding]:
    try:
        meldingen = lines.decode(jsonl)
    except InvalidMelding as error:
        if error.detail in _SHAPE_DETAILS:
            raise BatchRejected("melding_format", line=error.line, detail=error.detail) from None
        raise BatchRejected("melding", line=error.line, field=error.detail, value=error.shown_value()) from None
    seen: set[str] = set()
    for number, melding in enumerate(meldingen, 1):
        if melding.uuid in seen:
            raise BatchRejected("duplicate_uuid", line=number, uuid=melding.uuid)
        seen.add(melding.uuid)
        year = period_year(melding.facts.period) if melding.facts else None
        if melding.facts is not None and year is not None and year > created_year:
            raise BatchRejected("melding", line=number, field="period", value=f"“{melding.facts.period}”")
    return meldingen


def open_batch(
    data: bytes,
    signature_text: str,
    org_key: PublicKey,
    *,
    identity: str,
    recipient: str,
    received: Collection[int] = (),
    file_name: str | None = None,
) -> OpenedBatch:
    """The batch, every step checked; ``received``: the sequence numbers already taken from this sender."""
    if len(data) > MAX_BATCH_BYTES or len(signature_text) > MAX_SIGNATURE_BYTES:
        raise BatchRejected("too_large")
    comment = verify_outer(data, signature_text, org_key, file_name)
    members = _members(data, identity)
    manifest = _manifest(members, org_key)
    if not manifest.matches(members.jsonl, len(lines.split(members.jsonl))):
        raise BatchRejected("hash")
    if manifest.recipient != recipient:
        raise BatchRejected("recipient", recipient=manifest.recipient[:16] + "…")
    bound = names.parse_outer_comment(comment)
    if bound is None or bound[2] != manifest.sequence:
        raise BatchRejected("outer_comment", detail="sequence")
    expected = names.file_name_of(manifest.org_id, manifest.created, manifest.sequence)
    if file_name is not None and file_name != expected:
        raise BatchRejected("file_name", expected=expected)
    highest = max(received, default=0)
    if manifest.sequence in received:
        raise BatchRejected("replay", sequence=manifest.sequence, org=manifest.org_id, last=highest)
    if manifest.sequence > highest + names.MAX_JUMP:
        raise BatchRejected("sequence_jump", sequence=manifest.sequence, jump=names.MAX_JUMP, highest=highest)
    meldingen = _meldingen(members.jsonl, int(manifest.created[:4]))
    return OpenedBatch(manifest, meldingen, max(manifest.sequence - highest - 1, 0))
