"""The audit log records what happens, and ``verify`` finds edited and deleted rows."""

from __future__ import annotations

import pytest

from app.core.cases import Identity
from app.core.tracks import Track
from app.vault import audit_log, database
from app.vault.repos import cases, interviews, tracks
from app.vault.session import Session


def _actions(session: Session) -> list[str]:
    return [e.action for e in audit_log.entries(session.conn)]


def test_fresh_vault_log_is_valid(session: Session) -> None:
    result = audit_log.verify(session.conn)
    assert result.ok and result.rows == 2 and _actions(session) == ["init", "key_create"]


def test_views_edits_and_deletions_are_logged(session: Session) -> None:
    case = cases.create(session)
    cases.get(session, case.id)
    cases.update(session, case.id, nationality="RO")
    cases.set_identity(session, case.id, Identity(given_names="Zoë"))
    cases.get_identity(session, case.id)
    interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
    interviews.save_answer(session, interview.id, "core.q1", "ja")
    interviews.save_answer(session, interview.id, "core.q1", "nee")
    tracks.record(session, case.id, Track.AANGIFTE, "besproken")
    cases.delete(session, case.id, "dubbel aangemaakt")
    assert _actions(session)[2:] == [
        "case_create",
        "case_view",
        "case_edit",
        "identity_edit",
        "identity_view",
        "interview_start",
        "answer_edit",
        "track_transition",
        "case_delete",
    ]
    entries = list(audit_log.entries(session.conn))
    edit = next(e for e in entries if e.action == "case_edit")
    assert edit.detail == {"field": "nationality", "old": None, "new": "RO"}
    answer = next(e for e in entries if e.action == "answer_edit")
    assert (answer.detail["old"], answer.detail["new"]) == ("ja", "nee")
    assert audit_log.verify(session.conn).ok


def test_identity_values_never_enter_the_log(session: Session) -> None:
    case = cases.create(session)
    cases.set_identity(session, case.id, Identity(given_names="Markeernaam", contact_ref="06-12345678"))
    cases.set_identity(session, case.id, Identity(given_names="Anders"))
    text = repr(list(audit_log.entries(session.conn)))
    assert "Markeernaam" not in text and "12345678" not in text and "Anders" not in text


def test_the_log_refuses_updates_and_deletes(session: Session) -> None:
    with pytest.raises(database.DatabaseError, match="append-only"):
        session.conn.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(database.DatabaseError, match="append-only"):
        session.conn.execute("DELETE FROM audit_log")


def _tamper(session: Session, sql: str) -> None:
    conn = session.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)


@pytest.fixture
def busy(session: Session) -> Session:
    for _ in range(4):
        cases.create(session)
    return session


def test_verify_finds_an_edited_row(busy: Session) -> None:
    _tamper(busy, "UPDATE audit_log SET subject = 'TS-2026-9999' WHERE seq = 3")
    result = audit_log.verify(busy.conn)
    assert [(p.seq, p.kind) for p in result.problems] == [(3, "edited")]
    assert result.missing_triggers == ["audit_log_no_update", "audit_log_no_delete"]


def test_verify_finds_a_deleted_row(busy: Session) -> None:
    _tamper(busy, "DELETE FROM audit_log WHERE seq = 2")
    kinds = {(p.seq, p.kind) for p in audit_log.verify(busy.conn).problems}
    assert (2, "missing") in kinds


def test_verify_finds_deleted_last_rows(busy: Session) -> None:
    head = audit_log.verify(busy.conn).head_seq
    _tamper(busy, "DELETE FROM audit_log WHERE seq >= 4")
    problems = [(p.seq, p.kind) for p in audit_log.verify(busy.conn).problems]
    assert head >= 5 and problems == [(seq, "truncated") for seq in range(4, head + 1)]
