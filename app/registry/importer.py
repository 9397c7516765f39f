"""Importing batches from files or folders (a USB stick): every step checked, each batch in one
transaction, rejections with their reason and without any change to the registry's data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.batch import names
from app.core.audit import AuditAction
from app.core.errors import SignaalError
from app.core.i18n import _
from app.crypto.minisign import FormatError, parse_signature
from app.registry import keys, received
from app.registry.store import LoadCounts, load
from app.registry.verify import MAX_BATCH_BYTES, BatchRejected, open_batch
from app.vault.session import Session

Progress = Callable[[int, int, str], None]


class UnknownSender(SignaalError):
    def __init__(self, key_id: str) -> None:
        super().__init__(key_id)
        self.key_id = key_id

    def message(self) -> str:
        return _("Afzender met sleutel {id} is niet bekend; voeg de sleutel eerst toe (registry trust add).").format(
            id=self.key_id
        )


class RevokedSender(SignaalError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def message(self) -> str:
        return _("De sleutel van {name} is ingetrokken; deze batch wordt niet aangenomen.").format(name=self.name)


@dataclass
class Outcome:
    file: str
    accepted: bool
    message: str
    org: str = ""
    sequence: int = 0
    gap: int = 0
    counts: LoadCounts = field(default_factory=LoadCounts)


def find_batches(paths: list[Path]) -> list[Path]:
    """Batch files in the given files and folders, in sequence order within each organisation."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob(f"*{names.SUFFIX}")) if path.is_dir() else [path]
    return sorted(dict.fromkeys(found), key=lambda path: names.order_key(path.name))


def import_file(session: Session, path: Path) -> Outcome:
    try:
        return _import(session, path)
    except SignaalError as error:
        session.audit(
            AuditAction.IMPORT_REJECTED, path.name, {"reason": getattr(error, "reason", type(error).__name__)}
        )
        return Outcome(path.name, False, str(error))


def _import(session: Session, path: Path) -> Outcome:
    registry = keys.load(session)
    try:
        if path.stat().st_size > MAX_BATCH_BYTES:
            raise BatchRejected("too_large")
        data = path.read_bytes()
        signature_text = path.with_name(names.sig_name(path.name)).read_text("ascii")
        key_id = parse_signature(signature_text).key_id[::-1].hex().upper()
    except (OSError, UnicodeDecodeError, FormatError):
        raise BatchRejected("signature_file") from None
    sender = keys.sender_by_id(session, key_id)
    if sender is None:
        raise UnknownSender(key_id)
    if sender.revoked:
        raise RevokedSender(sender.name)
    opened = open_batch(
        data,
        signature_text,
        sender.public_key,
        identity=registry.identity,
        recipient=registry.recipient,
        last_sequence=sender.last_sequence,
    )
    manifest = opened.manifest
    if manifest.org_key_id != sender.key_id:
        raise BatchRejected("manifest", detail="org_key_id")
    if received.is_known(session, manifest.batch_id):
        raise BatchRejected("replay", sequence=manifest.sequence, org=sender.name, last=sender.last_sequence)
    counts = LoadCounts()
    with session.transaction():
        received.record(session, manifest, key_id=sender.key_id, file_name=path.name, gap=opened.gap)
        keys.advance(session, sender.key_id, manifest.sequence)
        for melding in opened.meldingen:
            load(
                session,
                melding,
                key_id=sender.key_id,
                org_name=sender.name,
                batch_id=manifest.batch_id,
                secret=registry.linkage_secret,
                counts=counts,
            )
        session.audit(
            AuditAction.IMPORT,
            path.name,
            {
                "org": sender.name,
                "sequence": manifest.sequence,
                "count": manifest.count,
                "gap": opened.gap,
                "new": counts.new,
                "updated": counts.updated,
                "withdrawn": counts.withdrawn,
                "candidates": counts.candidates,
            },
        )
    message = _("Aangenomen: {n} meldingen ({new} nieuw, {upd} bijgewerkt, {wd} ingetrokken).").format(
        n=manifest.count, new=counts.new, upd=counts.updated, wd=counts.withdrawn
    )
    if opened.gap:
        message += " " + _("Let op: {gap} batch(es) van {org} ontbreken vóór volgnummer {seq}.").format(
            gap=opened.gap, org=sender.name, seq=manifest.sequence
        )
    return Outcome(path.name, True, message, sender.name, manifest.sequence, opened.gap, counts)


COMMIT_EVERY = 100  # files per commit: each file still all-or-nothing (a savepoint), far fewer fsyncs


def import_paths(session: Session, paths: list[Path], progress: Progress = lambda _d, _t, _f: None) -> list[Outcome]:
    """Import every batch found, in sequence order. Each file is accepted whole or rejected whole; files are
    committed in groups, so a crash loses at most the last group, which a re-import then takes again."""
    batches = find_batches(paths)
    outcomes: list[Outcome] = []
    for start in range(0, len(batches), COMMIT_EVERY):
        with session.transaction():
            for done, path in enumerate(batches[start : start + COMMIT_EVERY], start):
                progress(done, len(batches), path.name)
                outcomes.append(import_file(session, path))
    progress(len(batches), len(batches), "")
    return outcomes
