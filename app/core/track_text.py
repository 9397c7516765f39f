"""A track transition in words (who, when, what, why), shared by the case screen and the case report."""

from __future__ import annotations

from datetime import date

from app.core.cases import TrackTransition
from app.core.formatting import date_time, long_date
from app.core.i18n import _
from app.core.languages import language_name
from app.core.tracks import CONSENT_FORMS, CONSENT_SCOPES, CORRECTION_REASONS, Track, reason_label, state_label


def describe_detail(transition: TrackTransition) -> str:
    detail = transition.detail
    parts = []
    if transition.track is Track.TOESTEMMING and transition.state == "gegeven":
        scope = detail.get("scope")
        scopes = [_(CONSENT_SCOPES.get(str(s), str(s))) for s in scope] if isinstance(scope, list) else []
        parts.append(", ".join(scopes) or _("geen reikwijdte"))
        form = str(detail.get("form", ""))
        parts.append(_(CONSENT_FORMS[form]) if form in CONSENT_FORMS else form)
        language = str(detail.get("language", ""))
        parts.append(_("in het {language}").format(language=language_name(language)) if language else "")
        if detail.get("interpreter"):
            parts.append(_("met tolk"))
    labels = {"start": _("begonnen {day}"), "date": _("op {day}")}
    for key, label in labels.items():
        day = _iso_date(detail.get(key))
        if day is not None:
            parts.append(label.format(day=long_date(day)))
    if "batch_id" in detail:
        parts.append(_("in exportbatch {batch}").format(batch=str(detail["batch_id"])[:8]))
    correction = detail.get("correction")
    if correction in CORRECTION_REASONS:
        parts.insert(0, _("correctie: {why}").format(why=_(CORRECTION_REASONS[str(correction)])))
    return "; ".join(p for p in parts if p)


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def step_text(step: TrackTransition) -> str:
    """``7-3-2026 09:30 · anna · gegeven · reason · detail · “note”``."""
    text = f"{date_time(step.at)} · {step.user_name} · {state_label(step.track, step.state)}"
    if step.reason:
        text += f" · {reason_label(step.track, step.state, step.reason)}"
    extra = describe_detail(step)
    if extra:
        text += f" · {extra}"
    if step.note:
        text += f" · “{step.note}”"
    return text
