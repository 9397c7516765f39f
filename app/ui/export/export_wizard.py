"""Export of meldingen: select → check → preview → write, with a progress bar; in Dutch."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.batch.schema import Basis
from app.core.checklists.model import Checklist
from app.core.i18n import _
from app.core.users import Role
from app.reports.export_receipt import BatchInfo, receipt_pdf
from app.ui.a11y import announce, content_label
from app.ui.export.pages import CheckPage, PreviewPage, SelectPage
from app.ui.feedback import error_text
from app.ui.labels import ERROR_COLOUR
from app.ui.operations import run_in_background
from app.ui.pdf_save import save_pdf
from app.vault.session import Session
from app.workflows import export, organisation
from app.workflows.export import ExportPlan, ExportResult, Outgoing


class _Progress(QObject):
    moved = Signal(int, str)


class WritePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(_("Schrijven naar map of USB-stick"))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(_("Doelmap"))
        self.choose = QPushButton(_("&Kies map…"), self)
        self.write = QPushButton(_("&Schrijven"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(_("Voortgang"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        content_label(self.status, _("Uitkomst"))
        self.receipt = QPushButton(_("&Ontvangstbewijs opslaan (PDF)…"), self)
        self.receipt.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.write)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.receipt)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.write.clicked.connect(wizard.write)
        self.receipt.clicked.connect(wizard.save_receipt)
        self.folder.textChanged.connect(lambda text: self.write.setEnabled(bool(text.strip())))
        self.write.setEnabled(False)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Kies de map of USB-stick"))
        if folder:
            self.folder.setText(folder)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.result_ is not None


class ExportWizard(QWizard):
    """Emits ``exported(result)`` after a verified write."""

    exported = Signal(object)

    def __init__(self, session: Session, checklists: Mapping[str, Checklist], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Meldingen exporteren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("&Afronden"))  # Qt's "Vol&tooien" clashes with "&Terug"
        self.session, self.checklists = session, checklists
        self.result_: ExportResult | None = None
        self.plan: ExportPlan = export.plan(session)
        self.select = SelectPage(self)
        self.check = CheckPage(session.user.role.at_least(Role.COORDINATOR), self)
        self.preview = PreviewPage(self)
        self.write_page = WritePage(self)
        for page in (self.select, self.check, self.preview, self.write_page):
            self.addPage(page)
        self.select.fill(self.plan)
        admin = session.user.role.at_least(Role.ADMIN)
        setter = (lambda text: organisation.set_recipient(session, text)) if admin else None
        self.select.show_recipient(bool(export.receipt_keys(session).recipient), setter)
        self.currentIdChanged.connect(self._entered)
        self.preview.pdf_button.clicked.connect(self.save_preview)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.check:
            self.plan = export.plan(self.session, only=self.select.chosen())
            self.check.fill(self.plan)
        elif page is self.preview:
            self.preview.fill(self.sending())

    def sending(self) -> list[Outgoing]:
        extra = self.plan.held if self.check.override_reason() is not None else []
        return self.plan.outgoing + extra

    def write(self) -> None:
        folder = Path(self.write_page.folder.text().strip())
        page = self.write_page
        page.write.setEnabled(False)
        page.status.setStyleSheet("")
        page.status.setText(_("Bezig…"))
        self.session.busy += 1

        def work() -> ExportResult:
            return export.write(
                self.session,
                self.plan,
                folder,
                override_reason=self.check.override_reason(),
                progress=lambda percent, step: self._progress.moved.emit(percent, step),
            )

        run_in_background(self, work, self._done, self._failed)

    def _moved(self, percent: int, step: str) -> None:
        self.write_page.progress.setValue(percent)
        self.write_page.status.setText(step)

    def _done(self, result: ExportResult) -> None:
        self.session.busy -= 1
        self.result_ = result
        page = self.write_page
        page.status.setText(
            _(
                "Geschreven en gecontroleerd: {name}\nVolgnummer {seq} · {n} meldingen\n"
                "Sleutel {key} · vingerafdruk {fp}\nVingerafdruk ontvanger: {rfp}"
            ).format(
                name=result.path.name,
                seq=result.sequence,
                n=len(result.meldingen),
                key=result.org_key_id,
                fp=result.org_fingerprint,
                rfp=result.recipient_fingerprint,
            )
        )
        announce(page.status)  # the result, read out
        page.receipt.setVisible(True)
        page.completeChanged.emit()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.session.busy -= 1
        page = self.write_page
        page.status.setStyleSheet(f"color: {ERROR_COLOUR}")
        page.status.setText(error_text(error))
        announce(page.status)
        page.progress.setValue(0)
        page.write.setEnabled(True)

    def receipt_bytes(self) -> bytes:
        keys = export.receipt_keys(self.session)
        key, recipient = keys.public_key, keys.recipient_fingerprint or "–"
        info = None
        meldingen = [o.melding for o in self.sending()]
        if self.result_ is not None:
            r = self.result_
            info, meldingen = BatchInfo(r.path.name, r.batch_id, r.sequence, r.age_sha256), r.meldingen
        return receipt_pdf(
            org_name=keys.org_name,
            created=self.session.clock.now(),
            meldingen=meldingen,
            org_key=f"{key.key_id_hex} ({key.fingerprint()})",
            recipient_fp=recipient,
            batch=info,
        )

    def _save_pdf(self, suggested: str) -> None:
        if any(o.melding.basis is Basis.CONSENT for o in self.sending()):
            QMessageBox.warning(
                self,
                _("Let op"),
                _("Dit overzicht bevat namen (meldingen met toestemming). Sla het alleen op een veilige plek op."),
            )
        confidential = any(o.melding.basis is Basis.CONSENT for o in self.sending())
        save_pdf(self, _("PDF opslaan"), suggested, self.receipt_bytes, confidential=confidential)

    def save_preview(self) -> None:
        self._save_pdf("voorbeeld-export.pdf")

    def save_receipt(self) -> None:
        self._save_pdf("ontvangstbewijs-export.pdf")
