"""``meldingen.jsonl``: one canonical line per melding, and back to typed meldingen."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.batch.errors import InvalidMelding
from app.batch.schema import Melding


def encode(meldingen: Iterable[Melding]) -> bytes:
    return b"".join(melding.line() for melding in meldingen)


def split(jsonl: bytes) -> list[bytes]:
    """The lines of ``meldingen.jsonl`` (what the manifest's ``count`` counts)."""
    return jsonl.splitlines()


def parse_line(line: bytes, number: int = 0) -> Melding:
    """One line as a melding; ``InvalidMelding`` (with the line ``number``) says why not."""
    try:
        doc = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidMelding("JSON", number) from None
    try:
        return Melding.from_json(doc)
    except InvalidMelding as error:
        raise InvalidMelding(error.detail, number) from None


def decode(jsonl: bytes) -> list[Melding]:
    return [parse_line(line, number) for number, line in enumerate(split(jsonl), 1)]
