"""The organisation's signing key (to register with the registry) and the registry's age recipient."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.core.i18n import _
from app.core.users import Role
from app.ui.a11y import content_label
from app.ui.feedback import show_error
from app.ui.pdf_save import save_file
from app.vault.atomic import atomic_write
from app.vault.session import Session
from app.workflows import organisation


class KeysTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        keys = organisation.org_keys(session)
        public = keys.public_key
        self.public_text = public.to_text()
        self.key_text = QPlainTextEdit(self.public_text, self)
        self.key_text.setReadOnly(True)
        self.key_text.setAccessibleName(_("Publieke sleutel (minisign)"))
        self.key_text.setMaximumHeight(70)
        self.save_key = QPushButton(_("&Publieke sleutel opslaan…"), self)
        self.recipient = QLineEdit(keys.recipient, self)
        self.recipient.setAccessibleName(_("Ontvanger (age1…)"))
        self.recipient.setPlaceholderText("age1…")
        self.recipient_fp = QLabel(self)
        content_label(self.recipient_fp, _("Vingerafdruk ontvanger"))
        self.set_recipient = QPushButton(_("Ontvanger &instellen"), self)
        admin = session.user.role.at_least(Role.ADMIN)
        self.recipient.setReadOnly(not admin)
        self.set_recipient.setEnabled(admin)
        form = QFormLayout(self)
        form.addRow(_("Sleutel-id"), QLabel(public.key_id_hex, self))
        form.addRow(_("Vingerafdruk"), QLabel(public.fingerprint(), self))
        form.addRow(_("Publieke sleutel"), self.key_text)
        form.addRow("", self.save_key)
        form.addRow(_("&Ontvanger"), self.recipient)
        form.addRow(_("Vingerafdruk ontvanger"), self.recipient_fp)
        form.addRow("", self.set_recipient)
        form.addRow(QLabel(_("Vergelijk beide vingerafdrukken telefonisch met CoMensha."), self))
        self.save_key.clicked.connect(self._save_key)
        self.set_recipient.clicked.connect(self._set_recipient)
        self._show_fp()

    def _show_fp(self) -> None:
        fingerprint = organisation.org_keys(self.session).recipient_fingerprint
        self.recipient_fp.setText(fingerprint or _("nog niet ingesteld"))

    def save_key_to(self, path: Path) -> None:
        atomic_write(path, self.public_text.encode("ascii"), mode=0o644)

    def _save_key(self) -> None:
        save_file(
            self,
            _("Publieke sleutel opslaan"),
            "org.pub",
            lambda: self.public_text.encode("ascii"),
            file_filter="minisign (*.pub)",
            suffix=".pub",
        )

    def _set_recipient(self) -> None:
        try:
            organisation.set_recipient(self.session, self.recipient.text())
        except Exception as error:
            show_error(self, error)
        self._show_fp()
