"""Why a question is asked, in plain words for the worker (the F1 help): what the answer counts for and where
the signal comes from. No file names or line numbers; those stay in the forms for maintainers."""

from __future__ import annotations

from app.core.checklists.model import Grade, Item
from app.core.i18n import _

_GRADE_WORDS = {
    Grade.STRONG: lambda: _("een sterk signaal: één is genoeg om te handelen"),
    Grade.MEDIUM: lambda: _("een middelsterk signaal: samen met andere signalen reden om te handelen"),
    Grade.WEAK: lambda: _("een zwak signaal: alleen samen met andere signalen van betekenis"),
}


def why_asked(item: Item) -> list[str]:
    """Short paragraphs: what the answer counts for, whether it is needed to judge, and the source in words."""
    lines = [item.help] if item.help else []
    if item.context:
        lines.append(
            _(
                "Dit is geen signaal. Het antwoord bepaalt welke stappen en teksten passen, bijvoorbeeld bij een "
                "minderjarige, iemand in bewaring of als er iemand meekomt."
            )
        )
    elif item.grade is not None:
        forms = ", ".join(f.label for f in item.forms) or _("elke vorm van uitbuiting")
        elements = ", ".join(e.label for e in item.elements) or _("geen wettelijk element")
        lines.append(
            _("Dit is {grade}. Het wijst op {elements}, bij {forms}.").format(
                grade=_GRADE_WORDS[item.grade](), elements=elements, forms=forms
            )
        )
    else:
        lines.append(_("Deze vraag helpt het gesprek en de keuze van de route; ze telt niet als signaal."))
    if item.key:
        lines.append(_("Zonder antwoord op deze vraag kan Signaal niet zeggen dat er geen signalen zijn."))
    lines.append(_source_in_words(item.source))
    return lines


def _source_in_words(source: str) -> str:
    text = source.lower()
    if "002:" in text:
        return _("Bron: de negende rapportage van de Nationaal Rapporteur Mensenhandel (2013).")
    if "ilo" in text:
        return _("Bron: de ILO-indicatoren voor mensenhandel.")
    return _("Bron: de signalenlijsten uit de rapporten van de Nationaal Rapporteur Mensenhandel.")
