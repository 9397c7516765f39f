"""‘Toon aan persoon’: full screen, on the screen the person looks at, only the question as it is put to the
person (``ask``) in the interview language, large, right-to-left for Arabic. Never the worker's statement of
the signal, never case data. A question without such wording, or without a translation in the interview
language, shows the person an empty screen and tells the worker why. The answer keys keep working from here;
F11 and Esc close it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.checklists.model import Item
from app.core.i18n import _
from app.core.languages import is_right_to_left, language_name
from app.locale import forms_text

_NAVIGATION = {Qt.Key.Key_Return: "next", Qt.Key.Key_Enter: "next", Qt.Key.Key_PageDown: "next"}
_NAVIGATION[Qt.Key.Key_PageUp] = "previous"


class ClientView(QWidget):
    key_typed = Signal(str)  # an answer key, passed on to the interview
    moved = Signal(str)  # "next" / "previous"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_("Vraag"))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        self.question.setFont(font)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        self.worker_note = ""  # why the person sees nothing; shown on the worker's screen

    def show_question(self, item: Item, language: str) -> bool:
        """Show the person the question; False (and an empty screen) when there is nothing to show them."""
        text, translated = forms_text(item.ask, language) if item.ask else ("", False)
        shown = bool(item.ask) and (translated or language == "nl")
        self.question.setText(text if shown else "")
        self.question.setAccessibleName(text if shown else _("Leeg scherm"))
        direction = (
            Qt.LayoutDirection.RightToLeft if shown and is_right_to_left(language) else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        self.question.setLayoutDirection(direction)
        if not item.ask:
            self.worker_note = _("Deze vraag heeft geen tekst voor de persoon; de persoon ziet een leeg scherm.")
        elif not shown:
            self.worker_note = _("Nog geen vertaling in het {language}; de persoon ziet een leeg scherm.").format(
                language=language_name(language)
            )
        else:
            self.worker_note = ""
        return shown

    def open_on(self, worker: QWidget) -> None:
        """Full screen on another screen than the worker's when there is one, else on the same."""
        screens = QGuiApplication.screens()
        own = worker.screen()
        other = next((s for s in screens if s is not own), own)
        self.setScreen(other)
        self.setGeometry(other.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif event.key() in _NAVIGATION:
            self.moved.emit(_NAVIGATION[Qt.Key(event.key())])
        elif event.text():
            self.key_typed.emit(event.text())
        else:
            super().keyPressEvent(event)
