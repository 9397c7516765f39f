"""The main screen: search, the case list, and deadlines coming up."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.formatting import short_date
from app.core.i18n import _
from app.ui.a11y import content_label, shortcut_hint
from app.ui.models.case_list_model import CaseListModel
from app.vault.session import Session
from app.workflows import views

REMINDER_DAYS = 14
CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseListPage(QWidget):
    open_case = Signal(int)
    new_case = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseListModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Zoek op zaakcode, checklist, beoordeling of spoor (Ctrl+F)"))
        self.search.setAccessibleName(_("Zoeken in zaken"))
        shortcut_hint(self.search, QKeySequence.StandardKey.Find)
        self.search.setClearButtonEnabled(True)
        self.closed = QCheckBox(_("Ook &gesloten zaken"), self)
        self.new_button = QPushButton(_("&Nieuwe zaak (Ctrl+N)"), self)
        self.count = QLabel(self)
        content_label(self.count, _("Aantal zaken"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Zaken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.reminder_model = QStandardItemModel(self)
        self.reminder_list = QListView(self)
        self.reminder_list.setModel(self.reminder_model)
        self.reminder_list.setAccessibleName(_("Deadlines en herinneringen"))
        self.reminder_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.closed)
        top.addWidget(self.new_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(_("Deadlines (komende {days} dagen)").format(days=REMINDER_DAYS), side))
        side_layout.addWidget(self.reminder_list)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.closed.toggled.connect(lambda on: self._filter(self.search.text(), on))
        self.new_button.clicked.connect(self.new_case)
        self.table.activated.connect(self._activated)
        self.reminder_list.activated.connect(lambda index: self.open_case.emit(index.data(CASE_ROLE)))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_case.emit)
        self.search.returnPressed.connect(self._open_first)
        self.setTabOrder(self.search, self.closed)
        self.setTabOrder(self.closed, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.reminder_list)

    def refresh(self, session: Session) -> None:
        self.model.load(views.case_list(session))
        today = session.clock.now().date()
        self.reminder_model.clear()
        for reminder in views.open_reminders(session, until=today + timedelta(days=REMINDER_DAYS)):
            late = _(" (verlopen)") if reminder.due < today else ""
            text = f"{short_date(reminder.due)}{late} · {reminder.case_code} · {reminder.kind.label}"
            item = QStandardItem(text)
            item.setData(reminder.case_id, CASE_ROLE)
            item.setEditable(False)
            self.reminder_model.appendRow(item)
        self._update_count()

    def clear(self) -> None:
        self.model.load([])
        self.reminder_model.clear()
        self.search.clear()

    def _filter(self, text: str, show_closed: bool | None = None) -> None:
        self.model.set_filter(text, show_closed)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(_("{shown} van {total} zaken").format(shown=self.model.rowCount(), total=self.model.total()))

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(self.model.case_id(index.row()))

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.open_case.emit(self.model.case_id(0))
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
