"""Short display names for checklists and levels, shared by lists and pages."""

from __future__ import annotations

from app.core.assessment import Level
from app.core.i18n import N_, _

_CHECKLIST_SHORT = {"ggd_intake": N_("GG&GD"), "coa": N_("COA"), "dtv": N_("DT&V"), "health": N_("Zorg")}
LEVEL_COLOURS = {
    Level.GEEN: "#2e7d32",
    Level.ONVOLLEDIG: "#5f6368",  # neutral grey: not green, it is not "geen signalen"
    Level.AANWEZIG: "#b26a00",
    Level.STERK: "#b00020",
}


def checklist_short(checklist_id: str | None) -> str:
    if checklist_id is None:
        return ""
    return _(_CHECKLIST_SHORT.get(checklist_id, checklist_id))
