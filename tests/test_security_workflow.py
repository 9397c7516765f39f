"""The whole field workflow — create a vault, record interviews (also through the window), export a batch
to a 'USB stick', back up, lock — in a temporary HOME with sockets disabled. Afterwards no file the app
wrote (vault, WAL, key slots, preferences, backups, the batch, caches, temp files) contains any of the
case data typed in, and nothing ever tried to use the network."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import preferences
from app.core.cases import Identity
from app.core.settings import OrgType, Settings
from app.core.tracks import Track
from app.crypto.age import generate_identity
from app.export.run import execute, prepare
from app.forms_loader import load_checklists
from app.ui.application import build
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import cases, exports, interviews, tracks
from app.workflows import interview as interview_actions
from app.workflows.backup import backup_now
from tests.conftest import FixedClock, cheap_kdf, secret
from tests.ui.conftest import unlock

GIVEN, FAMILY = "Zoë-Werkstroomvoornaam", "Qwyxwerkstroomachternaam"
MARKERS = [GIVEN, FAMILY, "WERKSTROOM-NOTITIE-8812", "werkstroom-antwoord-3391", "Werkstroom-spoor-7710"]
PASSPHRASE = "werkstroom wachtzin voor de test"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME, XDG folders and TMPDIR inside ``tmp_path``; every socket creation fails loudly."""
    root = tmp_path / "root"
    for name in ("home", "tmp", "usb"):
        (root / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(root / "home"))
    for variable, folder in (("XDG_DATA_HOME", "share"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(variable, str(root / "home" / folder))
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    monkeypatch.delenv("SIGNAAL_HOME", raising=False)
    attempts: list[tuple[object, ...]] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise NetworkUsed("the app tried to use the network")

    monkeypatch.setattr(socket.socket, "__init__", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield root
    assert attempts == []


def _scan(root: Path) -> list[tuple[str, str]]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in MARKERS:
                if any(marker.encode(encoding) in data for encoding in ("utf-8", "utf-16-le")):
                    hits.append((str(path.relative_to(root)), marker))
    return hits


def test_full_workflow_leaves_no_plaintext_and_uses_no_network(
    isolated: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    from app.vault.paths import default_home

    paths = VaultPaths(default_home())
    assert paths.home.is_relative_to(isolated / "home")
    checklists = load_checklists()
    session, _code = create_vault(
        paths,
        settings=Settings("GGD Werkstroom", OrgType.GGD_INTAKE, "WS"),
        admin_name="anna",
        admin_passphrase=secret(PASSPHRASE),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    _identity, recipient = generate_identity()
    exports.set_recipient(session, recipient)
    for n in range(6):
        case = cases.create(session, nationality="RO", birth_year=1998)
        cases.set_identity(session, case.id, Identity(GIVEN, FAMILY, date(1998, 5, 6), "via balie"))
        interview = interview_actions.start(session, case.id, checklists["ggd_intake"], language="ro")
        interview_actions.answer(session, checklists["ggd_intake"], interview.id, "CORE-01", "reported")
        interviews.update(session, interview.id, notes=MARKERS[2])
        interviews.save_answer(session, interview.id, "GGD-VRIJ", MARKERS[3])
        tracks.record(session, case.id, Track.AANGIFTE, "besproken", note=MARKERS[4])
        if n % 2 == 0:  # written consent: the name goes into the (encrypted) batch
            tracks.record(
                session,
                case.id,
                Track.TOESTEMMING,
                "gegeven",
                detail={
                    "scope": ["registratie"],
                    "form": "schriftelijk",
                    "language": "ro",
                    "interpreter": True,
                    "date": "2026-03-07",
                },
            )
        tracks.record(session, case.id, Track.MELDING, "concept")
    result = execute(
        session,
        prepare(session, checklists, k=2),
        isolated / "usb",
        override_reason="test: kleine aantallen",
        k_reason="test",
    )
    assert result.path.exists() and len(result.meldingen) == 6
    backup_now(session)
    session.lock()

    preferences.save(paths.home, preferences.Preferences(language="nl"))
    controller, window = build(qapp, paths)
    qtbot.addWidget(window)
    controller.start().show()
    unlock(qtbot, window, user="anna", passphrase=PASSPHRASE)
    assert controller.session is not None
    first = cases.by_code(controller.session, "WS-2026-0001", record_view=False)
    window.show_case(first.id)
    window.show_interview(1)
    controller.lock()

    written = [p for p in isolated.rglob("*") if p.is_file()]
    assert any(p.suffix == ".age" for p in written) and any("backups" in p.parts for p in written)
    assert _scan(isolated) == []


def test_the_scan_finds_plaintext(isolated: Path) -> None:
    """The check above can fail: a marker written in the clear is found."""
    (isolated / "tmp" / "leak.txt").write_text(f"naam: {FAMILY}", "utf-8")
    assert _scan(isolated) == [("tmp/leak.txt", FAMILY)]
