"""The duplicate review queue: a reviewer sees both meldingen side by side and links or dismisses them.
Linking makes them one person in the statistics; nothing is merged without a reviewer."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.batch.schema import Facts, Person
from app.core.audit import AuditAction
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.users import Role
from app.vault.session import Session


@dataclass(frozen=True, slots=True)
class Side:
    uuid: str
    org_name: str
    person: Person | None  # None once withdrawn
    facts: Facts | None


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    score: float
    reasons: list[str]
    status: str
    a: Side
    b: Side


def _side(session: Session, melding_id: str) -> Side:
    row = session.conn.execute(
        "SELECT uuid, org_name, person, facts FROM reg_meldingen WHERE uuid = ?", (melding_id,)
    ).fetchone()
    if row is None:
        raise NotFound(melding_id)
    person = Person.from_json(json.loads(row[2])) if row[2] else None
    facts = Facts.from_json(json.loads(row[3])) if row[3] else None
    return Side(str(row[0]), str(row[1]), person, facts)


def candidates(session: Session, status: str = "open") -> list[Candidate]:
    rows = session.conn.execute(
        "SELECT id, uuid_a, uuid_b, score, reasons, status FROM duplicate_candidates WHERE status = ?"
        " ORDER BY score DESC, id",
        (status,),
    ).fetchall()
    return [
        Candidate(int(r[0]), float(r[3]), json.loads(r[4]), str(r[5]), _side(session, r[1]), _side(session, r[2]))
        for r in rows
    ]


def _open(session: Session, candidate_id: int) -> tuple[str, str]:
    session.require(Role.COORDINATOR, _("dubbelingen beoordelen"))
    row = session.conn.execute(
        "SELECT uuid_a, uuid_b, status FROM duplicate_candidates WHERE id = ?", (candidate_id,)
    ).fetchone()
    if row is None:
        raise NotFound(_("kandidaat {id}").format(id=candidate_id))
    if row[2] != "open":
        raise InvalidInput(_("Deze kandidaat is al beoordeeld."))
    return str(row[0]), str(row[1])


def link(session: Session, candidate_id: int) -> None:
    """The two meldingen are the same person: they share one person id from now on."""
    a, b = _open(session, candidate_id)
    with session.transaction():
        keep = session.conn.execute("SELECT person_id FROM reg_meldingen WHERE uuid = ?", (a,)).fetchone()[0]
        drop = session.conn.execute("SELECT person_id FROM reg_meldingen WHERE uuid = ?", (b,)).fetchone()[0]
        session.conn.execute("UPDATE reg_meldingen SET person_id = ? WHERE person_id = ?", (keep, drop))
        _decide(session, candidate_id, "linked")
        session.audit(AuditAction.DUPLICATE_LINK, str(candidate_id), {"a": a, "b": b})


def dismiss(session: Session, candidate_id: int) -> None:
    a, b = _open(session, candidate_id)
    with session.transaction():
        _decide(session, candidate_id, "dismissed")
        session.audit(AuditAction.DUPLICATE_DISMISS, str(candidate_id), {"a": a, "b": b})


def _decide(session: Session, candidate_id: int, status: str) -> None:
    session.conn.execute(
        "UPDATE duplicate_candidates SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
        (status, session.user.name, session.now(), candidate_id),
    )
