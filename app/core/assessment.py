"""From answers to an explained assessment: which signals are present, per form of exploitation, and a
level by an explicit combination rule (see docs/assessment.md). Derived, never stored as truth; it
speaks of signals, never of victims."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.core.checklists.answers import visible_items
from app.core.checklists.model import Checklist, Element, ExploitationForm, Grade, Item, SignalAnswer
from app.core.i18n import N_, _
from app.core.interviews import AnswerValue


class Level(StrEnum):
    GEEN = "geen_signalen"
    AANWEZIG = "signalen_aanwezig"
    STERK = "sterke_signalen"

    @property
    def label(self) -> str:
        return _(_LEVEL_LABELS[self])

    @property
    def rank(self) -> int:
        return list(Level).index(self)


_LEVEL_LABELS = {
    Level.GEEN: N_("geen signalen"),
    Level.AANWEZIG: N_("signalen aanwezig"),
    Level.STERK: N_("sterke signalen"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """A signal answered 'ja – waargenomen' or 'ja – verteld'."""

    item: Item
    answer: SignalAnswer

    @property
    def grade(self) -> Grade:
        assert self.item.grade is not None
        return self.item.grade

    def describe(self) -> str:
        return _("{id} ({grade}, {answer})").format(
            id=self.item.id, grade=self.grade.label, answer=self.answer.label.lower()
        )


@dataclass(frozen=True, slots=True)
class Reason:
    rule: str
    level: Level
    items: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Assessment:
    level: Level
    minor: bool
    findings: tuple[Finding, ...]
    by_form: Mapping[ExploitationForm, tuple[Finding, ...]]  # signals that point to that form specifically
    general: tuple[Finding, ...]  # signals that point to every form
    by_element: Mapping[Element, tuple[Finding, ...]]
    reasons: tuple[Reason, ...]
    open_items: tuple[str, ...]  # visible signals answered 'onbekend' or 'niet gevraagd', or not yet answered

    @property
    def forms(self) -> tuple[ExploitationForm, ...]:
        return tuple(f for f in ExploitationForm if self.by_form.get(f))


def element_positive(findings: tuple[Finding, ...]) -> bool:
    """The ILO/Delphi dimension rule: 2 strong; 1 strong + 1 other; 3 medium; or 2 medium + 1 weak."""
    strong = sum(f.grade is Grade.STRONG for f in findings)
    medium = sum(f.grade is Grade.MEDIUM for f in findings)
    weak = sum(f.grade is Grade.WEAK for f in findings)
    return strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3 or (medium >= 2 and weak >= 1)


def assess(checklist: Checklist, answers: Mapping[str, AnswerValue], *, minor_known: bool = False) -> Assessment:
    """Evaluate the visible items of ``checklist`` against ``answers``."""
    shown = visible_items(checklist, answers)
    findings = tuple(
        Finding(item, SignalAnswer(str(answers[item.id])))
        for item in shown
        if item.is_signal and item.id in answers and SignalAnswer(str(answers[item.id])).is_present
    )
    minor = minor_known or any(str(answers.get(item.id)) in item.marks_minor for item in shown)
    by_element = {e: tuple(f for f in findings if e in f.item.elements) for e in Element}
    by_form = {form: tuple(f for f in findings if form in f.item.forms) for form in ExploitationForm}
    general = tuple(f for f in findings if not f.item.forms)
    reasons = _reasons(findings, by_element, minor)
    open_items = tuple(
        item.id
        for item in shown
        if item.is_signal and str(answers.get(item.id, SignalAnswer.NOT_ASKED.value)) in ("unknown", "not_asked")
    )
    level = max((r.level for r in reasons), key=lambda lvl: lvl.rank, default=Level.GEEN)
    return Assessment(level, minor, findings, by_form, general, by_element, reasons, open_items)


def _ids(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    return tuple(f.item.id for f in findings)


def _list(findings: tuple[Finding, ...]) -> str:
    return ", ".join(f.describe() for f in findings)


def _reasons(
    findings: tuple[Finding, ...], by_element: Mapping[Element, tuple[Finding, ...]], minor: bool
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    means, exploitation = by_element[Element.MEANS], by_element[Element.EXPLOITATION]
    if element_positive(means) and element_positive(exploitation):
        text = _(
            "Zowel middelen (dwang, misleiding, controle) als uitbuitende omstandigheden voldoen aan de "
            "combinatieregel. Middelen: {means}. Uitbuiting: {exploitation}."
        ).format(means=_list(means), exploitation=_list(exploitation))
        reasons.append(Reason("means_and_exploitation", Level.STERK, _ids(means + exploitation), text))
    acting = tuple(f for f in findings if {Element.MEANS, Element.EXPLOITATION} & set(f.item.elements))
    if minor and acting:
        text = _(
            "De persoon is (mogelijk) minderjarig. Bij minderjarigen is geen dwang nodig: elk signaal van "
            "uitbuiting of controle weegt zwaar ({items})."
        ).format(items=_list(acting))
        reasons.append(Reason("minor", Level.STERK, _ids(acting), text))
    reasons.extend(_act_reasons(findings))
    if not reasons and findings:
        text = _(
            "Alleen zwakke signalen of kwetsbaarheid: {items}. Dat is geen basis om te handelen, wel om in een "
            "vervolggesprek op terug te komen."
        ).format(items=_list(findings))
        reasons.append(Reason("weak_only", Level.GEEN, _ids(findings), text))
    if minor:
        text = _("(Mogelijk) minderjarig: overleg altijd met de aandachtsfunctionaris kindermishandeling.")
        reasons.append(Reason("minor_consult", Level.GEEN, (), text))
    return tuple(reasons)


def _act_reasons(findings: tuple[Finding, ...]) -> list[Reason]:
    strong = tuple(f for f in findings if f.grade is Grade.STRONG)
    medium = tuple(f for f in findings if f.grade is Grade.MEDIUM)
    if strong:
        text = _("Sterk signaal: {items}. Eén sterk signaal is genoeg om te handelen.").format(items=_list(strong))
        return [Reason("strong_signal", Level.AANWEZIG, _ids(strong), text)]
    if len(medium) >= 2:
        text = _("Twee of meer middelsterke signalen: {items}.").format(items=_list(medium))
        return [Reason("two_medium", Level.AANWEZIG, _ids(medium), text)]
    if medium and len(findings) >= 2:
        text = _("Een middelsterk signaal samen met een ander signaal: {items}.").format(items=_list(findings))
        return [Reason("medium_plus_other", Level.AANWEZIG, _ids(findings), text)]
    return []
