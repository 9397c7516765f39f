"""Keyboard answers: digits for every fixed answer, and mnemonic letters (W, J, N, ?, -, X)."""

from __future__ import annotations

from app.core.checklists.model import YES_NO_LABELS, AnswerType, Item, SignalAnswer
from app.core.i18n import F_, _

SIGNAL_KEYS = (
    (SignalAnswer.OBSERVED.value, "1", "W"),
    (SignalAnswer.REPORTED.value, "2", "J"),
    (SignalAnswer.NO.value, "3", "N"),
    (SignalAnswer.UNKNOWN.value, "4", "?"),
    (SignalAnswer.NOT_ASKED.value, "5", "-"),
    (SignalAnswer.REFUSED.value, "6", "X"),  # wil niet antwoorden: a refusal is information, not 'onbekend'
)
YES_NO_KEYS = (("yes", "1", "J"), ("no", "2", "N"), ("unknown", "3", "?"))


def choices(item: Item) -> list[tuple[str, str, str, str]]:
    """(value, label, digit, letter) for the fixed answers of an item; empty for free input."""
    if item.type is AnswerType.SIGNAL:
        return [(value, SignalAnswer(value).label, digit, letter) for value, digit, letter in SIGNAL_KEYS]
    if item.type is AnswerType.YES_NO_UNKNOWN:
        return [(value, _(YES_NO_LABELS[value]), digit, letter) for value, digit, letter in YES_NO_KEYS]
    if item.type is AnswerType.CHOICE:
        return [(o.id, F_(o.text), str(n), "") for n, o in enumerate(item.options[:9], 1)]
    return []


def value_for_key(item: Item, key: str) -> str | None:
    for value, _label, digit, letter in choices(item):
        if key == digit or (letter and key.upper() == letter):
            return value
    return None


def answer_text(item: Item, value: object) -> str:
    """How an answer is shown in lists and summaries."""
    if value is None:
        return ""
    labels = {v: label for v, label, _d, _l in choices(item)}
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    text = labels.get(str(value), str(value))
    return f"{text} {item.unit}".strip() if item.type is AnswerType.NUMBER else text
