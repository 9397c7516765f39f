"""Parsing one ``forms/<module>.yaml`` text into a ``Module``, with errors that name file, item and field."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import yaml

from app.core.checklists.model import (
    LEGACY_RULE,
    YES_NO_UNKNOWN,
    AnswerType,
    Completeness,
    Element,
    Grade,
    Item,
    Module,
    OpeningQuestion,
    Option,
    SignalAnswer,
)
from app.core.checklists.reader import FormError, Reader
from app.core.context import VOCABULARY
from app.core.i18n import _

__all__ = ["FormError", "allowed_values", "content_hash", "parse_module"]

ITEM_ID = re.compile(r"^[A-Z]{2,5}(-[A-Z0-9]{1,10})+$")
MODULE_ID = re.compile(r"^[a-z][a-z_]{1,30}$")
OPTION_ID = re.compile(r"^[a-z0-9_]{1,40}$")
_MODULE_KEYS = {
    "module",
    "version",
    "title",
    "description",
    "requires",
    "submodules",
    "org_types",
    "opening_questions",
    "items",
    "rule",
    "completeness",
}
_ITEM_KEYS = {
    "id",
    "text",
    "help",
    "ask",
    "type",
    "section",
    "show_if",
    "forms",
    "elements",
    "grade",
    "marks_minor",
    "options",
    "multiple",
    "min",
    "max",
    "unit",
    "max_length",
    "source",
    "ilo",
    "fact",
    "key",
    "context",
    "context_map",
}
_SIGNAL_ONLY = ("forms", "elements", "grade", "fact")
FACT_ID = re.compile(r"^[a-z][a-z0-9_]{2,40}$")
RULES = (LEGACY_RULE, "2026.12")


def content_hash(document: Any) -> str:
    """SHA-256 of the parsed content (comments and layout do not count)."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_module(file: str, text: str) -> Module:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FormError(file, "", "yaml", str(exc).replace("\n", " ")) from None
    if not isinstance(doc, dict):
        raise FormError(file, "", "module", _("het bestand moet een mapping zijn"))
    reader = Reader(file, "")
    reader.only(doc, _MODULE_KEYS)
    module_id = reader.pattern(doc, "module", MODULE_ID)
    raw_items = doc.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise FormError(file, "", "items", _("een niet-lege lijst met items is verplicht"))
    return Module(
        id=module_id,
        version=reader.text(doc, "version"),
        title=reader.text(doc, "title"),
        file=file,
        items=tuple(_parse_item(file, module_id, raw) for raw in raw_items),
        opening_questions=tuple(
            _parse_opening(file, raw) for raw in reader.seq(doc, "opening_questions", strings=False)
        ),
        requires=tuple(reader.seq(doc, "requires")),
        submodules=tuple(reader.seq(doc, "submodules")),
        org_types=tuple(reader.seq(doc, "org_types")),
        content_hash=content_hash(doc),
        rule=_rule(reader, doc),
        completeness=_completeness(reader, doc.get("completeness")),
    )


def _rule(reader: Reader, doc: dict[str, Any]) -> str:
    rule = str(doc.get("rule", LEGACY_RULE))
    if rule not in RULES:
        reader.fail("rule", _("onbekende regelversie ‘{rule}’").format(rule=rule))
    return rule


def _completeness(reader: Reader, raw: Any) -> Completeness | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"min_key_answered", "max_refused"}:
        reader.fail("completeness", _("verwacht: min_key_answered, max_refused"))
    share, refused = raw["min_key_answered"], raw["max_refused"]
    if not isinstance(share, int | float) or isinstance(share, bool) or not 0 <= share <= 1:
        reader.fail("completeness", _("min_key_answered is een getal van 0 tot en met 1"))
    if not isinstance(refused, int) or isinstance(refused, bool) or refused < 0:
        reader.fail("completeness", _("max_refused is een geheel getal vanaf 0"))
    return Completeness(float(share), refused)


def _parse_opening(file: str, raw: Any) -> OpeningQuestion:
    if not isinstance(raw, dict):
        raise FormError(file, "?", "opening_questions", _("een openingsvraag is een mapping"))
    reader = Reader(file, str(raw.get("id", "?")))
    reader.only(raw, {"id", "text", "source", "leads_to"})
    return OpeningQuestion(
        id=reader.pattern(raw, "id", ITEM_ID),
        text=reader.text(raw, "text"),
        source=reader.text(raw, "source"),
        leads_to=tuple(reader.seq(raw, "leads_to")),
    )


