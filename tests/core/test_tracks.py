from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.core.tracks import TRACKS, Track, is_open, state_label, validate_correction, validate_transition


def test_eight_tracks_each_with_a_start_state() -> None:
    assert len(Track) == 8
    assert TRACKS[Track.SIGNALERING].initial == "nieuw"
    assert TRACKS[Track.MELDING].initial == "geen"


def test_unknown_state_is_refused() -> None:
    with pytest.raises(InvalidInput, match="Onbekende status"):
        validate_transition(Track.AANGIFTE, "niet_besproken", "slachtoffer", None, {})


def test_same_state_is_refused() -> None:
    with pytest.raises(InvalidInput, match="staat al"):
        validate_transition(Track.AANGIFTE, "besproken", "besproken", None, {})


def test_closing_needs_a_listed_reason() -> None:
    with pytest.raises(InvalidInput, match="reden"):
        validate_transition(Track.SIGNALERING, "nieuw", "afgesloten", "zomaar", {})
    validate_transition(Track.SIGNALERING, "nieuw", "afgesloten", "verhuisd", {})


def test_consent_given_needs_scope_and_form() -> None:
    with pytest.raises(InvalidInput, match="form"):
        validate_transition(Track.TOESTEMMING, "gevraagd", "gegeven", None, {"scope": ["registratie"]})
    validate_transition(
        Track.TOESTEMMING, "gevraagd", "gegeven", None, {"scope": ["registratie"], "form": "schriftelijk"}
    )


def test_open_means_started_and_not_settled() -> None:
    assert not is_open(Track.AANGIFTE, "niet_besproken")
    assert is_open(Track.AANGIFTE, "bedenktijd")
    assert not is_open(Track.AANGIFTE, "gedaan")


def test_labels_are_dutch() -> None:
    assert state_label(Track.MELDING, "geexporteerd") == "geëxporteerd"


def test_consent_is_given_for_at_least_one_known_scope() -> None:
    for scope in ([], ["alles"], "registratie"):
        with pytest.raises(InvalidInput, match="waarvoor"):
            validate_transition(Track.TOESTEMMING, "gevraagd", "gegeven", None, {"scope": scope, "form": "mondeling"})
    with pytest.raises(InvalidInput, match="schriftelijk of mondeling"):
        validate_transition(Track.TOESTEMMING, "gevraagd", "gegeven", None, {"scope": ["opvang"], "form": "?"})


def test_a_correction_needs_its_own_reason_and_may_keep_the_state() -> None:
    given = {"scope": ["opvang"], "form": "schriftelijk"}
    with pytest.raises(InvalidInput, match="corrigeerd"):
        validate_correction(Track.TOESTEMMING, "gegeven", None, given)
    validate_correction(Track.TOESTEMMING, "gegeven", None, {**given, "correction": "verkeerde_gegevens"})
    with pytest.raises(InvalidInput, match="reden"):
        validate_correction(Track.TOESTEMMING, "niet_mogelijk", None, {"correction": "verkeerde_status"})


def test_a_melding_is_confirmed_only_after_it_was_sent_and_never_made_new_again() -> None:
    """A review found 'bevestigd' accepted straight from 'geen' (nothing ever sent), and 'concept' after an
    export (the registry would refuse the second 'new' for a known UUID, and the whole batch with it)."""
    with pytest.raises(InvalidInput, match="kan alleen na"):
        validate_transition(Track.MELDING, "geen", "bevestigd", None, {})
    with pytest.raises(InvalidInput, match="kan alleen na"):
        validate_transition(Track.MELDING, "geexporteerd", "concept", None, {})
    validate_transition(Track.MELDING, "geexporteerd", "gecorrigeerd", None, {})
    validate_transition(Track.MELDING, "geexporteerd", "bevestigd", None, {})


def test_consent_names_a_real_language() -> None:
    given = {"scope": ["registratie"], "form": "mondeling"}
    validate_transition(Track.TOESTEMMING, "gevraagd", "gegeven", None, {**given, "language": "sw"})
    with pytest.raises(InvalidInput, match="Onbekende taal"):
        validate_transition(Track.TOESTEMMING, "gevraagd", "gegeven", None, {**given, "language": "xx"})
