"""A babel extractor for ``forms/*.yaml``: every text a person or worker reads, with its item id as context
comment so translators see where it belongs. Used by ``pybabel extract -F i18n/babel-forms.cfg``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

TEXT_KEYS = ("title", "description", "text", "help", "ask", "section")
# Texts the person hears or reads (translated into every interview language); the rest is for workers.
CLIENT_KEYS = ("ask",)
CLIENT_SECTIONS = ("opening_questions", "tell_person", "sheet")


def _walk(node: Any, path: str, client: bool) -> Iterator[tuple[str, str, bool]]:
    if isinstance(node, dict):
        ident = str(node.get("id", ""))
        here = f"{path}/{ident}" if ident else path
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, str):
                yield " ".join(value.split()), f"{here}:{key}", client or key in CLIENT_KEYS
            elif isinstance(value, dict | list):
                yield from _walk(
                    value, f"{here}/{key}" if not isinstance(value, list) else here, client or key in CLIENT_SECTIONS
                )
    elif isinstance(node, list):
        for child in node:
            yield from _walk(child, path, client)


def texts(document: Any) -> Iterator[tuple[str, str, bool]]:
    """(text, where, for the person) for every translatable text of a forms document."""
    yield from _walk(document, "", False)


def extract(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[tuple[int, str, str, list[str]]]:
    document = yaml.safe_load(fileobj.read().decode("utf-8"))
    for text, where, client in texts(document):
        comments = [f"{where}" + (" [CLIENT: translate for every interview language]" if client else "")]
        yield 0, "_", text, comments
