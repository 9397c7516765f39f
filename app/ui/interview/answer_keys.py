"""One key map for every question (issue 14 #6): the same key always means the same kind of answer.

    W  ja – waargenomen      J  ja (– verteld)     N  nee
    ?  onbekend              X  wil niet antwoorden     -  niet gevraagd
    1–9  the numbered options of a choice question

Number, date and text questions take typed input; ?, X and - still answer a number or a date question (they
are not valid input there), and the buttons do it for every type.
"""

from __future__ import annotations

from app.core.checklists.model import SPECIAL_ANSWERS, YES_NO_LABELS, AnswerType, Item, SignalAnswer
from app.core.i18n import F_, _

SPECIAL_KEYS = (("unknown", "?"), ("refused", "X"), ("not_asked", "-"))
SIGNAL_KEYS = (
    (SignalAnswer.OBSERVED.value, "W"),
    (SignalAnswer.REPORTED.value, "J"),
    (SignalAnswer.NO.value, "N"),
    *SPECIAL_KEYS,
)
YES_NO_KEYS = (("yes", "J"), ("no", "N"), *SPECIAL_KEYS)
LETTERS = ("W", "J", "N", "?", "X", "-")
DIGITS = tuple(str(n) for n in range(1, 10))


def choices(item: Item) -> list[tuple[str, str, str]]:
    """(value, label, key) for the fixed answers of an item: its own answers, then the special ones."""
    specials = [(value, _(SPECIAL_ANSWERS[value]), key) for value, key in SPECIAL_KEYS]
    if item.type is AnswerType.SIGNAL:
        return [(value, SignalAnswer(value).label, key) for value, key in SIGNAL_KEYS]
    if item.type is AnswerType.YES_NO_UNKNOWN:
        labels = {**YES_NO_LABELS, **SPECIAL_ANSWERS}
        return [(value, _(labels[value]), key) for value, key in YES_NO_KEYS]
    if item.type is AnswerType.CHOICE:
        own = [(o.id, F_(o.text), str(n) if n <= 9 else "") for n, o in enumerate(item.options, 1)]
        return own + specials
    return specials


def value_for_key(item: Item, key: str) -> str | None:
    for value, _label, own in choices(item):
        if own and key.upper() == own:
            return value
    return None


def answer_text(item: Item, value: object) -> str:
    """How an answer is shown in lists and summaries."""
    if value is None:
        return ""
    labels = {v: label for v, label, _k in choices(item)}
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    text = labels.get(str(value), str(value))
    return f"{text} {item.unit}".strip() if item.type is AnswerType.NUMBER and str(value) not in labels else text
