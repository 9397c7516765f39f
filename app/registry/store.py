"""Registry meldingen: each belongs to its sender; loaded by the lifecycle of docs/registry.md (a correction
replaces, a withdrawal stops counting, a late batch never overwrites a later version), linkage keys for consent
meldingen, and candidate duplicates for review."""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import asdict, dataclass, field

from app.batch.period import year_number
from app.batch.schema import Basis, Melding, Status
from app.core.linkage import LinkRecord, candidate_reasons, linkage_input, normalise_name, swapped
from app.crypto.aead import mac
from app.registry.reasons import BatchRejected
from app.vault.session import Session


@dataclass
class LoadCounts:
    new: int = 0
    updated: int = 0
    withdrawn: int = 0
    superseded: int = 0  # lines of a late batch whose melding has a later version already
    candidates: int = 0
    touched: list[str] = field(default_factory=list)


def _linkage(secret: bytes, melding: Melding) -> tuple[str | None, str | None, str | None, str | None]:
    """(linkage key, name key, birth date, person JSON) for a consent melding with a person, else Nones."""
    person, facts = melding.person, melding.facts
    if melding.basis is not Basis.CONSENT or person is None or facts is None:
        return None, None, None, None
    name_key = normalise_name(person.given_names, person.family_name)
    birth = person.date_of_birth
    key = mac(secret, linkage_input(name_key, birth)).hex()
    return key, name_key, birth, json.dumps(asdict(person), ensure_ascii=False, sort_keys=True)


def load(
    session: Session,
    melding: Melding,
    *,
    key_id: str,
    org_name: str,
    batch_id: str,
    secret: bytes,
    counts: LoadCounts,
    sequence: int = 0,
    line: int = 0,
) -> None:
    """Apply one line of batch ``sequence`` from sender ``key_id`` (in the caller's transaction), by the
    lifecycle of docs/registry.md: ``BatchRejected`` refuses the whole batch."""
    found = session.conn.execute(
        "SELECT key_id, status, sequence, person_id FROM reg_meldingen WHERE uuid = ?", (melding.uuid,)
    ).fetchone()
    if found is not None:
        owner, status, written_by, _person = found
        if owner != key_id:
            raise BatchRejected("other_sender", line=line, uuid=melding.uuid)
        if int(written_by) > sequence:  # a late batch: a later version is here already
            counts.superseded += 1
            return
        if melding.status is Status.NEW:
            raise BatchRejected("known_uuid", line=line, uuid=melding.uuid)
        if melding.status is Status.CORRECTION and status == Status.WITHDRAWN.value:
            raise BatchRejected("after_withdrawal", line=line, uuid=melding.uuid)
    context = (key_id, org_name, batch_id, sequence)
    if melding.status is Status.WITHDRAWN or melding.facts is None:
        _withdraw(session, melding.uuid, context, known=found is not None)
        counts.withdrawn += 1
        return
    person_id = str(found[3]) if found is not None else str(uuid_module.uuid4())
    linkage_key, name_key, birth = _write(session, melding, context, person_id, secret)
    if found is None:
        counts.new += 1
    else:
        counts.updated += 1
    if linkage_key is not None and name_key is not None:
        record = LinkRecord(melding.uuid, linkage_key, name_key, birth, melding.facts.nationality)
        counts.candidates += _candidates(session, record, person_id)


def _withdraw(session: Session, uuid: str, context: tuple[str, str, str, int], *, known: bool) -> None:
    key_id, org_name, batch_id, sequence = context
    if known:
        session.conn.execute(
            "UPDATE reg_meldingen SET status = ?, batch_id = ?, sequence = ?, linkage_key = NULL, name_key = NULL,"
            " birth_date = NULL, person = NULL, updated_at = ? WHERE uuid = ?",
            (Status.WITHDRAWN.value, batch_id, sequence, session.now(), uuid),
        )
        return
    session.conn.execute(  # a withdrawal of an unseen melding: kept, so that its late ``new`` stays out
        "INSERT INTO reg_meldingen (uuid, key_id, org_name, batch_id, status, person_id, sequence, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid, key_id, org_name, batch_id, Status.WITHDRAWN.value, str(uuid_module.uuid4()), sequence, session.now()),
    )


def _write(
    session: Session, melding: Melding, context: tuple[str, str, str, int], person_id: str, secret: bytes
) -> tuple[str | None, str | None, str | None]:
    key_id, org_name, batch_id, sequence = context
    facts = melding.facts
    assert facts is not None
    linkage_key, name_key, birth, person = _linkage(secret, melding)
    session.conn.execute(
        "INSERT INTO reg_meldingen (uuid, key_id, org_name, batch_id, status, basis, facts, year, person_id,"
        " linkage_key, name_key, birth_date, person, sequence, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET batch_id = excluded.batch_id, status = excluded.status,"
        " basis = excluded.basis, facts = excluded.facts, year = excluded.year, linkage_key = excluded.linkage_key,"
        " name_key = excluded.name_key, birth_date = excluded.birth_date, person = excluded.person,"
        " sequence = excluded.sequence, updated_at = excluded.updated_at",
        (
            melding.uuid,
            key_id,
            org_name,
            batch_id,
            melding.status.value,
            melding.basis.value if melding.basis else None,
            json.dumps(facts.to_json(), sort_keys=True),
            year_number(facts.period),
            person_id,
            linkage_key,
            name_key,
            birth,
            person,
            sequence,
            session.now(),
        ),
    )
    return linkage_key, name_key, birth


def _candidates(session: Session, record: LinkRecord, person_id: str) -> int:
    """Candidate duplicates of ``record``: in its block (the same linkage key, or the same or swapped date of
    birth), the other consent meldingen the rule of app/core/linkage.py names."""
    dates = [d for d in (record.birth_date, swapped(record.birth_date) if record.birth_date else None) if d]
    marks = ",".join("?" for _ in dates) or "NULL"
    rows = session.conn.execute(
        "SELECT uuid, linkage_key, name_key, birth_date, json_extract(facts, '$.nationality') FROM reg_meldingen"
        " WHERE uuid != ? AND status != ? AND person_id != ? AND linkage_key IS NOT NULL"
        f" AND (linkage_key = ? OR birth_date IN ({marks}))",
        (record.uuid, Status.WITHDRAWN.value, person_id, record.linkage_key, *dates),
    )
    found = 0
    for other_uuid, other_key, other_name, other_birth, other_nationality in rows:
        other = LinkRecord(other_uuid, other_key, other_name, other_birth, other_nationality or "onbekend")
        score, reasons = candidate_reasons(record, other)
        if not reasons:
            continue
        first, second = sorted((record.uuid, str(other_uuid)))
        cursor = session.conn.execute(
            "INSERT INTO duplicate_candidates (uuid_a, uuid_b, score, reasons) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (uuid_a, uuid_b) DO NOTHING",
            (first, second, score, json.dumps(reasons)),
        )
        found += cursor.rowcount
    return found
