"""The interview notes: a text field that never traps the keyboard. Tab and Esc leave it (back to the
questions), Ctrl+Enter and PgUp/PgDn keep their interview meaning, and while it has the focus it says so
clearly, so that answer keys are never typed into it unseen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.i18n import _

_PAGE_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_FOCUSED = "QPlainTextEdit { border: 2px solid palette(highlight); }"


class NotesField(QPlainTextEdit):
    left = Signal()  # Esc: back to the questions

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(_("Gespreksnotities (blijven op dit apparaat)"))
        self.setAccessibleDescription(_("Tab of Esc: terug naar de vragen"))
        self.setPlaceholderText(_("Notities (blijven op dit apparaat, worden nooit gemeld). Esc: terug naar de vragen"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if (ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) or event.key() in _PAGE_KEYS:
                event.ignore()  # the interview's shortcut, not the editor's
                return True
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # ours: leave the field (the page's Esc would pause the interview)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.setStyleSheet(_FOCUSED)
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.setStyleSheet("")
        super().focusOutEvent(event)  # type: ignore[arg-type]
