"""Parsing one ``forms/<module>.yaml`` text into a ``Module``, with errors that name file, item and field."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, NoReturn

import yaml

from app.core.checklists import conditions
from app.core.checklists.model import (
    YES_NO_UNKNOWN,
    AnswerType,
    Element,
    ExploitationForm,
    Grade,
    Item,
    Module,
    OpeningQuestion,
    Option,
    SignalAnswer,
)
from app.core.errors import SignaalError
from app.core.i18n import _

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
}
_SIGNAL_ONLY = ("forms", "elements", "grade")


class FormError(SignaalError):
    """A checklist definition is wrong; the message names the file, the item and the field."""

    def __init__(self, file: str, item: str, field: str, problem: str) -> None:
        super().__init__(file, item, field, problem)
        self.file, self.item, self.field, self.problem = file, item, field, problem

    def message(self) -> str:
        where = _("item {item}").format(item=self.item) if self.item else _("module")
        return _("{file}: {where}, veld ‘{field}’: {problem}").format(
            file=self.file, where=where, field=self.field, problem=self.problem
        )


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
    reader = _Reader(file, "")
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
    )


def _parse_opening(file: str, raw: Any) -> OpeningQuestion:
    if not isinstance(raw, dict):
        raise FormError(file, "?", "opening_questions", _("een openingsvraag is een mapping"))
    reader = _Reader(file, str(raw.get("id", "?")))
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
    reader = _Reader(file, str(raw.get("id", "?")))
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
    )
    if answer_type is AnswerType.SIGNAL and item.grade is None:
        reader.fail("grade", _("een signaal heeft een gewicht: strong, medium of weak"))
    bad = [v for v in item.marks_minor if v not in allowed_values(item)]
    if bad:
        reader.fail("marks_minor", _("geen geldig antwoord voor dit item: {values}").format(values=", ".join(bad)))
    return item


def allowed_values(item: Item) -> tuple[str, ...]:
    """The answer codes of an item with a fixed set of answers (empty for number, date and text)."""
    if item.type is AnswerType.SIGNAL:
        return tuple(a.value for a in SignalAnswer)
    if item.type is AnswerType.YES_NO_UNKNOWN:
        return YES_NO_UNKNOWN
    return tuple(o.id for o in item.options)


def _parse_option(reader: _Reader, raw: Any) -> Option:
    if not isinstance(raw, dict) or set(raw) != {"id", "text"}:
        reader.fail("options", _("een optie heeft precies ‘id’ en ‘text’"))
    return Option(id=reader.pattern(raw, "id", OPTION_ID, field="options"), text=reader.text(raw, "text"))


class _Reader:
    """Field access that raises ``FormError`` naming this file and item."""

    def __init__(self, file: str, item: str) -> None:
        self.file, self.item = file, item

    def fail(self, field: str, problem: str) -> NoReturn:
        raise FormError(self.file, self.item, field, problem)

    def only(self, raw: dict[str, Any], allowed: set[str]) -> None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            self.fail(unknown[0], _("onbekend veld (toegestaan: {allowed})").format(allowed=", ".join(sorted(allowed))))

    def text(self, raw: dict[str, Any], key: str, required: bool = True) -> str:
        value = raw.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(key, _("verplichte tekst ontbreekt") if value is None else _("moet tekst zijn"))
        return " ".join(str(value).split())

    def pattern(self, raw: dict[str, Any], key: str, regex: re.Pattern[str], field: str | None = None) -> str:
        value = self.text(raw, key)
        if not regex.match(value):
            self.fail(
                field or key, _("‘{value}’ heeft niet de vorm {pattern}").format(value=value, pattern=regex.pattern)
            )
        return value

    def seq(self, raw: dict[str, Any], key: str, strings: bool = True) -> list[Any]:
        value = raw.get(key, [])
        if not isinstance(value, list) or (strings and not all(isinstance(v, str) for v in value)):
            self.fail(key, _("moet een lijst zijn") if not strings else _("moet een lijst met teksten zijn"))
        return list(value)

    def enum(self, raw: dict[str, Any], key: str, kind: Any, default: Any) -> Any:
        if key not in raw:
            return default
        try:
            return kind(raw[key])
        except ValueError:
            choices = ", ".join(k.value for k in kind)
            return self.fail(
                key, _("onbekende waarde ‘{value}’ (kies uit: {choices})").format(value=raw[key], choices=choices)
            )

    def enum_list(self, raw: dict[str, Any], key: str, kind: Any) -> list[Any]:
        return [self.enum({key: v}, key, kind, None) for v in self.seq(raw, key)]

    def forms(self, raw: dict[str, Any]) -> tuple[ExploitationForm, ...]:
        values = self.seq(raw, "forms")
        if not values:
            self.fail("forms", _("noem de vorm(en) van uitbuiting, of ALL"))
        if values == ["ALL"]:
            return ()
        return tuple(self.enum({"forms": v}, "forms", ExploitationForm, None) for v in values)

    def number(self, raw: dict[str, Any], key: str) -> float | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail(key, _("moet een getal zijn"))
        return float(value)

    def condition(self, raw: dict[str, Any]) -> conditions.Condition | None:
        if "show_if" not in raw:
            return None
        try:
            return conditions.parse(raw["show_if"])
        except conditions.ConditionError as exc:
            self.fail("show_if", str(exc))
