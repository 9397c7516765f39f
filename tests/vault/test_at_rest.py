"""Nothing typed into a case can be read from the files on disk; a wrong key creates nothing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from app.core.cases import Identity
from app.core.tracks import Track
from app.core.users import Role
from app.vault import database
from app.vault.errors import VaultCorrupt, VaultNotFound
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews, tracks
from app.vault.session import Session
from app.vault.user_admin import add_user
from tests.conftest import cheap_kdf, secret

MARKERS = [
    "Zoë-Markeervoornaam",
    "Qwyxmarkeerachternaam",
    "MARKER-NOTE-7731",
    "markeerantwoord-4471",
    "Markeertrack-9912",
    "Gebruikermarkeer",
]


def _fill(session: Session) -> None:
    add_user(session, MARKERS[5], Role.INTAKE, secret("een wachtzin van lengte"), kdf=cheap_kdf)
    for _ in range(30):
        case = cases.create(session, nationality="RO", birth_year=2000)
        cases.set_identity(session, case.id, Identity(MARKERS[0], MARKERS[1], date(2000, 1, 2), "tel"))
        interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
        interviews.update(session, interview.id, notes=MARKERS[2])
        interviews.save_answer(session, interview.id, "core.vrij", MARKERS[3])
        tracks.record(session, case.id, Track.AANGIFTE, "besproken", note=MARKERS[4])


def _hits(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in MARKERS:
                for encoding in ("utf-8", "utf-16-le"):
                    if marker.encode(encoding) in data:
                        found.append((path.name, marker))
    return found


def test_markers_are_in_no_file_while_open_and_after_lock(session: Session, paths: VaultPaths) -> None:
    _fill(session)
    wal = paths.db.with_name(paths.db.name + "-wal")
    assert wal.stat().st_size > 0  # the WAL holds recent pages while the vault is open
    assert _hits(paths.home) == []
    session.lock()
    assert _hits(paths.home) == []


def test_the_scan_would_see_plaintext(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(f"x {MARKERS[1]} y", encoding="utf-8")
    assert _hits(tmp_path) == [("plain.txt", MARKERS[1])]


def test_wrong_key_creates_and_changes_nothing(session: Session, paths: VaultPaths) -> None:
    cases.create(session)
    session.lock()
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths.home.iterdir() if p.is_file()}
    with pytest.raises(VaultCorrupt):
        database.connect(paths.db, bytearray(os.urandom(32)))
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths.home.iterdir() if p.is_file()}
    assert after == before


def test_missing_file_is_never_created(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        database.connect(tmp_path / "absent.signaal", bytearray(32))
    assert list(tmp_path.iterdir()) == []


def test_files_are_private_to_the_user(session: Session, paths: VaultPaths) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    cases.create(session)
    for path in [paths.db, paths.keyfile, paths.home]:
        assert path.stat().st_mode & 0o077 == 0, path.name
