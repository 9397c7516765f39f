"""Importing batches from files or folders (a USB stick): every step checked, each file on its own. A file is
accepted whole or refused whole, with its own message and an audit row; whatever goes wrong in one file (a
hostile batch, a bug) never touches the files before or after it."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.batch import names
from app.core.audit import AuditAction
from app.core.errors import SignaalError
from app.core.i18n import _, ngettext
from app.crypto.minisign import FormatError, parse_signature
from app.registry import keys, received
from app.registry.reasons import BatchRejected
from app.registry.store import LoadCounts, load
from app.registry.verify import MAX_BATCH_BYTES, MAX_SIGNATURE_BYTES, open_batch
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
    gap: int = 0  # numbers of this sender still missing below its highest one, after this file
    counts: LoadCounts = field(default_factory=LoadCounts)


def find_batches(paths: list[Path]) -> list[Path]:
    """Batch files in the given files and folders, in sequence order within each organisation."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob(f"*{names.SUFFIX}")) if path.is_dir() else [path]
    return sorted(dict.fromkeys(found), key=lambda path: names.order_key(path.name))


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes: a link, folder, FIFO or device is refused
    before anything is read (opened without following links and without blocking), a larger file too."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        raise BatchRejected("not_regular" if path.is_symlink() else "signature_file", file=path.name) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BatchRejected("not_regular", file=path.name)
        if info.st_size > limit:
            raise BatchRejected("too_large")
        with os.fdopen(os.dup(fd), "rb") as stream:
            data = stream.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise BatchRejected("too_large")
    return data


def import_file(session: Session, path: Path) -> Outcome:
    """One file, in a savepoint of its own: accepted whole, or refused whole with its reason audited."""
    try:
        with session.transaction():
            return _import(session, path)
    except SignaalError as error:
        detail = error.audit_detail() if isinstance(error, BatchRejected) else {"reason": type(error).__name__}
        message = str(error)
    except Exception as error:  # noqa: BLE001 - any failure of one file is a refusal of that file alone
        detail = {"reason": "internal", "error": type(error).__name__}
        message = str(BatchRejected("internal", error=type(error).__name__))
    with session.transaction():
        session.audit(AuditAction.IMPORT_REJECTED, path.name[:200], detail)
    return Outcome(path.name, False, message)


def _read(path: Path) -> tuple[bytes, str, str]:
    data = read_regular(path, MAX_BATCH_BYTES)
    raw_signature = read_regular(path.with_name(names.sig_name(path.name)), MAX_SIGNATURE_BYTES)
    try:
        signature_text = raw_signature.decode("ascii")
        key_id = parse_signature(signature_text).key_id[::-1].hex().upper()
    except (UnicodeDecodeError, FormatError):
        raise BatchRejected("signature_file") from None
    return data, signature_text, key_id


def _import(session: Session, path: Path) -> Outcome:
    registry = keys.load(session)
    data, signature_text, key_id = _read(path)
    sender = keys.sender_by_id(session, key_id)
    if sender is None:
        raise UnknownSender(key_id)
    if sender.revoked:
        raise RevokedSender(sender.name)
    taken = received.sequences(session, sender.key_id)
    opened = open_batch(
        data,
        signature_text,
        sender.public_key,
        identity=registry.identity,
        recipient=registry.recipient,
        received=taken,
        file_name=path.name,
    )
    manifest = opened.manifest
    if manifest.org_key_id != sender.key_id:
        raise BatchRejected("manifest", detail="org_key_id")
    if sender.org_id and manifest.org_id != sender.org_id:
        raise BatchRejected("org_id", known=sender.org_id, org=manifest.org_id)
    if received.is_known(session, manifest.batch_id):
        raise BatchRejected("replay", sequence=manifest.sequence, org=sender.name, last=sender.last_sequence)
    counts = LoadCounts()
    received.record(session, manifest, key_id=sender.key_id, file_name=path.name, gap=opened.gap)
    keys.advance(session, sender.key_id, manifest.sequence, manifest.org_id)
    for line, melding in enumerate(opened.meldingen, 1):
        load(
            session,
            melding,
            key_id=sender.key_id,
            org_name=sender.name,
            batch_id=manifest.batch_id,
            secret=registry.linkage_secret,
            counts=counts,
            sequence=manifest.sequence,
            line=line,
        )
    missing = received.missing(taken | {manifest.sequence})
    session.audit(
        AuditAction.IMPORT,
        path.name,
        {
            "org": sender.name,
            "sequence": manifest.sequence,
            "count": manifest.count,
            "gap": len(missing),
            "new": counts.new,
            "updated": counts.updated,
            "withdrawn": counts.withdrawn,
            "superseded": counts.superseded,
            "candidates": counts.candidates,
        },
    )
    return Outcome(
        path.name,
        True,
        _message(manifest.count, counts, sender.name, missing),
        sender.name,
        manifest.sequence,
        len(missing),
        counts,
    )


def _message(count: int, counts: LoadCounts, org: str, missing: list[int]) -> str:
    message = ngettext(
        "Aangenomen: {n} melding ({new} nieuw, {upd} bijgewerkt, {wd} ingetrokken).",
        "Aangenomen: {n} meldingen ({new} nieuw, {upd} bijgewerkt, {wd} ingetrokken).",
        count,
    ).format(n=count, new=counts.new, upd=counts.updated, wd=counts.withdrawn)
    if counts.superseded:
        message += " " + _("{n} regel(s) overgeslagen: er was al een latere versie (late batch).").format(
            n=counts.superseded
        )
    if missing:
        shown = ", ".join(str(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
        message += " " + _("Let op: van {org} ontbreken nog {gap} batch(es): volgnummer {numbers}.").format(
            gap=len(missing), org=org, numbers=shown
        )
    return message


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