def _parse_item(file: str, module_id: str, raw: Any) -> Item:
    if not isinstance(raw, dict):
        raise FormError(file, "?", "items", _("een item is een mapping"))
    reader = Reader(file, str(raw.get("id", "?")))
    reader.only(raw, _ITEM_KEYS)
    item_id = reader.pattern(raw, "id", ITEM_ID)
    answer_type = reader.enum(raw, "type", AnswerType, default=AnswerType.SIGNAL)
    if answer_type is not AnswerType.SIGNAL:
        for key in _SIGNAL_ONLY:
            if key in raw:
                reader.fail(key, _("alleen signaal-items hebben vormen, elementen en een gewicht"))
    options = tuple(_parse_option(reader, o) for o in reader.seq(raw, "options", strings=False))
    if (answer_type is AnswerType.CHOICE) != bool(options):
        reader.fail("options", _("keuzevragen hebben opties, andere vragen niet"))
    if len({o.id for o in options}) != len(options):
        reader.fail("options", _("dubbele optie-id"))
    item = Item(
        id=item_id,
        module=module_id,
        text=reader.text(raw, "text"),
        type=answer_type,
        source=reader.text(raw, "source"),
        help=reader.text(raw, "help", required=False),
        ask=reader.text(raw, "ask", required=False),
        section=reader.text(raw, "section", required=False),
        show_if=reader.condition(raw),
        forms=reader.forms(raw) if answer_type is AnswerType.SIGNAL else (),
        elements=tuple(reader.enum_list(raw, "elements", Element)),
        grade=reader.enum(raw, "grade", Grade, default=None) if answer_type is AnswerType.SIGNAL else None,
        marks_minor=tuple(reader.seq(raw, "marks_minor")),
        options=options,
        multiple=bool(raw.get("multiple", False)),
        minimum=reader.number(raw, "min"),
        maximum=reader.number(raw, "max"),
        unit=reader.text(raw, "unit", required=False),
        max_length=int(reader.number(raw, "max_length") or 200),
        ilo=tuple(reader.seq(raw, "ilo")),
        fact=reader.pattern(raw, "fact", FACT_ID) if "fact" in raw else "",
        key=reader.flag(raw, "key"),
        context=reader.text(raw, "context", required=False),
        context_map=tuple(sorted(reader.mapping(raw, "context_map").items())),
    )
    _check_context(reader, item)
    if answer_type is AnswerType.SIGNAL and item.grade is None:
        reader.fail("grade", _("een signaal heeft een gewicht: strong, medium of weak"))
    bad = [v for v in item.marks_minor if v not in allowed_values(item)]
    if bad:
        reader.fail("marks_minor", _("geen geldig antwoord voor dit item: {values}").format(values=", ".join(bad)))
    return item


def _check_context(reader: Reader, item: Item) -> None:
    if not item.context:
        if item.context_map:
            reader.fail("context_map", _("alleen bij een item met ‘context’"))
        return
    if item.type is AnswerType.SIGNAL or item.context not in VOCABULARY:
        reader.fail(
            "context",
            _("context is nooit een signaal; kies uit: {keys}").format(keys=", ".join(k for k in VOCABULARY)),
        )
    answers = allowed_values(item)
    mapping = dict(item.context_map)
    if any(a not in answers for a in mapping):
        reader.fail("context_map", _("geen geldig antwoord voor dit item"))
    values = set(mapping.values()) if mapping else set(answers)
    wrong = sorted(values - set(VOCABULARY[item.context]))
    if wrong:
        reader.fail("context_map", _("onbekende contextwaarde: {values}").format(values=", ".join(wrong)))


def allowed_values(item: Item) -> tuple[str, ...]:
    """The answer codes of an item with a fixed set of answers (empty for number, date and text)."""
    if item.type is AnswerType.SIGNAL:
        return tuple(a.value for a in SignalAnswer)
    if item.type is AnswerType.YES_NO_UNKNOWN:
        return YES_NO_UNKNOWN
    return tuple(o.id for o in item.options)


def _parse_option(reader: Reader, raw: Any) -> Option:
    if not isinstance(raw, dict) or set(raw) != {"id", "text"}:
        reader.fail("options", _("een optie heeft precies ‘id’ en ‘text’"))
    return Option(id=reader.pattern(raw, "id", OPTION_ID, field="options"), text=reader.text(raw, "text"))
