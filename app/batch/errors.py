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
    """A line of ``meldingen.jsonl`` is not a melding (``line``: 1-based, 0 when not known; ``detail``: the
    field, or what else is wrong; ``value``: the value refused, when a field's value is)."""

    def __init__(self, detail: str, line: int = 0, *, value: object = None) -> None:
        super().__init__(detail)
        self.line, self.value = line, value

    def shown_value(self) -> str:
        """The refused value for a message: as JSON would write it, at most 60 characters."""
        text = repr(self.value) if not isinstance(self.value, str) else f"“{self.value}”"
        return text if len(text) <= 60 else text[:59] + "…"
