"""Whether enough was asked to say "geen signalen": the key items of the checklist, refusals, a companion who
stays and a missing interpreter. The thresholds and the key items are data (``completeness:`` and
``key: true`` in ``forms/*.yaml``); see docs/assessment.md, "Onvolledig"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.checklists.model import AnswerType, Checklist, Item, SignalAnswer
from app.core.context import Context
from app.core.i18n import _
from app.core.interview_model import AnswerValue

_NOT_AN_ANSWER = {"unknown", "onbekend", SignalAnswer.NOT_ASKED.value, SignalAnswer.REFUSED.value}


@dataclass(frozen=True, slots=True)
class Gap:
    code: str  # too_little_asked, refused, companion, interpreter
    items: tuple[str, ...]
    text: str


def is_answered(item: Item, value: AnswerValue) -> bool:
    """A real answer: a yes or a no (for a signal: waargenomen, verteld or nee), not unknown or refused."""
    if value in (None, "", []):
        return False
    if item.type in (AnswerType.SIGNAL, AnswerType.YES_NO_UNKNOWN, AnswerType.CHOICE):
        values = value if isinstance(value, list) else [value]
        return any(str(v) not in _NOT_AN_ANSWER for v in values)
    return True


def gaps(
    checklist: Checklist, shown: Sequence[Item], answers: Mapping[str, AnswerValue], context: Context
) -> list[Gap]:
    """What keeps this interview from supporting "geen signalen" (empty for checklists without a rule)."""
    rule = checklist.completeness
    if rule is None:
        return []
    found: list[Gap] = []
    key = [item for item in shown if item.key and not item.context]  # context answers are not signals asked
    missing = tuple(item.id for item in key if not is_answered(item, answers.get(item.id)))
    if key and (len(key) - len(missing)) / len(key) < rule.min_key_answered:
        text = _(
            "Te weinig kernvragen beantwoord ({answered} van {total}): {items} nog onbekend, niet gevraagd of "
            "geweigerd."
        ).format(answered=len(key) - len(missing), total=len(key), items=", ".join(missing))
        found.append(Gap("too_little_asked", missing, text))
    refused = tuple(item.id for item in shown if answers.get(item.id) == SignalAnswer.REFUSED.value)
    if len(refused) > rule.max_refused:
        text = _("De persoon wilde op {n} vragen niet antwoorden ({items}); weigeren is informatie, geen ‘nee’.")
        found.append(Gap("refused", refused, text.format(n=len(refused), items=", ".join(refused))))
    if context.companion_stays:
        text = _("Een begeleider bleef bij het gesprek en wilde niet weggaan: wat gezegd is, is niet vrij gezegd.")
        found.append(Gap("companion", (), text))
    if context.interpreter_missing:
        text = _("Er was een tolk nodig, maar geen professionele tolk bij het gesprek.")
        found.append(Gap("interpreter", (), text))
    return found
