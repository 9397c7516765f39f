"""Track transitions: the timeline of each of a case's eight tracks."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from app.core.audit import AuditAction
from app.core.cases import TrackTransition
from app.core.clock import from_text
from app.core.deadlines import after_transition
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.ids import CaseId
from app.core.tracks import TRACKS, Track, validate_correction, validate_transition
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
    if "correction" in detail:
        steps = history(session, case_id, track)
        if not steps:
            raise InvalidInput(_("Op dit spoor is nog niets vastgelegd om te corrigeren."))
        detail["corrects"] = steps[-1].id
        validate_correction(track, state, reason, detail)
    else:
        validate_transition(track, previous, state, reason, detail)
    with session.transaction():
        session.conn.execute(_INSERT, _row(session, case_id, track, state, reason, _detail_text(detail), note))
        _audit(session, str(code_row[0]), track, previous, state, reason, detail.get("correction"))
        reminders.apply(session, case_id, after_transition(track, state, detail, session.clock.now().date()))
    return history(session, case_id, track)[-1]


def record_many(
    session: Session, case_ids: Sequence[CaseId], track: Track, state: str, *, detail: Mapping[str, object]
) -> None:
    """The same transition for many cases at once (after an export): each checked against its own current
    state and audited on its own, written with one statement. In the caller's transaction."""
    detail = dict(detail)
    rows = session.conn.execute(
        "SELECT c.id, c.code, (SELECT state FROM track_transitions t WHERE t.case_id = c.id AND t.track = ?"
        " ORDER BY t.id DESC LIMIT 1) FROM cases c WHERE c.id IN (SELECT value FROM json_each(?))",
        (track.value, json.dumps([int(c) for c in case_ids])),
    ).fetchall()
    missing = sorted(set(case_ids) - {row[0] for row in rows})
    if missing:
        raise NotFound(_("zaak {id}").format(id=missing[0]))
    change = after_transition(track, state, detail, session.clock.now().date())
    text = _detail_text(detail)
    with session.transaction():
        for case_id, code, previous in rows:
            previous = previous or TRACKS[track].initial
            validate_transition(track, previous, state, None, detail)
            _audit(session, str(code), track, previous, state, None)
            reminders.apply(session, CaseId(case_id), change)
        session.conn.executemany(_INSERT, [_row(session, row[0], track, state, None, text, "") for row in rows])


_INSERT = (
    "INSERT INTO track_transitions (case_id, track, state, at, user_id, user_name, reason, detail, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row(
    session: Session, case_id: int, track: Track, state: str, reason: str | None, detail: str, note: str
) -> tuple[object, ...]:
    return (case_id, track.value, state, session.now(), session.user.id, session.user.name, reason, detail, note)


def _detail_text(detail: Mapping[str, object]) -> str:
    return json.dumps(detail, sort_keys=True, ensure_ascii=False)


def _audit(
    session: Session, code: str, track: Track, previous: str, state: str, reason: str | None, correction: object = None
) -> None:
    detail: dict[str, object] = {"track": track.value, "from": previous, "to": state, "reason": reason}
    if correction is not None:
        detail["correction"] = correction
    session.audit(AuditAction.TRACK_TRANSITION, code, detail)


def history_many(session: Session, case_ids: Sequence[CaseId]) -> dict[CaseId, list[TrackTransition]]:
    """Every transition of many cases, oldest first, in one query."""
    found: dict[CaseId, list[TrackTransition]] = {case_id: [] for case_id in case_ids}
    rows = session.conn.execute(
        "SELECT id, track, state, at, user_name, reason, detail, note, case_id FROM track_transitions"
        " WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps([int(c) for c in case_ids]),),
    )
    for row in rows:
        found[CaseId(row[8])].append(_transition(CaseId(row[8]), row))
    return found


def history(session: Session, case_id: CaseId, track: Track | None = None) -> list[TrackTransition]:
    """Transitions oldest first, of one track or of all."""
    sql = "SELECT id, track, state, at, user_name, reason, detail, note FROM track_transitions WHERE case_id = ?"
    params: tuple[object, ...] = (case_id,)
    if track is not None:
        sql += " AND track = ?"
        params += (track.value,)
    rows = session.conn.execute(sql + " ORDER BY id", params)
    return [_transition(case_id, row) for row in rows]


def _transition(case_id: CaseId, row: tuple[Any, ...]) -> TrackTransition:
    return TrackTransition(
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
