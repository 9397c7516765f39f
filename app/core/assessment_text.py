"""The assessment and route as plain text blocks, shared by the command line, the UI and the PDFs."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from app.core.assessment import Assessment
from app.core.checklists.model import ExploitationForm
from app.core.context import Context
from app.core.i18n import N_, _
from app.core.routing import RouteAdvice
from app.core.tracks import state_label

_CONTEXT_LABELS = {
    ("age", "adult"): N_("18 jaar of ouder"),
    ("age", "minor"): N_("minderjarig"),
    ("age", "possibly_minor"): N_("mogelijk minderjarig"),
    ("age", "disputed"): N_("leeftijd betwist"),
    ("amv", "yes"): N_("alleenstaande minderjarige vreemdeling (AMV)"),
    ("detention", "immigration"): N_("in vreemdelingenbewaring"),
    ("detention", "criminal"): N_("in strafdetentie"),
    ("companion", "left"): N_("begeleider ging weg toen dat gevraagd werd"),
    ("companion", "stays"): N_("begeleider bleef bij het gesprek"),
    ("interpreter", "professional"): N_("professionele tolk"),
    ("interpreter", "informal"): N_("alleen een informele tolk"),
    ("interpreter", "missing"): N_("tolk nodig, maar niet aanwezig"),
    ("nationality", "nl"): N_("Nederlandse nationaliteit"),
    ("nationality", "eu"): N_("nationaliteit EU/EER/Zwitserland"),
    ("nationality", "third"): N_("nationaliteit buiten de EU"),
}


def context_lines(context: Context) -> tuple[str, ...]:
    """The context in words (what is known; never graded)."""
    return tuple(_(label) for (key, value), label in _CONTEXT_LABELS.items() if context.get(key) == value)


@dataclass(frozen=True, slots=True)
class Block:
    heading: str
    lines: tuple[str, ...]
    numbered: bool = False  # steps to take in order
    key: str = ""  # what the block is, for views that show it differently (e.g. "open")

    def text_lines(self) -> list[str]:
        return [f"{n}. {line}" if self.numbered else line for n, line in enumerate(self.lines, 1)]

    def html(self) -> str:
        tag = "ol" if self.numbered else "ul"
        items = "".join(f"<li>{escape(line)}</li>" for line in self.lines)
        return f"<h3>{escape(self.heading)}</h3><{tag}>{items}</{tag}>"


def assessment_blocks(assessment: Assessment) -> list[Block]:
    blocks = [
        Block(_("Beoordeling"), (assessment.level.label,)),
        Block(_("Waarom"), tuple(r.text for r in assessment.reasons) or (_("Geen signalen vastgelegd."),)),
    ]
    per_form = [
        f"{form.label}: " + ", ".join(f.describe() for f in assessment.by_form[form])
        for form in ExploitationForm
        if assessment.by_form.get(form)
    ]
    if assessment.general:
        per_form.append(_("alle vormen: ") + ", ".join(f.describe() for f in assessment.general))
    if per_form:
        blocks.append(Block(_("Signalen per vorm van uitbuiting"), tuple(per_form)))
    if assessment.open_items:
        blocks.append(
            Block(
                _("Nog open (onbekend, niet gevraagd of niet beantwoord)"),
                (assessment.named(assessment.open_items),),
                key="open",
            )
        )
    if assessment.refused_items:
        blocks.append(Block(_("Wil niet antwoorden"), (assessment.named(assessment.refused_items),)))
    context = context_lines(assessment.context)
    if context:
        blocks.append(Block(_("Context (geen signalen)"), context))
    return blocks


def route_blocks(advice: RouteAdvice) -> list[Block]:
    blocks = []
    if advice.steps:
        blocks.append(Block(_("Route"), advice.steps, numbered=True))
    if advice.tell_person:
        blocks.append(Block(_("Vertel de persoon"), advice.tell_person))
    elif advice.context.companion_stays:
        text = _("Nu niets voorlezen of laten vertalen: er bleef een begeleider bij het gesprek.")
        blocks.append(Block(_("Vertel de persoon"), (text,)))
    if advice.tracks:
        lines = tuple(
            f"{track.label} → {state_label(track, state)}" if state else f"{track.label} → " + _("bespreken")
            for track, state in advice.tracks
        )
        blocks.append(Block(_("Sporen om te openen"), lines))
    return blocks
