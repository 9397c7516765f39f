"""Meldingen built from cases: coded facts only, identity only with written consent for registration."""

from __future__ import annotations

from app.batch.schema import MELDING_KEYS, Basis, Status
from app.core.settings import OrgType
from app.core.tracks import Track
from app.export.build import build_drafts
from app.vault.repos import exports, tracks
from app.vault.session import Session
from tests.export.conftest import CHECKLISTS, add_case


def _drafts(session: Session) -> dict[int, object]:
    return {d.case_id: d.melding for d in build_drafts(session, CHECKLISTS, OrgType.GGD_INTAKE)}


def test_facts_come_from_the_case_and_its_interview(session: Session) -> None:
    case_id = add_case(session, "BG")
    tracks.record(session, case_id, Track.VERBLIJF, "bedenktijd_aangeboden")
    tracks.record(session, case_id, Track.AANGIFTE, "gedaan")
    tracks.record(session, case_id, Track.OPVANG, "behoefte_ja")
    melding = _drafts(session)[case_id]
    facts = melding.facts  # type: ignore[attr-defined]
    assert melding.basis is Basis.ANONYMOUS and melding.status is Status.NEW  # type: ignore[attr-defined]
    assert (facts.nationality, facts.age_band, facts.gender, facts.sector) == ("BG", "24-30", "v", "prostitutie")
    assert facts.period == "2026-03" and facts.forms == ("SU",) and facts.signal_level == "signalen_aanwezig"
    assert (facts.aangifte, facts.bedenktijd, facts.shelter_need, facts.interpreter) == (
        "gedaan",
        "aangeboden",
        "ja",
        "ja",
    )
    assert facts.minor == "nee" and facts.melder_type == "ggd_intake" and facts.checklist_version.startswith("core@")


def test_only_written_registration_consent_adds_the_person(session: Session) -> None:
    written = add_case(session, consent="schriftelijk", name="Ioana")
    oral = add_case(session, consent="mondeling", name="Maria")
    drafts = _drafts(session)
    assert drafts[written].basis is Basis.CONSENT and drafts[written].person.given_names == "Ioana"  # type: ignore[attr-defined]
    assert drafts[oral].basis is Basis.ANONYMOUS and drafts[oral].person is None  # type: ignore[attr-defined]
    tracks.record(session, written, Track.TOESTEMMING, "ingetrokken")
    assert _drafts(session)[written].basis is Basis.ANONYMOUS  # type: ignore[attr-defined]


def test_no_free_text_notes_or_health_answers_leave(session: Session) -> None:
    case_id = add_case(session, name="Geheimenaam")
    from app.vault.repos import interviews

    interview = interviews.for_case(session, case_id)[0]
    interviews.update(session, interview.id, notes="NOTITIE-MARKER psychische klachten")
    line = _drafts(session)[case_id].line()  # type: ignore[attr-defined]
    assert b"NOTITIE-MARKER" not in line and b"Geheimenaam" not in line and b"Testachternaam" not in line
    import json

    assert set(json.loads(line)) <= MELDING_KEYS


def test_pending_kinds(session: Session) -> None:
    case_id = add_case(session)
    assert exports.pending(session) == [(case_id, Status.NEW)]
    session.conn.execute("INSERT INTO meldingen (case_id, uuid, last_status) VALUES (?, 'u-1', 'new')", (case_id,))
    tracks.record(session, case_id, Track.MELDING, "geexporteerd", detail={"batch_id": "b"})
    assert exports.pending(session) == []
    tracks.record(session, case_id, Track.MELDING, "gecorrigeerd")
    assert exports.pending(session) == [(case_id, Status.CORRECTION)]
    tracks.record(session, case_id, Track.MELDING, "ingetrokken")
    assert exports.pending(session) == [(case_id, Status.WITHDRAWN)]
    assert _drafts(session)[case_id].uuid == "u-1"  # type: ignore[attr-defined]
