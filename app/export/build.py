"""Building meldingen from cases with a melding track: the vault is read in a few bulk queries, then each
case's facts are derived by the pure rule in app/core/melding_facts.py; identity only with written consent
that covers registration."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass

from app.batch.schema import Basis, Melding, Person, Status
from app.core.checklists.book import ChecklistBook
from app.core.checklists.model import Checklist
from app.core.ids import CaseId
from app.core.melding_facts import consents_to_registration, melding_facts
from app.core.settings import OrgType
from app.vault.repos import cases, exports, interviews, tracks
from app.vault.session import Session


@dataclass(frozen=True, slots=True)
class Draft:
    case_id: CaseId
    code: str
    melding: Melding


def build_drafts(
    session: Session, checklists: Mapping[str, Checklist] | ChecklistBook, org_type: OrgType
) -> list[Draft]:
    """A draft melding for every pending case; the vault is read in a few bulk queries (exports of
    thousands), then each case's facts are derived in memory."""
    pending = exports.pending(session)
    ids = [case_id for case_id, _status in pending]
    found = cases.get_many(session, ids)
    transitions = tracks.history_many(session, ids)
    uuids = exports.existing_uuids(session, ids)
    latest = interviews.latest_finished_many(session, ids)
    values = interviews.values_many(session, [i.id for i in latest.values()])
    today = session.clock.now().date()
    drafts = []
    for case_id, status in pending:
        case = found[case_id]
        melding_id = uuids.get(case_id) or str(uuid_module.uuid4())
        if status is Status.WITHDRAWN:
            drafts.append(Draft(case_id, case.code, Melding(melding_id, status)))
            continue
        interview = latest.get(case_id)
        answered = values[interview.id] if interview is not None else {}
        facts = melding_facts(case, transitions[case_id], interview, answered, checklists, org_type, today)
        if consents_to_registration(transitions[case_id]):
            melding = Melding(melding_id, status, Basis.CONSENT, facts, _person(session, case_id))
        else:
            melding = Melding(melding_id, status, Basis.ANONYMOUS, facts)
        drafts.append(Draft(case_id, case.code, melding))
    return drafts


def _person(session: Session, case_id: CaseId) -> Person | None:
    identity = cases.get_identity(session, case_id)
    if identity is None:
        return None
    born = identity.date_of_birth.isoformat() if identity.date_of_birth else None
    return Person(identity.given_names, identity.family_name, born, identity.contact_ref)
