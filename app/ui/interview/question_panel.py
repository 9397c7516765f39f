"""One question at a time: the signal text, help for the worker, the question to ask, and the answers
with their keys (one key map for every type, see ``answer_keys``). Emits ``answered(value)`` for every answer
given. Number and date questions start empty: nothing is recorded that the worker did not type."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.checklists.model import AnswerType, Item
from app.core.checklists.why import why_asked
from app.core.i18n import F_, _
from app.ui.a11y import announce, content_label
from app.ui.interview.answer_keys import SPECIAL_KEYS, choices

EMPTY_DAY = QDate(1900, 1, 1)  # shown blank: no date chosen yet


class QuestionPanel(QWidget):
    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.position = QLabel(self)
        content_label(self.position, _("Positie in de checklist"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        content_label(self.text, _("Signaal of vraag"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.text.setFont(font)
        self.ask = QLabel(self)
        self.ask.setWordWrap(True)
        content_label(self.ask, _("Vraag aan de persoon"))
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        content_label(self.help, _("Toelichting voor de medewerker"))
        self.help.setStyleSheet("color: palette(placeholder-text)")
        self.buttons_box = QWidget(self)
        self.buttons = QGridLayout(self.buttons_box)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.number = QDoubleSpinBox(self)
        self.number.setAccessibleName(_("Getal"))
        self.number.setDecimals(0)
        self.day = QDateEdit(self)
        self.day.setAccessibleName(_("Datum"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.line = QLineEdit(self)
        self.line.setAccessibleName(_("Kort antwoord"))
        self.save_free = QPushButton(_("Opslaan (Enter)"), self)
        self.why_button = QPushButton(_("Waarom deze vraag? (F1)"), self)
        self.why_button.setFlat(True)
        layout = QVBoxLayout(self)
        for widget in (
            self.position,
            self.text,
            self.ask,
            self.help,
            self.buttons_box,
            self.number,
            self.day,
            self.line,
            self.save_free,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.why_button)
        for editor in (self.number, self.day):  # ?, X and - answer a number or date question too
            editor.installEventFilter(self)
            editor.lineEdit().installEventFilter(self)
        self._dirty = False
        self.save_free.clicked.connect(self._save_free)
        self.line.returnPressed.connect(self._save_free)
        self.number.valueChanged.connect(self._touched)
        self.day.dateChanged.connect(self._touched)
        self.number.editingFinished.connect(self._save_if_touched)
        self.day.editingFinished.connect(self._save_if_touched)

    def show_item(self, item: Item, value: Any, position: str) -> None:
        self.item = item
        section = f"{F_(item.section)} · " if item.section else ""
        self.position.setText(f"{section}{item.id} · {position}")
        self.text.setText(F_(item.text))
        self.ask.setText(_("Vraag bijvoorbeeld: “{ask}”").format(ask=F_(item.ask)) if item.ask else "")
        self.ask.setVisible(bool(item.ask))
        self.help.setText(F_(item.help))
        self.help.setVisible(bool(item.help))
        self._build_buttons(item, value)
        free = item.type in (AnswerType.NUMBER, AnswerType.DATE, AnswerType.TEXT)
        self.number.setVisible(item.type is AnswerType.NUMBER)
        self.day.setVisible(item.type is AnswerType.DATE)
        self.line.setVisible(item.type is AnswerType.TEXT)
        self.save_free.setVisible(free)
        if item.type is AnswerType.NUMBER:
            low = item.minimum if item.minimum is not None else 0
            self.number.setRange(low - 1, item.maximum or 1_000_000)  # low - 1: blank, nothing typed yet
            self.number.setSpecialValueText(" ")
            self.number.setSuffix(f" {item.unit}" if item.unit else "")
            self.number.setValue(float(value) if isinstance(value, int | float) else self.number.minimum())
            self.number.setFocus()
        elif item.type is AnswerType.DATE:
            self.day.setMinimumDate(EMPTY_DAY)
            self.day.setSpecialValueText(" ")
            day = _iso_day(value)
            self.day.setDate(QDate(day.year, day.month, day.day) if day else EMPTY_DAY)
            self.day.setFocus()
        elif item.type is AnswerType.TEXT:
            self.line.setMaxLength(item.max_length)
            self.line.setText(value if isinstance(value, str) else "")
            self.line.setFocus()
        self._dirty = False  # only a value the worker typed or picked is saved
        announce(self.text)  # the new question, read out even when the focus stays on an answer button

    def _touched(self) -> None:
        self._dirty = True

    def _save_if_touched(self) -> None:
        if self._dirty:
            self._save_free()

    def free_input(self) -> bool:
        return self.item is not None and self.item.type in (AnswerType.NUMBER, AnswerType.DATE, AnswerType.TEXT)

    def _build_buttons(self, item: Item, value: Any) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        selected = set(value) if isinstance(value, list) else {value}
        for n, (answer, label, key) in enumerate(choices(item)):
            button = QPushButton(f"{label}   [{key}]" if key else label, self.buttons_box)
            button.setCheckable(True)
            button.setChecked(answer in selected)
            button.setAccessibleName(label)
            if key:
                button.setAccessibleDescription(_("toets {key}").format(key=key))
            button.setProperty("answer", answer)
            button.clicked.connect(lambda _checked=False, a=answer: self.choose(a, toggled=True))
            self.group.addButton(button)
            row, column = (n // 2, n % 2) if item.type is AnswerType.CHOICE else (n, 0)
            self.buttons.addWidget(button, row, column)
        self.buttons_box.setVisible(bool(self.group.buttons()))

    def why(self) -> str:
        """Why the current question is asked, in words (F1)."""
        return "\n\n".join(why_asked(self.item)) if self.item is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            special = {key: value for value, key in SPECIAL_KEYS}.get(event.text().upper())
            if special is not None and self.item is not None and self.isEnabled():
                self._dirty = False
                QTimer.singleShot(0, lambda: self.choose(special))  # after the key event, not inside it
                return True
        return False

    def choose(self, answer: str, toggled: bool = False) -> None:
        """Answer by value: from a key, or from a button (which Qt has already ``toggled``)."""
        if self.item is None:
            return
        if self.item.type is AnswerType.CHOICE and self.item.multiple and answer in _own_ids(self.item):
            own = _own_ids(self.item)
            for button in self.group.buttons():
                if button.property("answer") == answer and not toggled:
                    button.setChecked(not button.isChecked())
                elif button.property("answer") not in own:
                    button.setChecked(False)  # an option replaces "onbekend" and the like
            chosen = [b.property("answer") for b in self.group.buttons() if b.isChecked()]
            if chosen:
                self.answered.emit(chosen)
            return
        for button in self.group.buttons():
            button.setChecked(button.property("answer") == answer)
        self.answered.emit(answer)

    def _save_free(self) -> None:
        if self.item is None:
            return
        self._dirty = False
        if self.item.type is AnswerType.NUMBER:
            value = self.number.value()
            if value == self.number.minimum():
                return  # blank: nothing typed
            self.answered.emit(int(value) if value == int(value) else value)
        elif self.item.type is AnswerType.DATE:
            if self.day.date() == EMPTY_DAY:
                return  # blank: no date chosen
            self.answered.emit(self.day.date().toPython().isoformat())  # type: ignore[attr-defined]
        elif self.item.type is AnswerType.TEXT and self.line.text().strip():
            self.answered.emit(self.line.text())


def _own_ids(item: Item) -> set[str]:
    return {o.id for o in item.options}


def _iso_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
