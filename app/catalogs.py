"""The gettext catalogs in ``i18n/``: where they are, compiling ``.po`` to ``.mo``, and what they cover.

Layout: ``i18n/<lang>/LC_MESSAGES/<domain>.po`` with domains ``app`` (UI and PDF strings) and ``forms``
(checklists, routes, client sheet). ``.mo`` files are build output, compiled at install or bundle time
(``make catalogs``) and never committed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.resources import data_dir

DOMAINS = ("app", "forms")
CLIENT_MARK = "[CLIENT"
_REVIEW = re.compile(r"^#?\s*Review-Status:\s*(.+)$", re.MULTILINE)


def i18n_root() -> Path:
    return data_dir("i18n")


def po_files(root: Path | None = None) -> list[Path]:
    """Every catalog, sorted by language then domain."""
    return sorted((root or i18n_root()).glob("*/LC_MESSAGES/*.po"))


def language_of(po: Path) -> str:
    return po.parents[1].name


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def compile_all(root: Path | None = None) -> list[Path]:
    """Compile every ``.po`` whose ``.mo`` is missing or older; returns the ``.mo`` files written."""
    written = []
    for po in po_files(root):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        catalog = read_catalog(po)
        temporary = mo.with_suffix(".mo.tmp")
        with temporary.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        temporary.replace(mo)
        written.append(mo)
    return written


def is_client_text(message: Message) -> bool:
    """Whether the person (not only the worker) reads this text: it needs every interview language."""
    return any(CLIENT_MARK in comment for comment in message.auto_comments)


def is_translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return not message.fuzzy and all(strings)


def review_status(catalog: Catalog) -> str:
    found = _REVIEW.search(catalog.header_comment or "")
    return found.group(1).strip() if found else "unknown"


@dataclass(frozen=True)
class Coverage:
    language: str
    domain: str
    translated: int
    total: int
    client_translated: int
    client_total: int
    review: str

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage(po: Path) -> Coverage:
    catalog = read_catalog(po)
    messages = [m for m in catalog if m.id]
    client = [m for m in messages if is_client_text(m)]
    return Coverage(
        language=language_of(po),
        domain=po.stem,
        translated=sum(map(is_translated, messages)),
        total=len(messages),
        client_translated=sum(map(is_translated, client)),
        client_total=len(client),
        review=review_status(catalog),
    )
