"""The window's own shortcuts win over a text field's editing keys.

On X11 a line edit takes Ctrl+E (end of line), Ctrl+U, Ctrl+K … for itself, so with the focus in the case
list's search field Ctrl+E would not open the export. This filter answers the field's "may I have this key?"
(``ShortcutOverride``) with no whenever the key is the shortcut of one of the window's actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowShortcutsFirst(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window_:
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.window_.findChildren(QAction):
            if action.isEnabled() and any(
                s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()
            ):
                event.ignore()  # not the field's: the window's shortcut runs
                return True
        return False
