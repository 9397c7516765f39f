"""Routing advice after an assessment, from ``forms/routing.yaml``: the steps for the user's kind of
organisation, what to tell the person, and which case tracks to open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from app.core.assessment import Assessment, Level
from app.core.checklists.model import ExploitationForm
from app.core.checklists.parse import FormError
from app.core.context import NATIONALITY, VOCABULARY, Context, nationality_group
from app.core.i18n import F_, _
from app.core.settings import OrgType
from app.core.tracks import TRACKS, Track

ALL = "all"


@dataclass(frozen=True, slots=True)
class When:
    levels: frozenset[Level] | None = None
    minor: bool | None = None
    non_dutch: bool | None = None
    context: Mapping[str, frozenset[str]] = field(default_factory=dict)  # context key -> values that apply
    forms: frozenset[ExploitationForm] | None = None  # any of these forms of exploitation has signals

    def holds(self, assessment: Assessment, context: Context) -> bool:
        return (
            (self.levels is None or assessment.level in self.levels)
            and (self.minor is None or assessment.minor == self.minor)
            and (self.non_dutch is None or (context.get(NATIONALITY) != "nl") == self.non_dutch)
            and all(context.get(key) in values for key, values in self.context.items())
            and (self.forms is None or bool(self.forms & set(assessment.forms)))
        )


@dataclass(frozen=True, slots=True)
class TextRule:
    text: str  # Dutch msgid
    source: str
    when: When
    id: str = ""


@dataclass(frozen=True, slots=True)
class TrackRule:
    track: Track
    state: str | None  # None: the track needs discussing, no particular next state
    when: When


@dataclass(frozen=True, slots=True)
class Routes:
    version: str
    tell_person: tuple[TextRule, ...]
    steps: dict[str, tuple[TextRule, ...]]  # per organisation type; "all" comes first for every type
    tracks: dict[str, tuple[TrackRule, ...]]
    free_movement: frozenset[str] = frozenset()  # nationalities with EU free movement (EU, EEA, CH)
    quiet_when: When | None = None  # no texts to read out (e.g. a companion stays and would hear them)


@dataclass(frozen=True, slots=True)
class RouteAdvice:
    steps: tuple[str, ...]
    tell_person: tuple[str, ...]
    tracks: tuple[tuple[Track, str | None], ...]
    step_ids: tuple[str, ...] = ()
    tell_ids: tuple[str, ...] = ()
    context: Context = field(default_factory=Context)


def is_non_dutch(nationality: str | None) -> bool:
    """Residence rules (bedenktijd) apply unless the person is known to be Dutch."""
    return nationality != "NL"


def advise(routes: Routes, org_type: OrgType, assessment: Assessment, nationality: str | None) -> RouteAdvice:
    """The steps, texts and tracks whose conditions hold for this assessment, its context and nationality."""
    context = assessment.context.with_values(**{NATIONALITY: nationality_group(nationality, routes.free_movement)})
    rules = [
        r for scope in (ALL, org_type.value) for r in routes.steps.get(scope, ()) if r.when.holds(assessment, context)
    ]
    quiet = routes.quiet_when is not None and routes.quiet_when.holds(assessment, context)
    tell = [] if quiet else [r for r in routes.tell_person if r.when.holds(assessment, context)]
    chosen: dict[Track, str | None] = {}
    for scope in (ALL, org_type.value):  # the organisation's own rules override the general ones
        for rule in routes.tracks.get(scope, ()):
            if rule.when.holds(assessment, context):
                chosen[rule.track] = rule.state
    return RouteAdvice(
        tuple(F_(r.text) for r in rules),
        tuple(F_(r.text) for r in tell),
        tuple(chosen.items()),
        tuple(r.id for r in rules),
        tuple(r.id for r in tell),
        context,
    )


def parse_routes(file: str, text: str) -> Routes:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FormError(file, "", "yaml", str(exc).replace("\n", " ")) from None
    if not isinstance(doc, dict) or set(doc) - {
        "version",
        "tell_person",
        "steps",
        "tracks",
        "free_movement",
        "quiet_when",
    }:
        raise FormError(
            file, "", "routes", _("verwacht: version, tell_person, steps, tracks, free_movement, quiet_when")
        )
    scopes = {t.value for t in OrgType}
    steps, tracks = _mapping_of_lists(file, doc, "steps"), _mapping_of_lists(file, doc, "tracks")
    for key in list(steps) + list(tracks):
        if key not in scopes | {ALL}:
            raise FormError(file, key, "steps/tracks", _("onbekende soort organisatie ‘{key}’").format(key=key))
    tell = doc.get("tell_person") or []
    if not isinstance(tell, list):
        raise FormError(file, "", "tell_person", _("verwacht een lijst"))
    free = doc.get("free_movement") or []
    if not isinstance(free, list) or not all(isinstance(c, str) for c in free):
        raise FormError(file, "", "free_movement", _("verwacht een lijst met landcodes"))
    return Routes(
        version=str(doc.get("version", "")),
        tell_person=tuple(_text_rule(file, r, f"tell-{n}") for n, r in enumerate(tell, 1)),
        steps={
            org: tuple(_text_rule(file, r, f"{org}-{n}") for n, r in enumerate(rules, 1))
            for org, rules in steps.items()
        },
        tracks={org: tuple(_track_rule(file, r) for r in rules) for org, rules in tracks.items()},
        free_movement=frozenset(free),
        quiet_when=_when(file, doc["quiet_when"]) if "quiet_when" in doc else None,
    )


def _mapping_of_lists(file: str, doc: dict[str, Any], key: str) -> dict[str, list[Any]]:
    value = doc.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, list) for k, v in value.items()):
        raise FormError(file, "", key, _("verwacht per soort organisatie een lijst"))
    return value


def _text_rule(file: str, raw: Any, default_id: str) -> TextRule:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not isinstance(raw.get("source"), str):
        raise FormError(file, str(raw)[:40], "text/source", _("elke regel heeft een tekst en een bron"))
    rule_id = raw.get("id", default_id)
    if not isinstance(rule_id, str) or not rule_id:
        raise FormError(file, str(raw)[:40], "id", _("moet tekst zijn"))
    return TextRule(" ".join(raw["text"].split()), raw["source"], _when(file, raw.get("when")), rule_id)


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
    allowed = {"level", "minor", "non_dutch", "context", "forms"}
    if not isinstance(raw, dict) or set(raw) - allowed:
        raise FormError(file, str(raw)[:40], "when", _("toegestaan: {keys}").format(keys=", ".join(sorted(allowed))))
    try:
        if "level" in raw and not isinstance(raw["level"], list):
            raise TypeError
        levels = frozenset(Level(v) for v in raw["level"]) if "level" in raw else None
    except (TypeError, ValueError):
        raise FormError(file, str(raw)[:40], "when.level", _("onbekend niveau")) from None
    for key in ("minor", "non_dutch"):
        if key in raw and not isinstance(raw[key], bool):
            raise FormError(file, str(raw)[:40], f"when.{key}", _("moet true of false zijn"))
    try:
        forms = frozenset(ExploitationForm(v) for v in raw["forms"]) if "forms" in raw else None
    except (TypeError, ValueError):
        raise FormError(file, str(raw)[:40], "when.forms", _("onbekende vorm van uitbuiting")) from None
    return When(levels, raw.get("minor"), raw.get("non_dutch"), _context_condition(file, raw.get("context")), forms)


def _context_condition(file: str, raw: Any) -> dict[str, frozenset[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise FormError(file, str(raw)[:40], "when.context", _("verwacht per context een lijst met waarden"))
    result = {}
    for key, values in raw.items():
        if key not in VOCABULARY or not isinstance(values, list) or not set(values) <= set(VOCABULARY[key]):
            raise FormError(
                file, str(raw)[:40], "when.context", _("onbekende context of waarde: {key}").format(key=key)
            )
        result[key] = frozenset(values)
    return result
