"""Export state in the vault: the organisation's signing key, the registry recipient, batch sequence
numbers, the stable UUID per case's melding, and what left the device (for the re-identification check)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from app.batch.schema import Facts, Melding, Status
from app.core.audit import OVERRIDE_REASONS, AuditAction, reason_code
from app.core.errors import InvalidRecipient
from app.core.ids import CaseId
from app.core.tracks import Track
from app.crypto.age import RecipientError, check_recipient, recipient_fingerprint
from app.crypto.minisign import SecretKey
from app.vault import audit_log, meta
from app.vault.repos import settings as settings_repo
from app.vault.repos import tracks
from app.vault.session import Session


def ensure_org_key(session: Session) -> SecretKey:
    """The organisation's Ed25519 signing key, made on first use (new and existing vaults)."""
    row = session.conn.execute("SELECT key_id, seed FROM org_keys WHERE id = 1").fetchone()
    if row is not None:
        return SecretKey(bytes(row[0]), bytes(row[1]))
    key = SecretKey.generate()
    with session.transaction():
        session.conn.execute(
            "INSERT INTO org_keys (id, key_id, seed, created_at) VALUES (1, ?, ?, ?)",
            (key.key_id, key.seed, session.now()),
        )
        session.audit(AuditAction.KEY_CREATE, "org_key", {"key_id": key.public().key_id_hex})
    return key


RETIRED_ORG_KEYS = "retired_org_keys"  # meta: JSON list of the key ids replaced by ``rotate_org_key``


def rotate_org_key(session: Session) -> tuple[str, str]:
    """Replace the organisation's signing key (in the caller's transaction); the old key id is recorded as
    retired and never used again. Returns (old, new) key ids in hex."""
    old = ensure_org_key(session).public().key_id_hex
    retired = json.loads(meta.get(session.conn, RETIRED_ORG_KEYS) or "[]")
    key = SecretKey.generate()
    while key.public().key_id_hex in [*retired, old]:
        key = SecretKey.generate()
    meta.put(session.conn, RETIRED_ORG_KEYS, json.dumps([*retired, old]))
    session.conn.execute(
        "UPDATE org_keys SET key_id = ?, seed = ?, created_at = ? WHERE id = 1", (key.key_id, key.seed, session.now())
    )
    new = key.public().key_id_hex
    session.audit(AuditAction.KEY_CREATE, "org_key", {"key_id": new, "replaces": old})
    return old, new


def set_recipient(session: Session, text: str) -> str:
    """Check and store the registry's age recipient; returns its fingerprint. Who may do it is the caller's
    rule (``app.workflows.organisation``)."""
    try:
        recipient = check_recipient(text)
    except RecipientError as error:
        raise InvalidRecipient(error.problem, text.strip()[:6]) from None
    settings_repo.put_checked(session, "registry_recipient", recipient)
    return recipient_fingerprint(recipient)


def existing_uuids(session: Session, case_ids: Sequence[CaseId]) -> dict[CaseId, str]:
    rows = session.conn.execute(
        "SELECT case_id, uuid FROM meldingen WHERE case_id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(c) for c in case_ids]),),
    )
    return {CaseId(case_id): str(melding_id) for case_id, melding_id in rows}


def last_status(session: Session, case_id: CaseId) -> Status | None:
    row = session.conn.execute("SELECT last_status FROM meldingen WHERE case_id = ?", (case_id,)).fetchone()
    return Status(row[0]) if row is not None and row[0] else None


def pending(session: Session) -> list[tuple[CaseId, Status]]:
    """Cases whose melding must go out: a concept or correction, or a withdrawal of an exported one."""
    rows = session.conn.execute(
        "SELECT t.case_id, t.state, m.last_status FROM track_transitions t"
        " JOIN (SELECT max(id) AS id FROM track_transitions WHERE track = ? GROUP BY case_id) latest"
        "   ON latest.id = t.id"
        " LEFT JOIN meldingen m ON m.case_id = t.case_id ORDER BY t.case_id",
        (Track.MELDING.value,),
    )
    out: list[tuple[CaseId, Status]] = []
    for case_id, state, exported in rows:
        if state in ("concept", "gecorrigeerd"):
            out.append((CaseId(case_id), Status.CORRECTION if exported else Status.NEW))
        elif state == "ingetrokken" and exported and exported != Status.WITHDRAWN.value:
            out.append((CaseId(case_id), Status.WITHDRAWN))
    return out


def history(session: Session, exclude: set[str]) -> list[Facts]:
    """The latest exported facts of every melding not withdrawn and not in ``exclude``."""
    rows = session.conn.execute(
        "SELECT e.uuid, e.status, e.facts FROM exported_facts e"
        " JOIN (SELECT uuid, max(sequence) AS sequence FROM exported_facts GROUP BY uuid) latest"
        "   ON latest.uuid = e.uuid AND latest.sequence = e.sequence"
    )
    out = []
    for melding_id, status, facts in rows:
        if melding_id in exclude or status == Status.WITHDRAWN.value or facts is None:
            continue
        out.append(Facts.from_json(json.loads(facts)))
    return out


