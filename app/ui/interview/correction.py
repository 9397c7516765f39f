"""A finished interview opens read-only. "Corrigeren" (Ctrl+K) unlocks one answer, which is then saved with a
reason (audited; an exported melding is marked for a correction in the next batch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.formatting import date_time
from app.core.i18n import _
from app.core.interview_model import ANSWER_CORRECTIONS, AnswerValue
from app.workflows import interview as interview_actions
from app.workflows.interview import InterviewState

if TYPE_CHECKING:
    from app.ui.interview.interview_page import InterviewPage


class CorrectionDialog(QDialog):
    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Antwoord corrigeren"))
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(_("Waarom corrigeren"))
        self.reason.addItem(_("— kies waarom —"), None)
        for code, label in ANSWER_CORRECTIONS.items():
            self.reason.addItem(_(label), code)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(_("Notitie (blijft op dit apparaat)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout(self)
        form.addRow(QLabel(_("Corrigeer het antwoord op: {question}").format(question=question), self))
        form.addRow(_("&Waarom"), self.reason)
        form.addRow(_("&Notitie"), self.note)
        form.addRow(buttons)
        self.reason.currentIndexChanged.connect(lambda _i: self.ok.setEnabled(self.reason.currentData() is not None))
        self.ok.setEnabled(False)

    def values(self) -> tuple[str, str]:
        return str(self.reason.currentData()), self.note.text().strip()


class Corrections(QObject):
    def __init__(self, page: InterviewPage) -> None:
        super().__init__(page)
        self.page = page
        self.pending: tuple[str, str] | None = None  # (reason, note) for the next answer
        self.banner = QLabel(page)
        self.banner.setWordWrap(True)
        self.button = QPushButton(_("&Corrigeren… (Ctrl+K)"), page)
        self.button.clicked.connect(self.start)
        QShortcut(QKeySequence("Ctrl+K"), page, self.start)

    @property
    def finished(self) -> bool:
        return self.page.interview.finished_at is not None

    def editable(self) -> bool:
        return not self.finished or self.pending is not None

    def apply(self) -> None:
        """Show the page as it may be used now: read-only after finishing, except for one corrected answer."""
        page, finished = self.page, self.finished
        if finished and page.interview.finished_at is not None:
            when = date_time(page.interview.finished_at)
            text = (
                _("Correctie: kies het juiste antwoord met de gewone toetsen.")
                if self.pending
                else _("Afgerond op {when}: alleen lezen. Een antwoord wijzigen kan met ‘Corrigeren’.").format(
                    when=when
                )
            )
            self.banner.setText(text)
        self.banner.setVisible(finished)
        self.banner.setAccessibleName(self.banner.text())
        self.button.setVisible(finished)
        page.question.setEnabled(self.editable())
        page.notes.setReadOnly(finished)
        page.language.setEnabled(not finished)
        page.interpreter.setEnabled(not finished)
        page.finish_button.setVisible(not finished)

    def start(self) -> None:
        item = self.page.current_item()
        if not self.finished or item is None:
            return
        dialog = CorrectionDialog(self.page.question.text.text(), self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.pending = dialog.values()
        self.apply()
        self.page.activateWindow()  # the keys are the page's again once the dialog is gone
        self.page.go_to_item(item.id)
        self.page.setFocus()

    def save(self, item_id: str, value: AnswerValue) -> InterviewState:
        assert self.pending is not None
        reason, note = self.pending
        try:
            return interview_actions.correct(
                self.page.session, self.page.checklist, self.page.interview.id, item_id, value, reason=reason, note=note
            )
        finally:
            self.pending = None
            self.apply()
