"""One synthetic case with a GG&GD interview, written consent and open tracks: for screenshots, PDF
previews, tests and the bundle's self-test. Every value is invented; no real person is behind it."""

from __future__ import annotations

from app.core.cases import Case, Gender, Identity
from app.core.checklists.model import Checklist
from app.core.interview_model import Interview
from app.core.tracks import Track
from app.vault.repos import cases, interviews, tracks
from app.vault.session import Session
from app.workflows import interview as interview_actions

DEMO_ANSWERS = {
    "CORE-AGE": "volwassen",
    "CORE-C2": "alleen",
    "CORE-C3": "professioneel",
    "CORE-01": "reported",
    "CORE-04": "observed",
    "CORE-12": "reported",
    "CORE-13": "unknown",
    "CORE-15": "observed",
    "CORE-S1": "prostitutie",
    "GGD-02": "reported",
    "GGD-05": "reported",
}
DEMO_IDENTITY = Identity(given_names="Testa", family_name="Voorbeeldpersoon", contact_ref="via GGD-balie")


def demo_case(session: Session, checklist: Checklist, *, language: str = "ro") -> tuple[Case, Interview]:
    """A case with signals, consent for registration and shelter, a melding in draft and bedenktijd."""
    case = cases.create(session, gender=Gender.VROUW, nationality="RO", birth_year=1999)
    cases.set_identity(session, case.id, DEMO_IDENTITY)
    interview = interview_actions.start(session, case.id, checklist, language=language, interpreter_used=True)
    for item_id, value in DEMO_ANSWERS.items():
        if checklist.has(item_id):
            interview_actions.answer(session, checklist, interview.id, item_id, value)
    interview = interviews.finish(session, interview.id)
    day = session.clock.now().date().isoformat()
    tracks.record(session, case.id, Track.SIGNALERING, "signalen_vastgelegd")
    tracks.record(
        session,
        case.id,
        Track.TOESTEMMING,
        "gegeven",
        detail={
            "scope": ["registratie", "opvang"],
            "form": "schriftelijk",
            "language": language,
            "interpreter": True,
            "date": day,
        },
    )
    tracks.record(session, case.id, Track.MELDING, "concept")
    tracks.record(session, case.id, Track.VERBLIJF, "bedenktijd_lopend", detail={"start": day})
    return case, interview
