"""The duplicate review queue: candidates side by side; link or dismiss, never automatic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.core.i18n import _
from app.core.linkage import reason_label
from app.ui.a11y import content_label
from app.ui.feedback import show_error
from app.vault.session import Session
from app.workflows import registry
from app.workflows.registry import Candidate

ID_ROLE = Qt.ItemDataRole.UserRole + 7
FIELDS = (
    ("given_names", "person"),
    ("family_name", "person"),
    ("date_of_birth", "person"),
    ("nationality", "facts"),
    ("gender", "facts"),
    ("age_band", "facts"),
    ("period", "facts"),
    ("sector", "facts"),
    ("forms", "facts"),
)


class ReviewTab(QWidget):
    decided = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.candidates: list[Candidate] = []
        self.list_model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setAccessibleName(_("Mogelijke dubbelingen"))
        self.side_model = QStandardItemModel(self)
        self.side = QTableView(self)
        self.side.setModel(self.side_model)
        self.side.setAccessibleName(_("Naast elkaar"))
        self.reasons = QLabel(self)
        content_label(self.reasons, _("Waarom een kandidaat"))
        self.link = QPushButton(_("Zelfde persoon: &koppelen"), self)
        self.dismiss = QPushButton(_("&Geen dubbeling"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss)
        buttons.addWidget(self.link)
        right = QVBoxLayout()
        right.addWidget(self.reasons)
        right.addWidget(self.side, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.list.clicked.connect(lambda index: self.show_candidate(index.row()))
        self.list.activated.connect(lambda index: self.show_candidate(index.row()))
        self.link.clicked.connect(lambda: self._decide(registry.link_duplicates))
        self.dismiss.clicked.connect(lambda: self._decide(registry.keep_apart))
        self.reload()

    def reload(self) -> None:
        self.candidates = registry.duplicate_candidates(self.session)
        self.list_model.clear()
        for candidate in self.candidates:
            names = [
                f"{s.person.given_names} {s.person.family_name}" if s.person else "?"
                for s in (candidate.a, candidate.b)
            ]
            row = QStandardItem(f"{candidate.score:.2f} · {names[0]} / {names[1]}")
            row.setData(candidate.id, ID_ROLE)
            self.list_model.appendRow(row)
        self.show_candidate(0)

    def show_candidate(self, row: int) -> None:
        self.side_model.clear()
        has = 0 <= row < len(self.candidates)
        self.link.setEnabled(has)
        self.dismiss.setEnabled(has)
        if not has:
            self.reasons.setText(_("Geen open kandidaten."))
            return
        candidate = self.candidates[row]
        self.list.setCurrentIndex(self.list_model.index(row, 0))
        self.reasons.setText(", ".join(reason_label(r) for r in candidate.reasons))
        self.side_model.setHorizontalHeaderLabels([_("veld"), candidate.a.org_name, candidate.b.org_name])
        for name, block in FIELDS:
            values = [getattr(getattr(side, block), name, "") for side in (candidate.a, candidate.b)]
            cells = [name] + [", ".join(v) if isinstance(v, tuple) else str(v or "") for v in values]
            self.side_model.appendRow([QStandardItem(cell) for cell in cells])
        self.side.resizeColumnsToContents()

    def _decide(self, action: object) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        try:
            action(self.session, int(index.data(ID_ROLE)))  # type: ignore[operator]
        except Exception as error:
            show_error(self, error)
        self.reload()
        self.decided.emit()
