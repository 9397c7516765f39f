"""The assessment and route as plain text blocks, shared by the command line, the UI and the PDFs."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from app.core.assessment import Assessment
from app.core.checklists.model import ExploitationForm
from app.core.i18n import _
from app.core.routing import RouteAdvice
from app.core.tracks import state_label


@dataclass(frozen=True, slots=True)
class Block:
    heading: str
    lines: tuple[str, ...]
    numbered: bool = False  # steps to take in order

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
            Block(_("Nog open (onbekend, niet gevraagd of niet beantwoord)"), (", ".join(assessment.open_items),))
        )
    return blocks


def route_blocks(advice: RouteAdvice) -> list[Block]:
    blocks = []
    if advice.steps:
        blocks.append(Block(_("Route"), advice.steps, numbered=True))
    if advice.tell_person:
        blocks.append(Block(_("Vertel de persoon"), advice.tell_person))
    if advice.tracks:
        lines = tuple(
            f"{track.label} → {state_label(track, state)}" if state else f"{track.label} → " + _("bespreken")
            for track, state in advice.tracks
        )
        blocks.append(Block(_("Sporen om te openen"), lines))
    return blocks
