"""Saving a file the user asked for (PDF, CSV, public key): a file dialog, an atomic write, a clear message on a
full or missing drive, and a confirmation of where it went. Nothing touches the disk before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.i18n import _
from app.ui.feedback import show_error, show_saved
from app.vault.atomic import atomic_write


def ask_path(parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_file(
    parent: QWidget,
    title: str,
    suggested: str,
    render: Callable[[], bytes],
    *,
    file_filter: str,
    suffix: str,
    mode: int = 0o644,
) -> Path | None:
    """Ask where, render, write atomically, confirm. Returns the path, or None when nothing was written."""
    path = ask_path(parent, title, suggested, file_filter, suffix)
    if path is None:
        return None
    try:
        atomic_write(path, render(), mode=mode)
    except Exception as error:
        show_error(parent, error)
        return None
    show_saved(parent, path)
    return path


def save_pdf(
    parent: QWidget, title: str, suggested: str, render: Callable[[], bytes], *, confidential: bool = False
) -> Path | None:
    """A PDF; confidential ones are readable by the owner only."""
    mode = 0o600 if confidential else 0o644
    return save_file(parent, title, suggested, render, file_filter=_("PDF-bestanden (*.pdf)"), suffix=".pdf", mode=mode)
