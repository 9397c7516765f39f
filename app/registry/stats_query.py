"""Loading the registry's meldingen for the statistics (withdrawn ones do not count)."""

from __future__ import annotations

import json

from app.core.registry_stats import Record
from app.vault.session import Session


def records(session: Session) -> list[Record]:
    rows = session.conn.execute(
        "SELECT year, person_id, basis, facts FROM reg_meldingen WHERE status != 'withdrawn' AND facts IS NOT NULL"
        " AND year IS NOT NULL ORDER BY updated_at, uuid"
    )
    return [
        Record(int(year), str(person), str(basis or "anonymous"), json.loads(facts))
        for year, person, basis, facts in rows
    ]
