"""A registry vault and field vaults that export to it (cheap Argon2, synthetic data)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.core.cases import Gender, Identity
from app.core.settings import OrgType, Settings
from app.core.tracks import Track
from app.export.run import execute, prepare
from app.forms_loader import load_checklists
from app.registry import keys
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import cases, exports, tracks
from app.vault.session import Session
from app.workflows import interview as interview_actions
from tests.conftest import FixedClock, cheap_kdf, secret

CHECKLISTS = load_checklists()


@pytest.fixture
def registry(tmp_path: Path, clock: FixedClock) -> Iterator[Session]:
    session, _code = create_vault(
        VaultPaths(tmp_path / "register"),
        settings=Settings("CoMensha", OrgType.REGISTRY, "RG"),
        admin_name="Karin",
        admin_passphrase=secret("register wachtzin lang"),
        clock=clock,
        kdf=cheap_kdf,
    )
    keys.create(session)
    yield session
    session.lock()


class Field:
    """A field organisation with its own vault that exports to the registry."""

    def __init__(self, folder: Path, name: str, org_type: OrgType, recipient: str, clock: FixedClock) -> None:
        self.session, _code = create_vault(
            VaultPaths(folder),
            settings=Settings(name, org_type, "FO"),
            admin_name="beheer",
            admin_passphrase=secret("veld wachtzin lang"),
            clock=clock,
            kdf=cheap_kdf,
        )
        exports.set_recipient(self.session, recipient)
        self.public_text = exports.ensure_org_key(self.session).public().to_text()

    def case(self, nationality: str = "RO", *, person: tuple[str, str, date] | None = None) -> int:
        checklist = CHECKLISTS["ggd_intake"]
        case = cases.create(self.session, gender=Gender.VROUW, nationality=nationality, birth_year=2001)
        interview = interview_actions.start(self.session, case.id, checklist)
        for item, value in {"CORE-01": "reported", "CORE-12": "reported", "CORE-S1": "prostitutie"}.items():
            interview_actions.answer(self.session, checklist, interview.id, item, value)
        interview_actions.finish(self.session, checklist, interview.id)
        if person:
            cases.set_identity(self.session, case.id, Identity(person[0], person[1], person[2], ""))
            tracks.record(
                self.session,
                case.id,
                Track.TOESTEMMING,
                "gegeven",
                detail={"scope": ["registratie"], "form": "schriftelijk"},
            )
        tracks.record(self.session, case.id, Track.MELDING, "concept")
        return case.id

    def export(self, folder: Path, k: int = 1) -> Path:  # the k-check has its own tests
        folder.mkdir(exist_ok=True)
        plan = prepare(self.session, CHECKLISTS, k=k)
        return execute(self.session, plan, folder, k_reason="test van de keten").path


@pytest.fixture
def field_factory(tmp_path: Path, registry: Session, clock: FixedClock) -> Iterator[object]:
    made: list[Field] = []
    recipient = keys.load(registry).recipient

    def make(name: str, org_type: OrgType = OrgType.GGD_INTAKE) -> Field:
        field = Field(tmp_path / name.replace(" ", "-"), name, org_type, recipient, clock)
        made.append(field)
        return field

    yield make
    for field in made:
        field.session.lock()
