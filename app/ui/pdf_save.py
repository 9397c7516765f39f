"""Saving a PDF the user asked for: a file dialog, then an atomic write. Nothing touches the disk before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.i18n import _
from app.ui.feedback import show_error
from app.vault.atomic import atomic_write


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _("PDF-bestanden (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(
    parent: QWidget, title: str, suggested: str, render: Callable[[], bytes], *, confidential: bool = False
) -> Path | None:
    """Ask where, render, write atomically; a clear message on a full or missing drive. Returns the path.
    Confidential files are readable by the owner only."""
    path = ask_pdf_path(parent, title, suggested)
    if path is None:
        return None
    try:
        atomic_write(path, render(), mode=0o600 if confidential else 0o644)
    except Exception as error:
        show_error(parent, error)
        return None
    return path
