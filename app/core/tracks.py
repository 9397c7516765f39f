"""The eight parallel tracks of a case (seeds-signalering.md §3.10) and their states.

A track starts in its first state (no transition stored). Every later state is a stored transition with
time, user, a reason code where the state asks for one, and structured detail where it needs some.
Transitions are free within a track (real cases go back and forth); the timeline keeps every step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.errors import InvalidInput
from app.core.i18n import N_, _
from app.core.languages import is_language


class Track(StrEnum):
    SIGNALERING = "signalering"
    TOESTEMMING = "toestemming"
    MELDING = "melding"
    AANGIFTE = "aangifte"
    VERBLIJF = "verblijf"
    OPVANG = "opvang"
    MINDERJARIGE = "minderjarige"
    TERUGKEER = "terugkeer"

    @property
    def label(self) -> str:
        return _(TRACKS[self].label)


@dataclass(frozen=True, slots=True)
class TrackSpec:
    label: str  # Dutch msgid
    states: Mapping[str, str]  # code -> Dutch label msgid, in display order; the first is the start
    settled: frozenset[str] = frozenset()  # outcomes after which the track needs no attention
    reasons: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # state -> reason code -> label
    required_detail: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def initial(self) -> str:
        return next(iter(self.states))


_CLOSE_REASONS = {
    "geen_zorgen": N_("geen zorgen meer"),
    "elders_in_zorg": N_("elders in zorg"),
    "contact_verloren": N_("contact verloren"),
    "verhuisd": N_("verhuisd"),
    "overleden": N_("overleden"),
}

TRACKS: Mapping[Track, TrackSpec] = {
    Track.SIGNALERING: TrackSpec(
        N_("Signalering"),
        {
            "nieuw": N_("nieuw"),
            "signalen_vastgelegd": N_("signalen vastgelegd"),
            "besproken_met_persoon": N_("besproken met persoon"),
            "intern_besproken": N_("intern besproken"),
            "doorverwezen": N_("doorverwezen"),
            "afgesloten": N_("afgesloten"),
        },
        settled=frozenset({"afgesloten"}),
        reasons={"afgesloten": _CLOSE_REASONS},
    ),
    Track.TOESTEMMING: TrackSpec(
        N_("Toestemming"),
        {
            "niet_gevraagd": N_("niet gevraagd"),
            "niet_mogelijk": N_("niet mogelijk"),
            "gevraagd": N_("gevraagd"),
            "gegeven": N_("gegeven"),
            "geweigerd": N_("geweigerd"),
            "ingetrokken": N_("ingetrokken"),
        },
        settled=frozenset({"gegeven", "geweigerd", "ingetrokken", "niet_mogelijk"}),
        reasons={
            "niet_mogelijk": {
                "taal": N_("taal"),
                "crisis": N_("crisis"),
                "minderjarig_zonder_vertegenwoordiger": N_("minderjarig zonder vertegenwoordiger"),
                "veiligheid": N_("veiligheid"),
            }
        },
        required_detail={"gegeven": frozenset({"scope", "form"})},
    ),
    Track.MELDING: TrackSpec(
        N_("Melding CoMensha"),
        {
            "geen": N_("geen"),
            "concept": N_("concept"),
            "geexporteerd": N_("geëxporteerd"),
            "bevestigd": N_("bevestigd"),
            "gecorrigeerd": N_("gecorrigeerd"),
            "ingetrokken": N_("ingetrokken"),
        },
        settled=frozenset({"bevestigd", "ingetrokken"}),
        required_detail={"geexporteerd": frozenset({"batch_id"})},
    ),
    Track.AANGIFTE: TrackSpec(
        N_("Aangifte"),
        {
            "niet_besproken": N_("niet besproken"),
            "besproken": N_("besproken"),
            "bedenktijd": N_("bedenktijd"),
            "gedaan": N_("gedaan"),
            "anderszins_meegewerkt": N_("anderszins meegewerkt"),
            "wil_niet": N_("wil niet"),
            "onbekend": N_("onbekend"),
        },
        settled=frozenset({"gedaan", "anderszins_meegewerkt", "wil_niet"}),
    ),
    Track.VERBLIJF: TrackSpec(
        N_("Verblijf"),
        {
            "nvt": N_("n.v.t."),
            "bedenktijd_geinformeerd": N_("geïnformeerd over bedenktijd"),
            "bedenktijd_aangeboden": N_("bedenktijd aangeboden"),
            "bedenktijd_lopend": N_("bedenktijd lopend"),
            "b83_aangevraagd": N_("B8/3 aangevraagd"),
            "verleend": N_("verleend"),
            "afgewezen": N_("afgewezen"),
            "voortgezet_verblijf": N_("voortgezet verblijf"),
            "d9_opgevoerd": N_("D9 opgevoerd"),
            "vertrek_opgeschort": N_("vertrek opgeschort"),
        },
        settled=frozenset({"verleend", "afgewezen", "voortgezet_verblijf"}),
        required_detail={"bedenktijd_lopend": frozenset({"start"})},
    ),
    Track.OPVANG: TrackSpec(
        N_("Opvang"),
        {
            "behoefte_onbekend": N_("behoefte onbekend"),
            "behoefte_ja": N_("behoefte: ja"),
            "behoefte_nee": N_("behoefte: nee"),
            "aangevraagd": N_("aangevraagd"),
            "wachtlijst": N_("wachtlijst"),
            "geplaatst": N_("geplaatst"),
            "uitgestroomd": N_("uitgestroomd"),
        },
        settled=frozenset({"behoefte_nee", "uitgestroomd"}),
    ),
    Track.MINDERJARIGE: TrackSpec(
        N_("Minderjarige"),
        {
            "nvt": N_("n.v.t."),
            "vertegenwoordiger_geregeld": N_("vertegenwoordiger geregeld"),
            "beschermde_opvang": N_("beschermde opvang"),
            "veilig_thuis_ingeschakeld": N_("Veilig Thuis ingeschakeld"),
            "jeugdzorg_ingeschakeld": N_("jeugdzorg ingeschakeld"),
            "vermist": N_("vermist"),
        },
    ),
    Track.TERUGKEER: TrackSpec(
        N_("Terugkeer"),
        {
            "niet_aan_de_orde": N_("niet aan de orde"),
            "besproken": N_("besproken"),
            "iom_verwezen": N_("naar IOM verwezen"),
            "vertrokken": N_("vertrokken"),
            "mob": N_("met onbekende bestemming vertrokken"),
        },
        settled=frozenset({"vertrokken", "mob"}),
    ),
}


# Steps that only follow certain others: a melding is confirmed only once it was sent, a sent melding is
# changed by a correction (never made a new concept, which the registry would refuse as a second "new").
ONLY_AFTER: Mapping[tuple[Track, str], tuple[str, ...]] = {
    (Track.MELDING, "concept"): ("geen",),
    (Track.MELDING, "bevestigd"): ("geexporteerd",),
    (Track.MELDING, "gecorrigeerd"): ("geexporteerd", "bevestigd"),
}


def state_label(track: Track, state: str) -> str:
    return _(TRACKS[track].states[state])


def reason_label(track: Track, state: str, reason: str) -> str:
    return _(TRACKS[track].reasons[state][reason])


def validate_transition(track: Track, current: str, new: str, reason: str | None, detail: Mapping[str, object]) -> None:
    """Raise ``InvalidInput`` when ``new`` is not a valid next state with the given reason and detail."""
    if new == current and new in TRACKS[track].states:
        raise InvalidInput(_("Het spoor {track} staat al op ‘{state}’.").format(track=track, state=new))
    before = ONLY_AFTER.get((track, new))
    if before is not None and current not in before:
        raise InvalidInput(
            _("‘{state}’ kan alleen na {before}.").format(
                state=state_label(track, new), before=", ".join(f"‘{state_label(track, b)}’" for b in before)
            )
        )
    _check_state(track, new, reason, detail)


def validate_correction(track: Track, new: str, reason: str | None, detail: Mapping[str, object]) -> None:
    """A correction replaces the last step of a track that was recorded by mistake: any state, also the
    current one with other details, with a correction reason (``detail["correction"]``)."""
    if detail.get("correction") not in CORRECTION_REASONS:
        raise InvalidInput(_("Kies waarom de stap wordt gecorrigeerd."))
    _check_state(track, new, reason, detail)


def _check_state(track: Track, new: str, reason: str | None, detail: Mapping[str, object]) -> None:
    spec = TRACKS[track]
    if new not in spec.states:
        raise InvalidInput(_("Onbekende status ‘{state}’ voor spoor {track}.").format(state=new, track=track))
    allowed = spec.reasons.get(new)
    if allowed is not None and reason not in allowed:
        raise InvalidInput(_("Kies een reden voor ‘{state}’: {choices}.").format(state=new, choices=", ".join(allowed)))
    missing = sorted(spec.required_detail.get(new, frozenset()) - set(detail))
    if missing:
        raise InvalidInput(_("Voor ‘{state}’ ontbreekt: {fields}.").format(state=new, fields=", ".join(missing)))
    if (track, new) == (Track.TOESTEMMING, "gegeven"):
        _check_consent(detail)


def _check_consent(detail: Mapping[str, object]) -> None:
    """Consent is given *for* something: at least one known scope, and a known form."""
    scope = detail.get("scope")
    if not isinstance(scope, list) or not scope or any(s not in CONSENT_SCOPES for s in scope):
        raise InvalidInput(_("Kies waarvoor de toestemming geldt (ten minste één)."))
    if detail.get("form") not in CONSENT_FORMS:
        raise InvalidInput(_("Kies of de toestemming schriftelijk of mondeling is gegeven."))
    if "language" in detail and not is_language(detail["language"]):
        raise InvalidInput(_("Onbekende taal: {code}.").format(code=detail["language"]))


def is_open(track: Track, state: str) -> bool:
    """A track needs attention when it has left its start state and has not settled."""
    spec = TRACKS[track]
    return state != spec.initial and state not in spec.settled


CONSENT_SCOPES: Mapping[str, str] = {
    "registratie": N_("registratie bij CoMensha"),
    "opvang": N_("opvang"),
    "politiecontact": N_("contact met politie"),
}
CONSENT_FORMS: Mapping[str, str] = {"schriftelijk": N_("schriftelijk"), "mondeling": N_("mondeling")}
CORRECTION_REASONS: Mapping[str, str] = {
    "verkeerde_status": N_("verkeerde status gekozen"),
    "verkeerde_gegevens": N_("verkeerde gegevens (reikwijdte, vorm, datum)"),
    "verkeerde_zaak": N_("bij de verkeerde zaak vastgelegd"),
    "niet_gebeurd": N_("vastgelegd maar niet gebeurd"),
}
