"""Routing advice comes from forms/routing.yaml and fits the organisation, the level and the person."""

from __future__ import annotations

import pytest

from app.core.assessment import assess
from app.core.checklists.parse import FormError
from app.core.routing import advise, parse_routes
from app.core.settings import OrgType
from app.core.tracks import Track
from app.forms_loader import load_checklists, load_routes

ROUTES = load_routes()
CHECKLISTS = load_checklists()
STRONG = {"CORE-01": "reported"}


def _advice(org: OrgType, answers: dict[str, str], nationality: str | None = "RO"):  # type: ignore[no-untyped-def]
    return advise(ROUTES, org, assess(CHECKLISTS[org.value], answers), nationality)


def test_ggd_routes_to_police() -> None:
    advice = _advice(OrgType.GGD_INTAKE, STRONG)
    assert any("politie" in step for step in advice.steps)


def test_coa_routes_to_meldpunt_veiligheid_and_nidos_for_minors() -> None:
    advice = _advice(OrgType.COA, {"COA-AMV": "yes", **STRONG})
    assert any("Meldpunt Veiligheid" in s for s in advice.steps) and any("Nidos" in s for s in advice.steps)
    assert (Track.MINDERJARIGE, "vertegenwoordiger_geregeld") in advice.tracks


def test_dtv_routes_to_lem_and_d9_and_overrides_the_residence_track() -> None:
    advice = _advice(OrgType.DTV, STRONG)
    assert any("LEM" in s and "D9" in s for s in advice.steps)
    assert dict(advice.tracks)[Track.VERBLIJF] == "d9_opgevoerd"


def test_health_consults_and_uses_veilig_thuis_for_minors() -> None:
    advice = _advice(OrgType.HEALTH, {"CORE-AGE": "minderjarig", "GZ-09": "observed"})
    assert any("aandachtsfunctionaris" in s for s in advice.steps) and any("Veilig Thuis" in s for s in advice.steps)
    assert all("toestemming" in s for s in advice.steps if "politie" in s)  # never police without consent


def test_bedenktijd_is_offered_unless_the_person_is_dutch() -> None:
    foreign = _advice(OrgType.GGD_INTAKE, STRONG, "BG")
    dutch = _advice(OrgType.GGD_INTAKE, STRONG, "NL")
    unknown = _advice(OrgType.GGD_INTAKE, STRONG, None)
    assert any("bedenktijd" in t for t in foreign.tell_person) and any("bedenktijd" in t for t in unknown.tell_person)
    assert not any("bedenktijd" in t for t in dutch.tell_person)
    assert Track.VERBLIJF not in dict(dutch.tracks)


def test_no_signals_no_tracks() -> None:
    advice = _advice(OrgType.GGD_INTAKE, {})
    assert advice.tracks == () and advice.tell_person == ()
    assert "ggd_zorg" in advice.step_ids  # the care referral step always applies
    assert "tweede_gesprek" in advice.step_ids  # nothing asked yet: onvolledig, a second conversation


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("steps: {politie: []}", "politie"),
        ("tracks: {all: [{track: vlucht}]}", "spoor"),
        ("tracks: {all: [{track: aangifte, state: misschien}]}", "misschien"),
        ("tell_person: [{text: x}]", "bron"),
        ("tell_person: [{text: x, source: s, when: {level: [hoog]}}]", "niveau"),
        ("tell_person: [{text: x, source: s, when: {minor: ja}}]", "true of false"),
        ("extra: 1", "verwacht"),
    ],
)
def test_route_errors_are_named(text: str, match: str) -> None:
    with pytest.raises(FormError, match=match):
        parse_routes("forms/routing.yaml", text)
