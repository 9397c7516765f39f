"""What is wrong with a batch's contents; the registry turns these into its reasons for refusing."""

from __future__ import annotations


class BatchFormatError(ValueError):
    """A part of a batch does not follow ``signaal-batch/1``; ``detail`` names what (a key, or ``JSON``)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidArchive(BatchFormatError):
    """The ZIP is unreadable, or does not hold exactly the three members."""


class InvalidManifest(BatchFormatError):
    """``manifest.json`` is not JSON, has another format, or lacks a key of the right type."""


class InvalidMelding(BatchFormatError):
    """A line of ``meldingen.jsonl`` is not a melding (``line``: 1-based, 0 when not known)."""

    def __init__(self, detail: str, line: int = 0) -> None:
        super().__init__(detail)
        self.line = line