def released(session: Session, uuids: set[str]) -> dict[str, list[Facts]]:
    """Per UUID of ``uuids``, the facts it was exported with before (every earlier batch; the history rule
    of the re-identification check keeps a correction no finer than these)."""
    rows = session.conn.execute(
        "SELECT uuid, facts FROM exported_facts WHERE facts IS NOT NULL AND uuid IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(uuids)),),
    )
    out: dict[str, list[Facts]] = {}
    for melding_id, facts in rows:
        out.setdefault(str(melding_id), []).append(Facts.from_json(json.loads(facts)))
    return out


def reserve(session: Session, uuids: list[tuple[CaseId, str]]) -> tuple[int, str]:
    """The next batch number and a new batch id, committed before any file is written (never reused),
    together with the melding UUIDs of this batch (so a retry sends the same UUIDs)."""
    with session.transaction():
        for case_id, melding_id in uuids:
            session.conn.execute(
                "INSERT INTO meldingen (case_id, uuid) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING",
                (case_id, melding_id),
            )
        row = session.conn.execute("SELECT coalesce(max(sequence), 0) FROM export_batches").fetchone()
        sequence, batch_id = max(int(row[0]), sequence_floor(session)) + 1, str(uuid.uuid4())
        meta.put(session.conn, meta.EXPORT_HIGH_WATER, str(sequence))
        session.conn.execute(
            "INSERT INTO export_batches (sequence, batch_id, reserved_at) VALUES (?, ?, ?)",
            (sequence, batch_id, session.now()),
        )
    return sequence, batch_id


def sequence_floor(session: Session) -> int:
    """The highest batch number ever used: the high-water mark (kept by a restore) and the exports the
    audit log recorded, so the sequence never goes backwards even if ``export_batches`` did."""
    audited = session.conn.execute(
        "SELECT coalesce(max(CAST(json_extract(detail, '$.sequence') AS INTEGER)), 0) FROM audit_log WHERE action = ?",
        (AuditAction.EXPORT.value,),
    ).fetchone()[0]
    return max(int(meta.get(session.conn, meta.EXPORT_HIGH_WATER) or 0), int(audited))


def complete(
    session: Session,
    *,
    sequence: int,
    file_name: str,
    recipient_fp: str,
    age_sha256: str,
    sent: list[tuple[CaseId, Melding]],
    overridden: list[str],
    override_reason: str | None = None,
    check: dict[str, object] | None = None,
) -> None:
    """After the files were written and verified: record the batch and move the melding tracks; ``check``
    (k, its reason, how many held back, the information loss) goes into the audit row."""
    with session.transaction():
        session.conn.execute(
            "UPDATE export_batches SET written_at = ?, file_name = ?, count = ?, recipient_fingerprint = ?,"
            " age_sha256 = ? WHERE sequence = ?",
            (session.now(), file_name, len(sent), recipient_fp, age_sha256, sequence),
        )
        batch_id = session.conn.execute("SELECT batch_id FROM export_batches WHERE sequence = ?", (sequence,))
        batch = str(batch_id.fetchone()[0])
        for case_id, melding in sent:
            facts = json.dumps(melding.facts.to_json()) if melding.facts else None
            basis = melding.basis.value if melding.basis else None
            session.conn.execute(
                "INSERT INTO exported_facts (uuid, sequence, status, basis, facts) VALUES (?, ?, ?, ?, ?)",
                (melding.uuid, sequence, melding.status.value, basis, facts),
            )
            session.conn.execute(
                "UPDATE meldingen SET last_status = ?, last_sequence = ? WHERE case_id = ?",
                (melding.status.value, sequence, case_id),
            )
        exported = [case_id for case_id, melding in sent if melding.status is not Status.WITHDRAWN]
        tracks.record_many(
            session, exported, Track.MELDING, "geexporteerd", detail={"batch_id": batch, "sequence": sequence}
        )
        code, note = reason_code(override_reason, OVERRIDE_REASONS) if override_reason else (None, "")
        entry = session.audit(
            AuditAction.EXPORT,
            file_name,
            {
                "sequence": sequence,
                "batch_id": batch,
                "count": len(sent),
                "overridden": overridden,
                "override_reason": code,
                "note_chars": len(note),
                **(check or {}),
            },
        )
        audit_log.add_note(session.conn, entry, note)


def batches(session: Session) -> list[tuple[int, str, str | None, int]]:
    rows = session.conn.execute("SELECT sequence, batch_id, file_name, count FROM export_batches ORDER BY sequence")
    return [(int(r[0]), str(r[1]), r[2], int(r[3])) for r in rows]
