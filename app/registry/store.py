"""Registry meldingen: loaded idempotently by UUID (a correction replaces, a withdrawal stops counting),
linkage keys for consent meldingen, and candidate duplicates for review."""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import asdict, dataclass, field

from app.batch.period import year_number
from app.batch.schema import Basis, Melding, Status
from app.core.linkage import LinkRecord, candidate_reasons, linkage_input, normalise_name, swapped
from app.crypto.aead import mac
from app.vault.session import Session


@dataclass
class LoadCounts:
    new: int = 0
    updated: int = 0
    withdrawn: int = 0
    candidates: int = 0
    touched: list[str] = field(default_factory=list)


def _linkage(secret: bytes, melding: Melding) -> tuple[str | None, str | None, str | None, str | None]:
    """(linkage key, name key, birth date, person JSON) for a consent melding with a person, else Nones."""
    person, facts = melding.person, melding.facts
    if melding.basis is not Basis.CONSENT or person is None or facts is None:
        return None, None, None, None
    name_key = normalise_name(person.given_names, person.family_name)
    birth = person.date_of_birth
    key = mac(secret, linkage_input(name_key, birth, facts.nationality)).hex()
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
) -> None:
    """Insert or update one melding (in the caller's transaction)."""
    melding_id = melding.uuid
    row = session.conn.execute("SELECT person_id FROM reg_meldingen WHERE uuid = ?", (melding_id,)).fetchone()
    if melding.status is Status.WITHDRAWN or melding.facts is None:
        if row is not None:
            session.conn.execute(
                "UPDATE reg_meldingen SET status = ?, batch_id = ?, linkage_key = NULL, name_key = NULL,"
                " birth_date = NULL, person = NULL, updated_at = ? WHERE uuid = ?",
                (Status.WITHDRAWN.value, batch_id, session.now(), melding_id),
            )
        else:
            session.conn.execute(
                "INSERT INTO reg_meldingen (uuid, key_id, org_name, batch_id, status, person_id, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    melding_id,
                    key_id,
                    org_name,
                    batch_id,
                    Status.WITHDRAWN.value,
                    str(uuid_module.uuid4()),
                    session.now(),
                ),
            )
        counts.withdrawn += 1
        return
    facts = melding.facts
    linkage_key, name_key, birth, person = _linkage(secret, melding)
    person_id = str(row[0]) if row is not None else str(uuid_module.uuid4())
    session.conn.execute(
        "INSERT INTO reg_meldingen (uuid, key_id, org_name, batch_id, status, basis, facts, year, person_id,"
        " linkage_key, name_key, birth_date, person, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET batch_id = excluded.batch_id, status = excluded.status,"
        " basis = excluded.basis, facts = excluded.facts, year = excluded.year, linkage_key = excluded.linkage_key,"
        " name_key = excluded.name_key, birth_date = excluded.birth_date, person = excluded.person,"
        " updated_at = excluded.updated_at",
        (
            melding_id,
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
            session.now(),
        ),
    )
    if row is None:
        counts.new += 1
    else:
        counts.updated += 1
    if linkage_key is not None and name_key is not None:
        counts.candidates += _candidates(session, LinkRecord(melding_id, linkage_key, name_key, birth), person_id)


def _candidates(session: Session, record: LinkRecord, person_id: str) -> int:
    dates = [d for d in (record.birth_date, swapped(record.birth_date) if record.birth_date else None) if d]
    marks = ",".join("?" for _ in dates) or "NULL"
    rows = session.conn.execute(
        "SELECT uuid, linkage_key, name_key, birth_date FROM reg_meldingen WHERE uuid != ? AND status != ?"
        f" AND person_id != ? AND linkage_key IS NOT NULL AND (linkage_key = ? OR birth_date IN ({marks}))",
        (record.uuid, Status.WITHDRAWN.value, person_id, record.linkage_key, *dates),
    )
    found = 0
    for other_uuid, other_key, other_name, other_birth in rows:
        score, reasons = candidate_reasons(record, LinkRecord(other_uuid, other_key, other_name, other_birth))
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
