"""Abbreviations the worker meets in states and routes, explained in words (shown as tooltips)."""

from __future__ import annotations

import re

from app.core.i18n import N_, _

ABBREVIATIONS = {
    "B8/3": N_("B8/3: de verblijfsregeling mensenhandel in de Vreemdelingencirculaire (vroeger B9)"),
    "D9": N_("D9: het proces van DT&V waarbij het vertrek wordt opgeschort zolang signalen worden onderzocht"),
    "LEM": N_("LEM: Landelijke Expertgroep Mensenhandel (politie, KMar, OM, IND, DT&V)"),
    "IOM": N_("IOM: Internationale Organisatie voor Migratie (hulp bij terugkeer)"),
    "AMV": N_("AMV: alleenstaande minderjarige vreemdeling"),
    "COA": N_("COA: Centraal Orgaan opvang asielzoekers"),
    "DT&V": N_("DT&V: Dienst Terugkeer en Vertrek"),
    "KMar": N_("KMar: Koninklijke Marechaussee"),
    "OM": N_("OM: Openbaar Ministerie"),
    "IND": N_("IND: Immigratie- en Naturalisatiedienst"),
    "SZW": N_("Inspectie SZW: de arbeidsinspectie (nu Nederlandse Arbeidsinspectie)"),
}
_WORD = re.compile(r"(?<![\w/&])(" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")(?![\w/&])")


def explain(text: str) -> str:
    """The explanations of the abbreviations in ``text``, one per line, in order of appearance; empty if none."""
    seen: list[str] = []
    for match in _WORD.finditer(text):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return "\n".join(_(ABBREVIATIONS[a]) for a in seen)
