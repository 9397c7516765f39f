"""Checking a ``signaal-batch/1`` file step by step, each failure with its own reason:
outer signature → decrypt → archive → manifest signature → hash and count → recipient → sequence → lines."""

from __future__ import annotations

from dataclasses import dataclass

from app.batch import archive, lines, names
from app.batch.errors import InvalidArchive, InvalidManifest, InvalidMelding
from app.batch.manifest import Manifest
from app.batch.schema import Melding
from app.core.errors import SignaalError
from app.core.i18n import N_, _
from app.crypto import AuthenticationFailed
from app.crypto.age import decrypt
from app.crypto.minisign import FormatError, PublicKey, check_comment, check_data, parse_signature, verify

MAX_BATCH_BYTES = 256 * 1024 * 1024
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
    manifest: Manifest
    meldingen: list[Melding]
    gap: int  # batches missing between the last one seen and this one (0 = none)


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
    expected = names.size_in(comment)
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
        zipped = decrypt(data, identity)
    except AuthenticationFailed:
        raise BatchRejected("not_for_us") from None
    try:
        members = archive.unpack(zipped)
    except InvalidArchive:
        raise BatchRejected("archive") from None
    try:
        verify(members.manifest, members.manifest_sig.decode("ascii"), org_key)
    except (FormatError, AuthenticationFailed, UnicodeDecodeError):
        raise BatchRejected("manifest_signature") from None
    try:
        manifest = Manifest.from_bytes(members.manifest)
    except InvalidManifest as error:
        raise BatchRejected("manifest", detail=error.detail) from None
    if not manifest.matches(members.jsonl, len(lines.split(members.jsonl))):
        raise BatchRejected("hash")
    if manifest.recipient != recipient:
        raise BatchRejected("recipient", recipient=manifest.recipient[:16] + "…")
    if manifest.sequence <= last_sequence:
        raise BatchRejected("replay", sequence=manifest.sequence, org=manifest.org_id, last=last_sequence)
    try:
        meldingen = lines.decode(members.jsonl)
    except InvalidMelding as error:
        raise BatchRejected("melding", line=error.line, detail=error.detail) from None
    return OpenedBatch(manifest, meldingen, manifest.sequence - last_sequence - 1)
