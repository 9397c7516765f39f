"""The client information sheet as data (forms/client_sheet.yaml): rights, bedenktijd, shelter, who to
contact, in plain Dutch; translated per interview language through the ``forms`` catalog. No case data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from app.core.checklists.parse import FormError
from app.core.i18n import _


@dataclass(frozen=True, slots=True)
class SheetSection:
    id: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class ClientSheet:
    title: str
    text: str
    sections: tuple[SheetSection, ...]


def _text(file: str, where: str, raw: Any, key: str) -> str:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise FormError(file, where, key, _("tekst ontbreekt"))
    return " ".join(value.split())  # as the extractor writes the msgid


def parse_client_sheet(file: str, text: str) -> ClientSheet:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FormError(file, "", "yaml", str(exc).replace("\n", " ")) from None
    sheet = document.get("sheet") if isinstance(document, dict) else None
    if not isinstance(sheet, dict) or not isinstance(sheet.get("sections"), list):
        raise FormError(file, "", "sheet", _("verwacht: sheet met title, text en sections"))
    sections: list[SheetSection] = []
    for raw in sheet["sections"]:
        ident = str(raw.get("id", "")) if isinstance(raw, dict) else ""
        if not ident or ident in {s.id for s in sections}:
            raise FormError(file, ident, "id", _("elk onderdeel heeft een eigen id"))
        sections.append(SheetSection(ident, _text(file, ident, raw, "title"), _text(file, ident, raw, "text")))
    return ClientSheet(_text(file, "", sheet, "title"), _text(file, "", sheet, "text"), tuple(sections))
