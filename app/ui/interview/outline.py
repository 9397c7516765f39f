"""All questions shown for the current answers, with their answers: the overview, and the compact
list mode in which keys answer the selected row."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.core.checklists.model import Item
from app.core.i18n import F_, _
from app.core.interview_model import AnswerValue
from app.ui.interview.answer_keys import answer_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 4


class Outline(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Overzicht van de vragen"))
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compact = False

    def show_items(self, items: list[Item], answers: Mapping[str, AnswerValue], current: int) -> None:
        self.model_.clear()
        for item in items:
            value = answers.get(item.id)
            mark = "✓" if value not in (None, "", []) else "○"
            text = f"{mark} {item.id}  {F_(item.text)}"
            if self.compact and value not in (None, "", []):
                text += f"   → {answer_text(item, value)}"
            row = QStandardItem(text)
            row.setData(item.id, ITEM_ROLE)
            row.setToolTip(F_(item.text))
            self.model_.appendRow(row)
        if 0 <= current < self.model_.rowCount():
            index = self.model_.index(current, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
