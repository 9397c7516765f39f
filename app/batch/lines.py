"""``meldingen.jsonl``: one canonical line per melding, and back to typed meldingen."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.batch.canonical import json_line
from app.batch.errors import InvalidMelding
from app.batch.schema import Melding

MAX_LINE_BYTES = 4096  # a melding is far smaller; a longer line is refused before it is parsed
MAX_LINES = 100_000  # meldingen in one batch


def encode(meldingen: Iterable[Melding]) -> bytes:
    return b"".join(melding.line() for melding in meldingen)


def split(jsonl: bytes) -> list[bytes]:
    """The lines of ``meldingen.jsonl`` (what the manifest's ``count`` counts): separated by LF only, the last
    one ending in LF too (a missing final newline leaves a last line that ``decode`` refuses)."""
    parts = jsonl.split(b"\n")
    return parts[:-1] if parts[-1] == b"" else parts


def parse_line(line: bytes, number: int = 0) -> Melding:
    """One line as a melding; ``InvalidMelding`` (with the line ``number``) says why not. The line must be
    canonical: re-encoding what it says gives the very same bytes (sorted keys, no spaces, raw UTF-8, no
    repeated key)."""
    if len(line) > MAX_LINE_BYTES:
        raise InvalidMelding("length", number)
    try:
        doc = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidMelding("JSON", number) from None
    try:
        melding = Melding.from_json(doc)
    except InvalidMelding as error:
        raise InvalidMelding(error.detail, number, value=error.value) from None
    if json_line(doc) not in (line, line + b"\n"):
        raise InvalidMelding("canonical", number)
    return melding


def decode(jsonl: bytes) -> list[Melding]:
    """Every line as a melding; ``InvalidMelding`` for the first line that is not, or for a batch without a
    final newline (``LF``), with a carriage return (``CR``), empty (``count``) or too long (``count``)."""
    if not jsonl or len(split(jsonl)) > MAX_LINES:
        raise InvalidMelding("count")
    if not jsonl.endswith(b"\n"):
        raise InvalidMelding("LF", len(split(jsonl)))
    meldingen = []
    for number, line in enumerate(split(jsonl), 1):
        if b"\r" in line:
            raise InvalidMelding("CR", number)
        meldingen.append(parse_line(line, number))
    return meldingen
