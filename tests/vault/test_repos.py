"""Repository functions for cases, identity, interviews, answers, tracks and settings."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.cases import Gender, Identity
from app.core.errors import InvalidInput, NotAllowed, NotFound
from app.core.tracks import Track
from app.core.users import Role
from app.vault import audit_log
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews, tracks
from app.vault.repos import settings as settings_repo
from app.vault.session import Session
from app.vault.user_admin import add_user
from tests.conftest import FixedClock, cheap_kdf, secret


def test_case_codes_count_up_per_year(session: Session, clock: FixedClock) -> None:
    assert [cases.create(session).code for _ in range(2)] == ["TS-2026-0001", "TS-2026-0002"]
    clock.advance(days=365)
    assert cases.create(session).code == "TS-2027-0001"


def test_case_fields_are_validated(session: Session) -> None:
    case = cases.create(session, gender=Gender.VROUW, nationality="ro", birth_year=1999)
    assert (case.gender, case.nationality, case.birth_year) == (Gender.VROUW, "RO", 1999)
    with pytest.raises(InvalidInput):
        cases.update(session, case.id, nationality="Roemenië")
    with pytest.raises(InvalidInput):
        cases.update(session, case.id, birth_year=1800)
    with pytest.raises(InvalidInput):
        cases.update(session, case.id, code="X")
    assert cases.update(session, case.id, gender="onbekend").gender is Gender.ONBEKEND


def test_lookup_by_code_and_missing(session: Session) -> None:
    case = cases.create(session)
    assert cases.by_code(session, case.code.lower()).id == case.id
    with pytest.raises(NotFound):
        cases.by_code(session, "TS-2026-0999")


def test_identity_round_trip(session: Session) -> None:
    case = cases.create(session)
    assert cases.get_identity(session, case.id) is None
    person = Identity(given_names="Zoë", family_name="Ionescu", date_of_birth=date(2001, 2, 3), contact_ref="via GGD")
    cases.set_identity(session, case.id, person)
    assert cases.get_identity(session, case.id) == person


def test_close_moves_the_signalering_track_and_reopen(session: Session) -> None:
    case = cases.create(session)
    with pytest.raises(InvalidInput):
        cases.close(session, case.id, "geen idee")
    closed = cases.close(session, case.id, "contact_verloren")
    assert closed.is_closed and closed.close_reason == "contact_verloren"
    assert tracks.current(session, case.id)[Track.SIGNALERING] == "afgesloten"
    assert not cases.reopen(session, case.id).is_closed


def test_only_coordinators_delete(session: Session, paths: VaultPaths, clock: FixedClock) -> None:
    case = cases.create(session)
    add_user(session, "Bram", Role.INTAKE, secret("bram zijn wachtzin"), kdf=cheap_kdf)
    session.lock()
    with (
        unlock(paths, PassphraseCredentials("Bram", secret("bram zijn wachtzin")), clock) as bram,
        pytest.raises(NotAllowed),
    ):
        cases.delete(bram, case.id, "fout")


def test_delete_removes_everything_of_the_case(session: Session) -> None:
    case = cases.create(session)
    cases.set_identity(session, case.id, Identity(family_name="Weg"))
    interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
    interviews.save_answer(session, interview.id, "core.q1", "ja")
    tracks.record(session, case.id, Track.OPVANG, "behoefte_ja")
    cases.delete(session, case.id, "dubbel")
    for table in ("cases", "case_identity", "interviews", "answers", "track_transitions"):
        assert session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_answers_autosave_resume_and_clear(session: Session) -> None:
    case = cases.create(session)
    interview = interviews.start(
        session,
        case.id,
        form_id="ggd_intake",
        form_version="3",
        form_hash="abc",
        language="ro",
        interpreter_used=True,
    )
    interviews.save_answer(session, interview.id, "core.a", "ja")
    interviews.save_answer(session, interview.id, "core.b", 3)
    interviews.save_answer(session, interview.id, "core.c", "Vrije tekst met iets erin", note="n")
    stored = interviews.answers(session, interview.id)
    assert {k: a.value for k, a in stored.items()} == {
        "core.a": "ja",
        "core.b": 3,
        "core.c": "Vrije tekst met iets erin",
    }
    assert interviews.get(session, interview.id).position == "core.c"
    interviews.save_answer(session, interview.id, "core.c", "Andere tekst")
    edit = [e for e in audit_log.entries(session.conn) if e.action == "answer_edit"][-1]
    assert edit.detail["old_length"] == 25 and "old" not in edit.detail
    interviews.clear_answer(session, interview.id, "core.a")
    assert "core.a" not in interviews.answers(session, interview.id)
    again = interviews.get(session, interview.id)
    assert (again.language, again.interpreter_used, again.form_hash) == ("ro", True, "abc")


def test_interview_notes_and_finish(session: Session) -> None:
    case = cases.create(session)
    interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
    interviews.update(session, interview.id, notes="geheime notitie", interpreter_used=True)
    finished = interviews.finish(session, interview.id)
    assert finished.finished_at is not None and finished.notes == "geheime notitie"
    assert "geheime" not in repr(list(audit_log.entries(session.conn)))
    assert [i.id for i in interviews.for_case(session, case.id)] == [interview.id]


def test_tracks_history_and_current(session: Session, clock: FixedClock) -> None:
    case = cases.create(session)
    assert tracks.current(session, case.id)[Track.VERBLIJF] == "nvt"
    tracks.record(session, case.id, Track.VERBLIJF, "bedenktijd_aangeboden")
    clock.advance(days=1)
    tracks.record(session, case.id, Track.VERBLIJF, "bedenktijd_lopend", detail={"start": "2026-03-08"}, note="via IND")
    tracks.record(
        session,
        case.id,
        Track.TOESTEMMING,
        "gegeven",
        detail={"scope": ["registratie"], "form": "schriftelijk", "language": "ro", "interpreter": True},
    )
    history = tracks.history(session, case.id, Track.VERBLIJF)
    assert [t.state for t in history] == ["bedenktijd_aangeboden", "bedenktijd_lopend"]
    assert history[1].detail == {"start": "2026-03-08"} and history[1].user_name == session.user.name
    assert tracks.current(session, case.id)[Track.TOESTEMMING] == "gegeven"
    with pytest.raises(InvalidInput):
        tracks.record(session, case.id, Track.VERBLIJF, "bedenktijd_lopend", detail={"start": "x"})


def test_settings_are_typed_and_audited(session: Session) -> None:
    assert settings_repo.load(session.conn).idle_lock_minutes == 5
    updated = settings_repo.update(session, idle_lock_minutes=10, retention_months=36)
    assert (updated.idle_lock_minutes, updated.retention_months) == (10, 36)
    with pytest.raises(InvalidInput):
        settings_repo.update(session, idle_lock_minutes=0)
    with pytest.raises(InvalidInput):
        settings_repo.update(session, org_type="coa")
    edits = [e.detail for e in audit_log.entries(session.conn) if e.action == "settings_edit"]
    assert {"old": 5, "new": 10} in edits
