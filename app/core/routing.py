"""Routing advice after an assessment, from ``forms/routing.yaml``: the steps for the user's kind of
organisation, what to tell the person, and which case tracks to open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from app.core.assessment import Assessment, Level
from app.core.checklists.parse import FormError
from app.core.i18n import F_, _
from app.core.settings import OrgType
from app.core.tracks import TRACKS, Track

ALL = "all"


@dataclass(frozen=True, slots=True)
class When:
    levels: frozenset[Level] | None = None
    minor: bool | None = None
    non_dutch: bool | None = None

    def holds(self, assessment: Assessment, non_dutch: bool) -> bool:
        return (
            (self.levels is None or assessment.level in self.levels)
            and (self.minor is None or assessment.minor == self.minor)
            and (self.non_dutch is None or non_dutch == self.non_dutch)
        )


@dataclass(frozen=True, slots=True)
class TextRule:
    text: str  # Dutch msgid
    source: str
    when: When


@dataclass(frozen=True, slots=True)
class TrackRule:
    track: Track
    state: str | None  # None: the track needs discussing, no particular next state
    when: When


@dataclass(frozen=True, slots=True)
class Routes:
    version: str
    tell_person: tuple[TextRule, ...]
    steps: dict[str, tuple[TextRule, ...]]
    tracks: dict[str, tuple[TrackRule, ...]]


@dataclass(frozen=True, slots=True)
class RouteAdvice:
    steps: tuple[str, ...]
    tell_person: tuple[str, ...]
    tracks: tuple[tuple[Track, str | None], ...]


def is_non_dutch(nationality: str | None) -> bool:
    """Residence rules (bedenktijd) apply unless the person is known to be Dutch."""
    return nationality != "NL"


def advise(routes: Routes, org_type: OrgType, assessment: Assessment, nationality: str | None) -> RouteAdvice:
    non_dutch = is_non_dutch(nationality)
    steps = tuple(F_(r.text) for r in routes.steps.get(org_type.value, ()) if r.when.holds(assessment, non_dutch))
    tell = tuple(F_(r.text) for r in routes.tell_person if r.when.holds(assessment, non_dutch))
    chosen: dict[Track, str | None] = {}
    for scope in (ALL, org_type.value):  # the organisation's own rules override the general ones
        for rule in routes.tracks.get(scope, ()):
            if rule.when.holds(assessment, non_dutch):
                chosen[rule.track] = rule.state
    return RouteAdvice(steps, tell, tuple(chosen.items()))


def parse_routes(file: str, text: str) -> Routes:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FormError(file, "", "yaml", str(exc).replace("\n", " ")) from None
    if not isinstance(doc, dict) or set(doc) - {"version", "tell_person", "steps", "tracks"}:
        raise FormError(file, "", "routes", _("verwacht: version, tell_person, steps, tracks"))
    scopes = {t.value for t in OrgType}
    steps, tracks = _mapping_of_lists(file, doc, "steps"), _mapping_of_lists(file, doc, "tracks")
    for key in list(steps) + list(tracks):
        if key not in scopes | {ALL}:
            raise FormError(file, key, "steps/tracks", _("onbekende soort organisatie ‘{key}’").format(key=key))
    tell = doc.get("tell_person") or []
    if not isinstance(tell, list):
        raise FormError(file, "", "tell_person", _("verwacht een lijst"))
    return Routes(
        version=str(doc.get("version", "")),
        tell_person=tuple(_text_rule(file, r) for r in tell),
        steps={org: tuple(_text_rule(file, r) for r in rules) for org, rules in steps.items()},
        tracks={org: tuple(_track_rule(file, r) for r in rules) for org, rules in tracks.items()},
    )


def _mapping_of_lists(file: str, doc: dict[str, Any], key: str) -> dict[str, list[Any]]:
    value = doc.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, list) for k, v in value.items()):
        raise FormError(file, "", key, _("verwacht per soort organisatie een lijst"))
    return value


def _text_rule(file: str, raw: Any) -> TextRule:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not isinstance(raw.get("source"), str):
        raise FormError(file, str(raw)[:40], "text/source", _("elke regel heeft een tekst en een bron"))
    return TextRule(" ".join(raw["text"].split()), raw["source"], _when(file, raw.get("when")))


def _track_rule(file: str, raw: Any) -> TrackRule:
    if not isinstance(raw, dict):
        raise FormError(file, str(raw)[:40], "track", _("onbekend spoor"))
    try:
        track = Track(raw["track"])
    except (KeyError, TypeError, ValueError):
        raise FormError(file, str(raw)[:40], "track", _("onbekend spoor")) from None
    state = raw.get("state")
    if state is not None and (not isinstance(state, str) or state not in TRACKS[track].states):
        raise FormError(file, track.value, "state", _("onbekende status ‘{state}’").format(state=state))
    return TrackRule(track, state, _when(file, raw.get("when")))


def _when(file: str, raw: Any) -> When:
    if raw is None:
        return When()
    if not isinstance(raw, dict) or set(raw) - {"level", "minor", "non_dutch"}:
        raise FormError(file, str(raw)[:40], "when", _("toegestaan: level, minor, non_dutch"))
    try:
        if "level" in raw and not isinstance(raw["level"], list):
            raise TypeError
        levels = frozenset(Level(v) for v in raw["level"]) if "level" in raw else None
    except (TypeError, ValueError):
        raise FormError(file, str(raw)[:40], "when.level", _("onbekend niveau")) from None
    for key in ("minor", "non_dutch"):
        if key in raw and not isinstance(raw[key], bool):
            raise FormError(file, str(raw)[:40], f"when.{key}", _("moet true of false zijn"))
    return When(levels, raw.get("minor"), raw.get("non_dutch"))
