"""``signaal case …``: the same case actions as the case screen (track, consent, correct, close, reopen)."""

from __future__ import annotations

from pathlib import Path

from app.core.tracks import Track
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, tracks
from tests.commands.test_cli import ADMIN_PASS, _login, home  # noqa: F401 - fixture
from tests.conftest import FixedClock, secret


def _history(folder: Path, code: str, track: Track) -> list[tuple[str, dict[str, object]]]:
    with unlock(VaultPaths(folder), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        case = cases.by_code(session, code, record_view=False)
        return [(s.state, s.detail) for s in tracks.history(session, case.id, track)]


def test_track_consent_correct_close_and_reopen(home: Path) -> None:  # noqa: F811 - fixture
    code = _login(home, "case", "new")[1].strip()
    assert _login(home, "case", "track", code, "aangifte", "besproken")[0] == 0
    refused = _login(home, "case", "track", code, "signalering", "afgesloten")
    assert refused[0] != 0 and "reden" in refused[2]
    assert _login(home, "case", "consent", code, "--scope", "registratie", "--form", "schriftelijk")[0] == 0
    assert _history(home, code, Track.TOESTEMMING)[-1][1]["scope"] == ["registratie"]
    fixed = _login(home, "case", "correct", code, "toestemming", "gevraagd", "--why", "niet_gebeurd")
    assert fixed[0] == 0, fixed[2]
    steps = _history(home, code, Track.TOESTEMMING)
    assert [s for s, _d in steps] == ["gegeven", "gevraagd"] and steps[-1][1]["correction"] == "niet_gebeurd"
    assert _login(home, "case", "close", code, "--reason", "verhuisd")[0] == 0
    assert _history(home, code, Track.SIGNALERING)[-1][0] == "afgesloten"
    assert "heropend" in _login(home, "case", "reopen", code)[1]


def test_consent_without_scope_is_refused(home: Path) -> None:  # noqa: F811 - fixture
    code = _login(home, "case", "new")[1].strip()
    refused = _login(home, "case", "consent", code, "--form", "mondeling")
    assert refused[0] != 0
    assert _history(home, code, Track.TOESTEMMING) == []
