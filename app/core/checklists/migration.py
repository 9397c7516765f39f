"""Moving an open interview from one checklist version to the next with the answer mapping in
``forms/migration.yaml``: never silently. Every item that disappears or changes meaning has an entry; the
result lists what was carried, what must be asked again and what was dropped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from app.core.checklists.answers import check_answer
from app.core.checklists.model import Checklist, Item
from app.core.checklists.reader import FormError
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.interview_model import AnswerValue

KINDS = ("to", "split", "keep", "removed")


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str  # to, split, keep, removed
    targets: tuple[str, ...] = ()
    answers: Mapping[str, str] | None = None  # for "to": old answer -> new answer (None: the same answer)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Migration:
    source: str
    target: str
    rules: Mapping[str, Rule]


@dataclass(frozen=True, slots=True)
class Moved:
    answers: dict[str, AnswerValue]
    carried: list[tuple[str, str, AnswerValue, AnswerValue]] = field(default_factory=list)  # old, new, was, is
    ask_again: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # old item, items to ask
    dropped: list[tuple[str, str]] = field(default_factory=list)  # old item, why


def parse_migration(file: str, text: str) -> Migration:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or set(doc) != {"from", "to", "items"} or not isinstance(doc["items"], dict):
        raise FormError(file, "", "migration", _("verwacht: from, to, items"))
    return Migration(str(doc["from"]), str(doc["to"]), {k: _rule(file, k, v) for k, v in doc["items"].items()})


def _rule(file: str, item_id: str, raw: Any) -> Rule:
    kinds = [k for k in KINDS if isinstance(raw, dict) and k in raw]
    if not isinstance(raw, dict) or len(kinds) != 1 or set(raw) - {*KINDS, "answers", "note"}:
        raise FormError(file, item_id, "migration", _("precies één van: to, split, keep, removed"))
    kind, value = kinds[0], raw[kinds[0]]
    targets = (value,) if kind == "to" else tuple(value) if kind == "split" else ()
    if not all(isinstance(t, str) for t in targets) or (kind in ("to", "split") and not targets):
        raise FormError(file, item_id, kind, _("verwacht item-id's"))
    answers = raw.get("answers")
    if answers is not None and (kind != "to" or not isinstance(answers, dict)):
        raise FormError(file, item_id, "answers", _("alleen bij ‘to’: een mapping oud antwoord → nieuw antwoord"))
    note = str(raw.get("note") or (value if kind in ("keep", "removed") else ""))
    return Rule(kind, targets, {str(k): str(v) for k, v in answers.items()} if answers else None, note)


def _meaning(item: Item) -> tuple[object, ...]:
    return (item.text, item.type, item.grade, frozenset(item.elements), tuple(o.id for o in item.options))


def check_migration(file: str, migration: Migration, old: Checklist, new: Checklist) -> None:
    """Every item that leaves or changes meaning has a rule; every rule points to items and answers that exist."""
    for item in old.items:
        rule = migration.rules.get(item.id)
        changed = not new.has(item.id) or _meaning(new.item(item.id)) != _meaning(item)
        if changed and rule is None:
            raise FormError(file, item.id, "items", _("verdwijnt of verandert van betekenis zonder regel"))
        for target in rule.targets if rule else ():
            if not new.has(target):
                raise FormError(file, item.id, rule.kind if rule else "", _("onbekend item ‘{id}’").format(id=target))
        if rule is not None and rule.kind == "to" and rule.answers:
            target_item = new.item(rule.targets[0])
            for answer in rule.answers.values():
                try:
                    check_answer(target_item, answer)
                except InvalidInput as error:
                    raise FormError(file, item.id, "answers", error.message()) from None


def migrate_answers(migration: Migration, old: Checklist, new: Checklist, answers: Mapping[str, AnswerValue]) -> Moved:
    """The answers of an open ``old`` interview as answers for ``new``, with an account of every change."""
    moved = Moved({})
    for item_id, value in answers.items():
        rule = migration.rules.get(item_id)
        if rule is None or rule.kind == "keep":
            if new.has(item_id):
                _carry(moved, new, item_id, item_id, value, value)
            else:
                moved.dropped.append((item_id, _("niet in de nieuwe versie")))
        elif rule.kind == "to":
            mapped = value if rule.answers is None else rule.answers.get(str(value))
            if mapped is None:
                moved.ask_again.append((item_id, rule.targets))
            else:
                _carry(moved, new, item_id, rule.targets[0], value, mapped)
        elif rule.kind == "split":
            moved.ask_again.append((item_id, rule.targets))
        else:
            moved.dropped.append((item_id, rule.note))
    return moved


def _carry(moved: Moved, new: Checklist, old_id: str, new_id: str, was: AnswerValue, value: AnswerValue) -> None:
    if new_id in moved.answers:  # two old items map to one new item: keep the first, ask again
        moved.ask_again.append((old_id, (new_id,)))
        return
    moved.answers[new_id] = check_answer(new.item(new_id), value)
    moved.carried.append((old_id, new_id, was, value))
