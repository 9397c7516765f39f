"""``show_if`` conditions in words, for the paper checklist: "only if CORE-14 is Ja – waargenomen or …"."""

from __future__ import annotations

from app.core.checklists.conditions import PRESENT, AllOf, Answered, AnyOf, Compare, Condition, IsOneOf, Not
from app.core.checklists.model import YES_NO_LABELS, AnswerType, Checklist, SignalAnswer
from app.core.i18n import F_, _

_OPERATORS = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<"}


def answer_label(checklist: Checklist, item_id: str, value: str) -> str:
    """The label a worker sees for answer ``value`` of ``item_id``."""
    item = checklist.item(item_id) if checklist.has(item_id) else None
    if item is None:
        return value
    if item.type is AnswerType.SIGNAL and value in {a.value for a in SignalAnswer}:
        return SignalAnswer(value).label
    if item.type is AnswerType.YES_NO_UNKNOWN and value in YES_NO_LABELS:
        return _(YES_NO_LABELS[value])
    return next((F_(o.text) for o in item.options if o.id == value), value)


def describe(condition: Condition, checklist: Checklist) -> str:
    match condition:
        case IsOneOf(item, values) if set(values) == set(PRESENT):
            return _("{item} is aanwezig").format(item=item)
        case IsOneOf(item, values):
            labels = " / ".join(answer_label(checklist, item, v) for v in values)
            return _("{item} is {answers}").format(item=item, answers=labels)
        case Compare(item, op, value):
            return f"{item} {_OPERATORS.get(op, op)} {value:g}"
        case Answered(item):
            return _("{item} is beantwoord").format(item=item)
        case AllOf(parts):
            return _(" en ").join(_nested(p, checklist) for p in parts)
        case AnyOf(parts):
            return _(" of ").join(_nested(p, checklist) for p in parts)
        case Not(part):
            return _("niet ({condition})").format(condition=describe(part, checklist))
    raise TypeError(condition)


def _nested(condition: Condition, checklist: Checklist) -> str:
    text = describe(condition, checklist)
    return f"({text})" if isinstance(condition, AllOf | AnyOf) else text
