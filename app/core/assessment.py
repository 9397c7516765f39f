"""From answers to an explained assessment: which signals are present, per form of exploitation, and a
level by an explicit combination rule (see docs/assessment.md). Derived, never stored as truth; it
speaks of signals, never of victims."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.checklists.answers import visible_items
from app.core.checklists.model import LEGACY_RULE, Checklist, Element, ExploitationForm, Grade, Item, SignalAnswer
from app.core.completeness import gaps
from app.core.context import CaseFacts, Context, build_context
from app.core.i18n import F_, N_, _
from app.core.interview_model import AnswerValue


class Level(StrEnum):
    GEEN = "geen_signalen"
    ONVOLLEDIG = "onvolledig"  # too little asked to say "geen signalen"; never above a level with signals
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
    Level.ONVOLLEDIG: N_("onvolledig – nog niet te beoordelen"),
    Level.AANWEZIG: N_("signalen aanwezig"),
    Level.STERK: N_("sterke signalen"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """A signal answered 'ja – waargenomen' or 'ja – verteld'."""

    item: Item
    answer: SignalAnswer
    also: tuple[str, ...] = ()  # other items that recorded the same fact (counted once)

    @property
    def fact(self) -> str:
        return self.item.fact_id

    @property
    def grade(self) -> Grade:
        assert self.item.grade is not None
        return self.item.grade

    def describe(self) -> str:
        text = _("{id} {label} ({grade}, {answer})").format(
            id=self.item.id,
            label=short_label(F_(self.item.text)),
            grade=self.grade.label,
            answer=self.answer.label.lower(),
        )
        if self.also:  # the same fact, asked twice: counted once
            text += " " + _("[zelfde feit als {items}, telt één keer]").format(items=", ".join(self.also))
        return text


@dataclass(frozen=True, slots=True)
class Reason:
    rule: str
    level: Level
    items: tuple[str, ...]
    text: str
    facts: tuple[str, ...] = ()


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
    context: Context = field(default_factory=Context)
    refused_items: tuple[str, ...] = ()  # visible signals answered 'wil niet antwoorden'
    labels: Mapping[str, str] = field(default_factory=dict)  # item id -> a short label in words (for lists)

    def named(self, item_ids: Iterable[str]) -> str:
        """``CORE-06 Geweld of bedreiging…, CORE-18 …``: codes with a few words, so a list can be read."""
        return ", ".join(f"{i} {self.labels[i]}" if i in self.labels else i for i in item_ids)

    @property
    def facts(self) -> tuple[str, ...]:
        return tuple(f.fact for f in self.findings)

    @property
    def forms(self) -> tuple[ExploitationForm, ...]:
        return tuple(f for f in ExploitationForm if self.by_form.get(f))


def element_positive(findings: tuple[Finding, ...]) -> bool:
    """The ILO/Delphi dimension rule: 2 strong; 1 strong + 1 other; 3 medium; or 2 medium + 1 weak."""
    strong = sum(f.grade is Grade.STRONG for f in findings)
    medium = sum(f.grade is Grade.MEDIUM for f in findings)
    weak = sum(f.grade is Grade.WEAK for f in findings)
    return strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3 or (medium >= 2 and weak >= 1)


def assess(
    checklist: Checklist,
    answers: Mapping[str, AnswerValue],
    *,
    minor_known: bool = False,
    case: CaseFacts | None = None,
) -> Assessment:
    """Evaluate the visible items of ``checklist`` against ``answers``, in the context of the case.

    ``minor_known`` (the case's birth year says under 18) is the older way to pass what ``case.age`` says."""
    shown = visible_items(checklist, answers)
    context = build_context(shown, answers, case, minor=minor_known)
    findings = _findings(shown, answers)
    legacy = checklist.rule == LEGACY_RULE
    minor = context.minor or any(str(answers.get(item.id)) in item.marks_minor for item in shown)
    by_element = {e: tuple(f for f in findings if e in f.item.elements) for e in Element}
    by_form = {form: tuple(f for f in findings if form in f.item.forms) for form in ExploitationForm}
    general = tuple(f for f in findings if not f.item.forms)
    reasons = _reasons(findings, by_element, minor, legacy)
    if not legacy:
        found = gaps(checklist, shown, answers, context)
        reasons += tuple(Reason("incomplete", Level.ONVOLLEDIG, gap.items, gap.text) for gap in found)
    reasons = _sorted_notes(reasons)
    signal_items = [item for item in shown if item.is_signal]
    open_items = tuple(
        i.id for i in signal_items if str(answers.get(i.id, SignalAnswer.NOT_ASKED.value)) in ("unknown", "not_asked")
    )
    refused = tuple(i.id for i in signal_items if answers.get(i.id) == SignalAnswer.REFUSED.value)
    level = max((r.level for r in reasons), key=lambda lvl: lvl.rank, default=Level.GEEN)
    labels = {i.id: short_label(F_(i.text)) for i in signal_items}
    return Assessment(
        level, minor, findings, by_form, general, by_element, reasons, open_items, context, refused, labels
    )


def _findings(shown: list[Item], answers: Mapping[str, AnswerValue]) -> tuple[Finding, ...]:
    """One finding per fact: the first item with the strongest answer (waargenomen before verteld)."""
    present = [
        (item, SignalAnswer(str(answers[item.id])))
        for item in shown
        if item.is_signal and item.id in answers and SignalAnswer(str(answers[item.id])).is_present
    ]
    by_fact: dict[str, list[tuple[Item, SignalAnswer]]] = {}
    for item, answer in present:
        by_fact.setdefault(item.fact_id, []).append((item, answer))
    findings = []
    for group in by_fact.values():
        item, answer = min(group, key=lambda pair: pair[1] is not SignalAnswer.OBSERVED)
        findings.append(Finding(item, answer, tuple(i.id for i, _a in group if i is not item)))
    return tuple(findings)


def _sorted_notes(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """Reasons that set the level first (highest first), then notes."""
    return tuple(sorted(reasons, key=lambda r: -r.level.rank))


def _ids(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    return tuple(f.item.id for f in findings)


def short_label(text: str, limit: int = 40) -> str:
    """The first words of an item's text, up to a comma or bracket, at most ``limit`` characters (with …)."""
    head = text.split(",")[0].split("(")[0].strip().rstrip(".")
    return head if len(head) <= limit else head[: limit - 1].rsplit(" ", 1)[0] + "…"


def _reason(rule: str, level: Level, findings: tuple[Finding, ...], text: str) -> Reason:
    return Reason(rule, level, _ids(findings), text, tuple(dict.fromkeys(f.fact for f in findings)))


def _list(findings: tuple[Finding, ...]) -> str:
    return ", ".join(f.describe() for f in findings)


def _reasons(
    findings: tuple[Finding, ...], by_element: Mapping[Element, tuple[Finding, ...]], minor: bool, legacy: bool
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    means, exploitation = by_element[Element.MEANS], by_element[Element.EXPLOITATION]
    if element_positive(means) and element_positive(exploitation):
        text = _(
            "Zowel middelen (dwang, misleiding, controle) als uitbuitende omstandigheden voldoen aan de "
            "combinatieregel. Middelen: {means}. Uitbuiting: {exploitation}."
        ).format(means=_list(means), exploitation=_list(exploitation))
        reasons.append(_reason("means_and_exploitation", Level.STERK, means + exploitation, text))
    if minor:
        reasons.extend(_legacy_minor(findings) if legacy else _minor(findings))
    reasons.extend(_act_reasons(findings))
    if not any(r.level.rank > Level.GEEN.rank for r in reasons) and findings:
        text = _(
            "Alleen zwakke signalen of kwetsbaarheid: {items}. Dat is geen basis om te handelen, wel om in een "
            "vervolggesprek op terug te komen."
        ).format(items=_list(findings))
        reasons.append(_reason("weak_only", Level.GEEN, findings, text))
    if minor:
        text = _("(Mogelijk) minderjarig: overleg altijd met de aandachtsfunctionaris kindermishandeling.")
        reasons.append(Reason("minor_consult", Level.GEEN, (), text))
    return tuple(reasons)


def _legacy_minor(findings: tuple[Finding, ...]) -> list[Reason]:
    """The 2026.11 rule, kept for interviews recorded under it: any means or exploitation signal weighs heavily."""
    acting = tuple(f for f in findings if {Element.MEANS, Element.EXPLOITATION} & set(f.item.elements))
    if not acting:
        return []
    text = _(
        "De persoon is (mogelijk) minderjarig. Bij minderjarigen is geen dwang nodig: elk signaal van "
        "uitbuiting of controle weegt zwaar ({items})."
    ).format(items=_list(acting))
    return [_reason("minor", Level.STERK, acting, text)]


def _minor(findings: tuple[Finding, ...]) -> list[Reason]:
    """For a minor no means are needed, but a purpose of exploitation is (art. 273f lid 1 sub 2, 002:13988-13990).
    Being a minor is never a signal itself."""
    weighty = tuple(f for f in findings if f.grade is not Grade.WEAK)
    exploitation = tuple(f for f in weighty if Element.EXPLOITATION in f.item.elements)
    if exploitation:
        text = _(
            "De persoon is (mogelijk) minderjarig. Bij minderjarigen is geen dwang nodig; een signaal van "
            "uitbuiting is genoeg: {items}."
        ).format(items=_list(exploitation))
        return [_reason("minor_exploitation", Level.STERK, exploitation, text)]
    control = tuple(f for f in weighty if Element.MEANS in f.item.elements)
    if control:
        text = _(
            "De persoon is (mogelijk) minderjarig en een ander heeft controle over haar of hem: {items}. Bij een "
            "kind is dat genoeg om te handelen."
        ).format(items=_list(control))
        return [_reason("minor_control", Level.AANWEZIG, control, text)]
    return []


def _act_reasons(findings: tuple[Finding, ...]) -> list[Reason]:
    """A strong signal, two medium ones, or a medium one with another. Vulnerability alone (age, language,
    debt to the family) is never enough: it can support a signal of means or exploitation, not be one."""
    weighty = tuple(f for f in findings if set(f.item.elements) != {Element.VULNERABILITY})
    strong = tuple(f for f in weighty if f.grade is Grade.STRONG)
    medium = tuple(f for f in weighty if f.grade is Grade.MEDIUM)
    if strong:
        text = _("Sterk signaal: {items}. Eén sterk signaal is genoeg om te handelen.").format(items=_list(strong))
        return [_reason("strong_signal", Level.AANWEZIG, strong, text)]
    if len(medium) >= 2:
        text = _("Twee of meer middelsterke signalen: {items}.").format(items=_list(medium))
        return [_reason("two_medium", Level.AANWEZIG, medium, text)]
    if medium and len(findings) >= 2:
        text = _("Een middelsterk signaal samen met een ander signaal: {items}.").format(items=_list(findings))
        return [_reason("medium_plus_other", Level.AANWEZIG, findings, text)]
    return []
