"""Field access for ``forms/*.yaml`` that raises ``FormError`` naming the file, the item and the field."""

from __future__ import annotations

import re
from typing import Any, NoReturn

from app.core.checklists import conditions
from app.core.checklists.model import ExploitationForm
from app.core.errors import SignaalError
from app.core.i18n import _


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


class Reader:
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

    def flag(self, raw: dict[str, Any], key: str) -> bool:
        value = raw.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, _("moet true of false zijn"))
        return value

    def mapping(self, raw: dict[str, Any], key: str) -> dict[str, str]:
        value = raw.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            self.fail(key, _("moet een mapping van tekst naar tekst zijn"))
        return dict(value)

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
