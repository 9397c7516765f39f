"""Trusted senders: add an organisation's public key (with its fingerprint), revoke one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QListView, QPushButton, QVBoxLayout, QWidget

from app.core.i18n import _
from app.ui.feedback import show_error
from app.vault.session import Session
from app.workflows import registry

KEY_ROLE = Qt.ItemDataRole.UserRole + 8


class SendersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Vertrouwde afzenders"))
        self.add = QPushButton(_("Sleutel &toevoegen…"), self)
        self.revoke = QPushButton(_("&Intrekken"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revoke)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)
        self.revoke.clicked.connect(self._revoke)
        self.reload()

    def reload(self) -> None:
        self.model.clear()
        for sender in registry.senders(self.session):
            state = _("ingetrokken") if sender.revoked else _("actief")
            fingerprint = sender.public_key.fingerprint()
            text = f"{sender.name} · {sender.key_id} · {fingerprint} · {state} · #{sender.last_sequence}"
            row = QStandardItem(text)
            row.setData(sender.key_id, KEY_ROLE)
            self.model.appendRow(row)

    def add_file(self, path: Path, name: str) -> None:
        try:
            registry.trust_sender(self.session, path.read_text("ascii"), name)
        except Exception as error:
            show_error(self, error)
        self.reload()

    def _add(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(self, _("Publieke sleutel"), "", "minisign (*.pub)")
        if not file:
            return
        name, ok = QInputDialog.getText(self, _("Naam van de organisatie"), _("Naam:"), text=Path(file).stem)
        if ok:
            self.add_file(Path(file), name)

    def _revoke(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            try:
                registry.revoke_sender(self.session, str(index.data(KEY_ROLE)))
            except Exception as error:
                show_error(self, error)
            self.reload()
