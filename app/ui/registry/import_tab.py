"""Importing batches from a folder or USB stick, off the GUI thread, with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import _
from app.ui.a11y import announce, content_label
from app.ui.feedback import error_text
from app.ui.operations import run_in_background
from app.vault.session import Session
from app.workflows import registry
from app.workflows.registry import Outcome


class _Progress(QObject):
    moved = Signal(int, int, str)


class ImportTab(QWidget):
    imported = Signal(object)  # list[Outcome]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder_button = QPushButton(_("Map of USB-stick &kiezen en importeren…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(_("Voortgang van de import"))
        self.status = QLabel(self)
        content_label(self.status, _("Uitkomst van de import"))
        self.model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(_("Resultaat per batch"))
        self.results.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.folder_button.clicked.connect(self._choose)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Map met batches"))
        if folder:
            self.start([Path(folder)])

    def start(self, paths: list[Path]) -> None:
        self.folder_button.setEnabled(False)
        self.model.clear()
        self.status.setText(_("Bezig met importeren…"))
        self.session.busy += 1
        run_in_background(
            self,
            lambda: registry.import_batches(self.session, paths, lambda d, t, f: self._progress.moved.emit(d, t, f)),
            self._done,
            self._failed,
        )

    def _moved(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status.setText(name)

    def _done(self, outcomes: list[Outcome]) -> None:
        self.session.busy -= 1
        self.folder_button.setEnabled(True)
        for outcome in outcomes:
            mark = "✓" if outcome.accepted else "✗"
            self.model.appendRow(QStandardItem(f"{mark} {outcome.file}: {outcome.message}"))
        rejected = sum(not o.accepted for o in outcomes)
        self.status.setText(_("{ok} aangenomen, {bad} geweigerd.").format(ok=len(outcomes) - rejected, bad=rejected))
        announce(self.status)  # the result, read out
        self.imported.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        self.session.busy -= 1
        self.folder_button.setEnabled(True)
        self.status.setText(error_text(error))
        announce(self.status)
