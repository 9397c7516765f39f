"""Finding the checklist an interview was recorded with: by id AND version, so an interview recorded under an
earlier version is assessed against that version (never silently against the current one)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.core.checklists.model import Checklist

ChecklistBook = Callable[[str, str], Checklist | None]  # (form id, form version) -> checklist, None if unknown


def book_of(source: Mapping[str, Checklist] | ChecklistBook) -> ChecklistBook:
    """A book from a loaded set of checklists (one version), or the book itself."""
    if callable(source):
        return source
    checklists = dict(source)

    def lookup(form_id: str, form_version: str) -> Checklist | None:
        found = checklists.get(form_id)
        return found if found is not None and found.version == form_version else None

    return lookup
