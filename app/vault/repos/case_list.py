"""The case list in one pass over the vault (tens of thousands of cases): no identifying data."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from app.core.assessment import Level
from app.core.case_list import CaseSummary
from app.core.ids import CaseId
from app.core.tracks import Track, is_open
from app.vault.session import Session

_CASES = """
SELECT c.id, c.code, c.closed_at IS NOT NULL, i.form_id, substr(i.started_at, 1, 10), i.level, r.due
FROM cases c
LEFT JOIN interviews i ON i.id = (SELECT max(id) FROM interviews WHERE case_id = c.id)
LEFT JOIN (SELECT case_id, min(due) AS due FROM reminders WHERE done_at IS NULL GROUP BY case_id) r
       ON r.case_id = c.id
"""
_LATEST_STATES = """
SELECT t.case_id, t.track, t.state FROM track_transitions t
JOIN (SELECT max(id) AS id FROM track_transitions GROUP BY case_id, track) latest ON latest.id = t.id
"""


def summaries(session: Session) -> list[CaseSummary]:
    open_tracks: dict[int, list[Track]] = defaultdict(list)
    for case_id, track, state in session.conn.execute(_LATEST_STATES):
        if is_open(Track(track), state):
            open_tracks[case_id].append(Track(track))
    rows = []
    for case_id, code, closed, form_id, started, level, due in session.conn.execute(_CASES):
        rows.append(
            CaseSummary(
                id=CaseId(case_id),
                code=code,
                closed=bool(closed),
                checklist=form_id,
                last_interview=date.fromisoformat(started) if started else None,
                level=Level(level) if level else None,
                open_tracks=tuple(sorted(open_tracks.get(case_id, []), key=list(Track).index)),
                next_deadline=date.fromisoformat(due) if due else None,
            )
        )
    return rows
