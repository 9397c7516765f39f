"""``show_if`` conditions on earlier answers: parse from YAML data, evaluate, list what they refer to.

Syntax (YAML)::

    show_if: {item: COA-AMV, equals: "yes"}
    show_if: {item: CORE-14, present: true}          # a signal answered "ja – waargenomen/verteld"
    show_if: {item: GZ-SETTING, in: [seh, ziekenhuis]}
    show_if: {item: GGD-T5, gte: 12}                 # also gt, lte, lt
    show_if: {item: X, answered: true}
    show_if: {any: [..., ...]}   {all: [..., ...]}   {not: {...}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PRESENT = ("observed", "reported")
_COMPARE = ("gte", "gt", "lte", "lt")


@dataclass(frozen=True, slots=True)
class IsOneOf:
    item: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Compare:
    item: str
    op: str
    value: float


@dataclass(frozen=True, slots=True)
class Answered:
    item: str


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    part: Condition


Condition = IsOneOf | Compare | Answered | AllOf | AnyOf | Not


class ConditionError(ValueError):
    """A malformed condition; the message says what is wrong."""


def parse(raw: Any) -> Condition:
    if not isinstance(raw, Mapping):
        raise ConditionError("een voorwaarde is een mapping, bijv. {item: X, equals: Y}")
    keys = set(raw)
    for combinator, cls in (("all", AllOf), ("any", AnyOf)):
        if keys == {combinator}:
            parts = raw[combinator]
            if not isinstance(parts, list) or not parts:
                raise ConditionError(f"'{combinator}' verwacht een niet-lege lijst")
            return cls(tuple(parse(p) for p in parts))
    if keys == {"not"}:
        return Not(parse(raw["not"]))
    return _parse_leaf(raw)


def _parse_leaf(raw: Mapping[str, Any]) -> Condition:
    item = raw.get("item")
    if not isinstance(item, str) or not item:
        raise ConditionError("'item' ontbreekt of is geen tekst")
    tests = set(raw) - {"item"}
    if len(tests) != 1:
        raise ConditionError(f"precies één toets verwacht naast 'item', gevonden: {sorted(tests) or 'geen'}")
    test = tests.pop()
    value = raw[test]
    if test == "equals":
        return IsOneOf(item, (_text(value),))
    if test == "in":
        if not isinstance(value, list) or not value:
            raise ConditionError("'in' verwacht een niet-lege lijst")
        return IsOneOf(item, tuple(_text(v) for v in value))
    if test == "present" and value is True:
        return IsOneOf(item, PRESENT)
    if test == "answered" and value is True:
        return Answered(item)
    if test in _COMPARE and isinstance(value, int | float) and not isinstance(value, bool):
        return Compare(item, test, float(value))
    raise ConditionError(f"onbekende toets '{test}: {value}'")


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        raise ConditionError(f'waarde {value!r}: schrijf ja/nee-antwoorden als "yes"/"no"')
    return str(value)


def evaluate(condition: Condition, answers: Mapping[str, object]) -> bool:
    """True when the condition holds for ``answers`` (unanswered items hold no value)."""
    match condition:
        case IsOneOf(item, values):
            answer = answers.get(item)
            if isinstance(answer, list):
                return any(str(a) in values for a in answer)
            return answer is not None and str(answer) in values
        case Compare(item, op, value):
            answer = answers.get(item)
            if not isinstance(answer, int | float) or isinstance(answer, bool):
                return False
            return {"gte": answer >= value, "gt": answer > value, "lte": answer <= value, "lt": answer < value}[op]
        case Answered(item):
            return answers.get(item) not in (None, "", [])
        case AllOf(parts):
            return all(evaluate(p, answers) for p in parts)
        case AnyOf(parts):
            return any(evaluate(p, answers) for p in parts)
        case Not(part):
            return not evaluate(part, answers)
    raise TypeError(condition)  # pragma: no cover - exhaustive


def referenced(condition: Condition) -> set[str]:
    """The item ids a condition reads."""
    match condition:
        case IsOneOf(item, _) | Compare(item, _, _) | Answered(item):
            return {item}
        case AllOf(parts) | AnyOf(parts):
            return set().union(*(referenced(p) for p in parts))
        case Not(part):
            return referenced(part)
    raise TypeError(condition)  # pragma: no cover - exhaustive
