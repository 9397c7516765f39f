"""Closed cases past the retention period are purged on unlock, audited, and really gone: not in any
decrypted page of the database or its WAL, free pages included."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from app.core.audit import AuditAction
from app.core.cases import Identity
from app.core.tracks import Track
from app.vault import audit_log
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews, tracks
from app.vault.repos import settings as settings_repo
from app.vault.retention import cutoff, purge_expired
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret
from tests.vault.sqlcipher_pages import database_pages, wal_pages

MARKER = "Purgemarkeernaam-5521"


def _bytes_seen(paths: VaultPaths, key: bytes) -> bytes:
    db = paths.db
    return b"".join([*database_pages(db, key), *wal_pages(db.with_name(db.name + "-wal"), key)])


def _case_with_marker(session: Session) -> str:
    case = cases.create(session, nationality="RO")
    cases.set_identity(session, case.id, Identity(MARKER, MARKER, date(2001, 2, 3), MARKER))
    interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
    interviews.update(session, interview.id, notes=MARKER)
    interviews.save_answer(session, interview.id, "core.vrij", MARKER)
    tracks.record(session, case.id, Track.AANGIFTE, "besproken", note=MARKER)
    return case.code


def test_cutoff_is_the_same_date_months_ago() -> None:
    assert cutoff(datetime(2026, 3, 31, 15, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert cutoff(datetime(2026, 3, 7, tzinfo=UTC), 24) == datetime(2024, 3, 7, tzinfo=UTC)


def test_an_expired_case_is_purged_on_unlock_and_gone_from_every_page(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    settings_repo.update(session, retention_months=12)
    old = _case_with_marker(session)
    cases.close(session, cases.by_code(session, old).id, "geen_zorgen")
    kept_open = cases.create(session).code
    clock.advance(days=200)
    closed_recently = cases.create(session).code
    cases.close(session, cases.by_code(session, closed_recently).id, "verhuisd")
    key = bytes(session.data_key)
    assert MARKER.encode() in _bytes_seen(paths, key)  # the tool sees it: the check below can fail
    session.lock()

    clock.advance(days=170)  # 370 days after the first close, 170 after the second
    again = unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    try:
        codes = [row[0] for row in again.conn.execute("SELECT code FROM cases ORDER BY code")]
        assert codes == sorted([kept_open, closed_recently])
        purge = [e for e in audit_log.entries(again.conn) if e.action == AuditAction.CASE_PURGE]
        assert [(e.subject, e.detail["retention_months"]) for e in purge] == [(old, 12)]
        assert audit_log.verify(again.conn).ok
        assert again.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        for table in ("case_identity", "interviews", "answers", "track_transitions", "reminders"):
            orphans = again.conn.execute(f"SELECT count(*) FROM {table} WHERE {_case_column(table)}").fetchone()[0]
            assert orphans == 0, table
        assert MARKER.encode() not in _bytes_seen(paths, key)
    finally:
        again.lock()
    assert MARKER.encode() not in _bytes_seen(paths, key)


def _case_column(table: str) -> str:
    if table == "answers":
        return "interview_id NOT IN (SELECT id FROM interviews)"
    return "case_id NOT IN (SELECT id FROM cases)"


def test_nothing_due_means_no_rewrite(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    code = cases.create(session).code
    cases.close(session, cases.by_code(session, code).id, "verhuisd")
    session.lock()
    clock.advance(days=30)
    again = unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    try:
        assert again.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert not [e for e in audit_log.entries(again.conn) if e.action == AuditAction.CASE_PURGE]
    finally:
        again.lock()


def test_a_free_text_deletion_reason_is_a_code_in_the_chain_and_a_note_the_purge_removes(
    session: Session, clock: FixedClock
) -> None:
    """Issue 17, point 5: a deletion reason naming a person stayed in the audit log forever."""
    case = cases.create(session)
    cases.delete(session, case.id, "dubbel met zaak van Fatima Zeldzaamnaam")
    entry = list(audit_log.entries(session.conn))[-1]
    assert entry.detail == {"reason": "anders", "note_chars": 39}
    assert "Zeldzaamnaam" not in json.dumps([e.detail for e in audit_log.entries(session.conn)])
    assert audit_log.note(session.conn, entry.seq) == "dubbel met zaak van Fatima Zeldzaamnaam"
    clock.advance(days=800)
    purge_expired(session)
    assert audit_log.note(session.conn, entry.seq) is None and audit_log.verify(session.conn).ok
    other = cases.create(session)
    cases.delete(session, other.id, "dubbel")
    assert list(audit_log.entries(session.conn))[-1].detail == {"reason": "dubbel", "note_chars": 0}
