"""The eight tracks of a case as a timeline: the current state of each, and every step under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from app.core.abbreviations import explain
from app.core.cases import TrackTransition
from app.core.i18n import _
from app.core.track_text import step_text
from app.core.tracks import TRACKS, Track, is_open, state_label

TRACK_ROLE = Qt.ItemDataRole.UserRole + 2


class TrackTimeline(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Sporen van de zaak"))
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)

    def show_tracks(self, current: dict[Track, str], history: list[TrackTransition]) -> None:
        self.model_.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for track in Track:
            state = current[track]
            marker = " ●" if is_open(track, state) else ""
            row = QStandardItem(f"{track.label}: {state_label(track, state)}{marker}")
            row.setData(track.value, TRACK_ROLE)
            row.setFont(bold)
            row.setAccessibleText(f"{track.label}: {state_label(track, state)}")
            row.setToolTip(explain(row.text()))
            for step in (t for t in history if t.track is track):
                child = QStandardItem(step_text(step))
                child.setToolTip(explain(child.text()))
                child.setData(track.value, TRACK_ROLE)
                row.appendRow(child)
            self.model_.appendRow(row)
            if row.rowCount() and state != TRACKS[track].initial:
                self.expand(row.index())

    def selected_track(self) -> Track:
        index = self.currentIndex()
        value = index.data(TRACK_ROLE) if index.isValid() else None
        return Track(value) if value else Track.SIGNALERING

    def clear(self) -> None:
        self.model_.clear()
