"""Short display names for checklists and levels, shared by lists and pages."""

from __future__ import annotations

from app.core.assessment import Level
from app.core.i18n import N_, _

_CHECKLIST_SHORT = {"ggd_intake": N_("GG&GD"), "coa": N_("COA"), "dtv": N_("DT&V"), "health": N_("Zorg")}
# Text colours, each at least 4.5:1 on the window, base and alternate-base colours of the palette
# (tests/ui/test_contrast.py computes it). Colour is never the only cue: every level also has a mark.
LEVEL_COLOURS = {
    Level.GEEN: "#1b5e20",
    Level.ONVOLLEDIG: "#5f6368",  # neutral grey: not green, it is not "geen signalen"
    Level.AANWEZIG: "#8a5300",
    Level.STERK: "#b00020",
}
LEVEL_MARKS = {Level.GEEN: "✓", Level.ONVOLLEDIG: "?", Level.AANWEZIG: "▲", Level.STERK: "■"}
CLOSED_COLOUR = "#5f5f5f"  # closed cases in the list (also said in the tooltip)
ERROR_COLOUR = "#a40000"  # error messages on the unlock page and in the export wizard
TEXT_COLOURS = [*LEVEL_COLOURS.values(), CLOSED_COLOUR, ERROR_COLOUR]


def checklist_short(checklist_id: str | None) -> str:
    if checklist_id is None:
        return ""
    return _(_CHECKLIST_SHORT.get(checklist_id, checklist_id))


def level_text(level: Level) -> str:
    """The level as shown: its mark (a shape, so colour is not the only cue) and its words."""
    return f"{LEVEL_MARKS[level]} {level.label}"
