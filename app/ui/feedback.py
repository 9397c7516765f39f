"""Telling the user what went wrong: known problems in their own words, bugs without losing work."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import SignaalError
from app.core.i18n import _


def error_text(error: BaseException) -> str:
    if isinstance(error, SignaalError):
        return str(error)
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    return _("Er ging onverwacht iets mis ({kind}). Wat al was opgeslagen, blijft bewaard.").format(
        kind=type(error).__name__
    )


def show_error(parent: QWidget, error: BaseException) -> QMessageBox:
    """A window-modal message that does not block (so locking still works while it is open)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _("Signaal"), error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(_("Foutmelding"))
    box.open()
    return box


def show_saved(parent: QWidget, path: object) -> QMessageBox:
    """Confirm where a file went (non-blocking, like errors): the worker must know where the PDF is."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _("Opgeslagen"),
        _("Opgeslagen in:\n{path}").format(path=path),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(_("Bevestiging"))
    box.setAccessibleDescription(_("Opgeslagen in: {path}").format(path=path))
    box.open()
    return box
