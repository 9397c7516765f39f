"""An organisation vault with cases ready to export, and a registry identity (test keys)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.core.cases import Gender, Identity
from app.core.checklists.model import Checklist
from app.core.ids import CaseId
from app.core.tracks import Track
from app.crypto.age import generate_identity
from app.forms_loader import load_checklists
from app.vault.repos import cases, exports, tracks
from app.vault.session import Session
from app.workflows import interview as interview_actions

CHECKLISTS = load_checklists()
ANSWERS = {"CORE-01": "reported", "CORE-12": "reported", "CORE-S1": "prostitutie", "GGD-02": "observed"}


@dataclass
class Registry:
    identity: str
    recipient: str


@pytest.fixture
def registry() -> Registry:
    identity, recipient = generate_identity()
    return Registry(identity, recipient)


def add_case(session: Session, nationality: str = "RO", *, consent: str | None = None, name: str = "") -> CaseId:
    checklist: Checklist = CHECKLISTS["ggd_intake"]
    case = cases.create(session, gender=Gender.VROUW, nationality=nationality, birth_year=2001)
    interview = interview_actions.start(session, case.id, checklist, interpreter_used=True)
    for item, value in ANSWERS.items():
        interview_actions.answer(session, checklist, interview.id, item, value)
    interview_actions.finish(session, checklist, interview.id)  # a melding is built from a finished interview
    if name:
        cases.set_identity(session, case.id, Identity(name, "Testachternaam", date(2001, 4, 5), "via spreekuur"))
    if consent:
        tracks.record(
            session, case.id, Track.TOESTEMMING, "gegeven", detail={"scope": ["registratie"], "form": consent}
        )
    tracks.record(session, case.id, Track.MELDING, "concept")
    return case.id


@pytest.fixture
def ready(session: Session, registry: Registry) -> Session:
    """Six Romanian cases and a recipient: enough for k = 5."""
    exports.set_recipient(session, registry.recipient)
    for _ in range(6):
        add_case(session)
    return session


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
