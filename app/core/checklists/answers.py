"""Which items are shown for the answers so far, and whether an answer fits its item."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from app.core.checklists.conditions import evaluate
from app.core.checklists.model import SPECIAL_ANSWERS, AnswerType, Checklist, Item
from app.core.checklists.parse import allowed_values
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.interview_model import AnswerValue

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_visible(item: Item, answers: Mapping[str, AnswerValue]) -> bool:
    return item.show_if is None or evaluate(item.show_if, answers)


def visible_items(checklist: Checklist, answers: Mapping[str, AnswerValue]) -> list[Item]:
    """The items to ask, in order, given the answers so far (conditions only look back)."""
    return [item for item in checklist.items if is_visible(item, answers)]


def hidden_answered(checklist: Checklist, answers: Mapping[str, AnswerValue]) -> list[str]:
    """Answered items that the current answers hide (their answers no longer count and are cleared)."""
    shown = {item.id for item in visible_items(checklist, answers)}
    return [item_id for item_id in answers if checklist.has(item_id) and item_id not in shown]


def next_unanswered(checklist: Checklist, answers: Mapping[str, AnswerValue]) -> Item | None:
    return next((i for i in visible_items(checklist, answers) if answers.get(i.id) in (None, "", [])), None)


def check_answer(item: Item, value: AnswerValue) -> AnswerValue:
    """The value normalised for storage, or ``InvalidInput`` saying what the item accepts. Every item also
    accepts the special answers (onbekend, wil niet antwoorden, niet gevraagd)."""
    if isinstance(value, str) and value in SPECIAL_ANSWERS:
        return value
    if item.type in (AnswerType.SIGNAL, AnswerType.YES_NO_UNKNOWN) or (
        item.type is AnswerType.CHOICE and not item.multiple
    ):
        allowed = allowed_values(item)
        if not isinstance(value, str) or value not in allowed:
            raise _invalid(item, ", ".join(allowed))
        return value
    if item.type is AnswerType.CHOICE:
        allowed = allowed_values(item)
        if not isinstance(value, list) or not value or any(v not in allowed for v in value):
            raise _invalid(item, _("een lijst uit: {values}").format(values=", ".join(allowed)))
        return sorted(set(value), key=allowed.index)
    if item.type is AnswerType.NUMBER:
        return _check_number(item, value)
    if item.type is AnswerType.DATE:
        return _check_date(item, value)
    text = value.strip() if isinstance(value, str) else ""
    if not text or len(text) > item.max_length:
        raise _invalid(item, _("tekst van hoogstens {n} tekens").format(n=item.max_length))
    return text


def _check_number(item: Item, value: AnswerValue) -> AnswerValue:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _invalid(item, _("een getal"))
    low = item.minimum if item.minimum is not None else float("-inf")
    high = item.maximum if item.maximum is not None else float("inf")
    if not low <= value <= high:
        raise _invalid(item, _("een getal van {low} tot en met {high}").format(low=_num(low), high=_num(high)))
    return value


def _check_date(item: Item, value: AnswerValue) -> AnswerValue:
    text = value.isoformat() if isinstance(value, date) else value
    if not isinstance(text, str) or not _DATE.match(text):
        raise _invalid(item, _("een datum als JJJJ-MM-DD"))
    try:
        date.fromisoformat(text)
    except ValueError:
        raise _invalid(item, _("een bestaande datum")) from None
    return text


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _invalid(item: Item, expected: str) -> InvalidInput:
    return InvalidInput(
        _("Antwoord op {item} past niet; verwacht: {expected}.").format(item=item.id, expected=expected)
    )
