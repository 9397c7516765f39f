"""Track transitions: the timeline of each of a case's eight tracks."""

from __future__ import annotations

import json
from collections.abc import Mapping

from app.core.audit import AuditAction
from app.core.cases import TrackTransition
from app.core.clock import from_text
from app.core.deadlines import after_transition
from app.core.errors import NotFound
from app.core.i18n import _
from app.core.ids import CaseId
from app.core.tracks import TRACKS, Track, validate_transition
from app.vault.repos import reminders
from app.vault.session import Session


def current(session: Session, case_id: CaseId) -> dict[Track, str]:
    """The state of every track (a track without transitions is in its start state)."""
    states = {track: TRACKS[track].initial for track in Track}
    rows = session.conn.execute(
        "SELECT track, state FROM track_transitions WHERE id IN"
        " (SELECT max(id) FROM track_transitions WHERE case_id = ? GROUP BY track)",
        (case_id,),
    )
    for track, state in rows:
        states[Track(track)] = state
    return states


def record(
    session: Session,
    case_id: CaseId,
    track: Track,
    state: str,
    *,
    reason: str | None = None,
    detail: Mapping[str, object] | None = None,
    note: str = "",
) -> TrackTransition:
    detail = dict(detail or {})
    code_row = session.conn.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()
    if code_row is None:
        raise NotFound(_("zaak {id}").format(id=case_id))
    previous = current(session, case_id)[track]
    validate_transition(track, previous, state, reason, detail)
    with session.transaction():
        session.conn.execute(
            "INSERT INTO track_transitions (case_id, track, state, at, user_id, user_name, reason, detail, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                track.value,
                state,
                session.now(),
                session.user.id,
                session.user.name,
                reason,
                json.dumps(detail, sort_keys=True, ensure_ascii=False),
                note,
            ),
        )
        session.audit(
            AuditAction.TRACK_TRANSITION,
            str(code_row[0]),
            {"track": track.value, "from": previous, "to": state, "reason": reason},
        )
        reminders.apply(session, case_id, after_transition(track, state, detail, session.clock.now().date()))
    return history(session, case_id, track)[-1]


def history(session: Session, case_id: CaseId, track: Track | None = None) -> list[TrackTransition]:
    """Transitions oldest first, of one track or of all."""
    sql = "SELECT id, track, state, at, user_name, reason, detail, note FROM track_transitions WHERE case_id = ?"
    params: tuple[object, ...] = (case_id,)
    if track is not None:
        sql += " AND track = ?"
        params += (track.value,)
    rows = session.conn.execute(sql + " ORDER BY id", params)
    return [
        TrackTransition(
            id=row[0],
            case_id=case_id,
            track=Track(row[1]),
            state=row[2],
            at=from_text(row[3]),
            user_name=row[4],
            reason=row[5],
            detail=json.loads(row[6]),
            note=row[7],
        )
        for row in rows
    ]
