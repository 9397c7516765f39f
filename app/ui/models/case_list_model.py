"""The case list as a table model over summaries from the vault; filter and sort in memory so every
keystroke stays fast with tens of thousands of cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.core.case_list import CaseSummary
from app.core.formatting import short_date
from app.core.i18n import N_, _
from app.ui.labels import CLOSED_COLOUR, LEVEL_COLOURS, checklist_short, level_text

COLUMNS = (
    N_("Zaakcode"),
    N_("Checklist"),
    N_("Laatste gesprek"),
    N_("Beoordeling"),
    N_("Open sporen"),
    N_("Volgende deadline"),
)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_FAR = date.max
Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._text: list[tuple[str, ...]] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []
        self._filter, self._show_closed = "", False
        self._sort_column, self._sort_order = 0, Qt.SortOrder.DescendingOrder

    def load(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._text = [self._display(row) for row in rows]
        self._keys = [" ".join(text).lower() for text in self._text]
        self._order = self._sorted(list(range(len(rows))))
        self._visible = self._select()
        self.endResetModel()

    def set_filter(self, text: str, show_closed: bool | None = None) -> None:
        self._filter = text.strip().lower()
        if show_closed is not None:
            self._show_closed = show_closed
        self.beginResetModel()
        self._visible = self._select()
        self.endResetModel()

    def case_id(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def row_of(self, case_id: int) -> int | None:
        return next((n for n, i in enumerate(self._visible) if self._rows[i].id == case_id), None)

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the level's words without its mark (a shape for the eye)
            level = self._rows[row].level
            return level.label if index.column() == 3 and level else self._text[row][index.column()]
        if role == CASE_ID_ROLE:
            return self._rows[row].id
        summary = self._rows[row]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 3 and summary.level is not None:
                return QColor(LEVEL_COLOURS[summary.level])
            if summary.closed:
                return QColor(CLOSED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and summary.closed:
            return _("Gesloten zaak")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._order = self._sorted(list(range(len(self._rows))))
        self._visible = self._select()
        self.layoutChanged.emit()

    def _select(self) -> list[int]:
        needle, keys, rows = self._filter, self._keys, self._rows
        return [i for i in self._order if (self._show_closed or not rows[i].closed) and needle in keys[i]]

    def _sorted(self, rows: list[int]) -> list[int]:
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder

        def key(i: int) -> Any:
            row = self._rows[i]
            if column == 2:
                return row.last_interview or date.min
            if column == 3:
                return row.level.rank if row.level else -1
            if column == 4:
                return len(row.open_tracks)
            if column == 5:
                return row.next_deadline or _FAR
            return self._text[i][column]

        return sorted(rows, key=key, reverse=reverse)

    @staticmethod
    def _display(row: CaseSummary) -> tuple[str, ...]:
        return (
            row.code,
            checklist_short(row.checklist),
            short_date(row.last_interview),
            level_text(row.level) if row.level else "",
            ", ".join(t.label for t in row.open_tracks),
            short_date(row.next_deadline),
        )
