"""One case: its pseudonymous fields, interviews, the eight tracks, deadlines; identity only on request."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.cases import Case
from app.core.formatting import date_time, short_date
from app.core.i18n import _
from app.core.ids import CaseId
from app.core.tracks import Track
from app.ui.case.case_fields import CaseFields
from app.ui.case.identity_dialog import IdentityDialog
from app.ui.case.small_dialogs import CloseCaseDialog, ReminderDialog
from app.ui.case.track_timeline import TrackTimeline
from app.ui.case.transition_dialog import TransitionDialog
from app.ui.feedback import show_error
from app.ui.labels import checklist_short
from app.vault.session import Session
from app.workflows import cases as case_actions
from app.workflows import views
from app.workflows.views import CaseView

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 3


def _group(title: str, *widgets: QWidget, buttons: list[QPushButton] | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    if buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
    return box


def _list(name: str) -> tuple[QListView, QStandardItemModel]:
    view, model = QListView(), QStandardItemModel()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view, model


class CasePage(QWidget):
    back = Signal()
    start_interview = Signal(int)  # case id
    open_interview = Signal(int)  # interview id
    report_requested = Signal(int)  # case id
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.view: CaseView | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.fields = CaseFields(session.clock.now().year, self)
        self.save_fields = QPushButton(_("Gegevens &opslaan"), self)
        self.identity_button = QPushButton(_("&Identificerende gegevens…"), self)
        self.interview_list, self.interview_model = _list(_("Gesprekken"))
        self.new_interview = QPushButton(_("Nieuw gespre&k (Ctrl+G)"), self)
        self.resume = QPushButton(_("Gesprek o&penen"), self)
        self.timeline = TrackTimeline(self)
        self.transition = QPushButton(_("Spoor &bijwerken… (Ctrl+T)"), self)
        self.correct = QPushButton(_("Laatste stap &corrigeren…"), self)
        self.reminder_list, self.reminder_model = _list(_("Deadlines van deze zaak"))
        self.add_reminder = QPushButton(_("&Herinnering…"), self)
        self.reminder_done = QPushButton(_("Afgehan&deld"), self)
        self.close_button = QPushButton(_("Zaak &sluiten…"), self)
        self.report_button = QPushButton(_("&Rapport (PDF)…"), self)
        self.back_button = QPushButton(_("← &Terug naar de lijst (Esc)"), self)
        grid = QGridLayout()
        grid.addWidget(_group(_("Gegevens"), self.fields, buttons=[self.identity_button, self.save_fields]), 0, 0)
        grid.addWidget(_group(_("Gesprekken"), self.interview_list, buttons=[self.resume, self.new_interview]), 1, 0)
        grid.addWidget(_group(_("Sporen"), self.timeline, buttons=[self.correct, self.transition]), 0, 1, 2, 1)
        grid.addWidget(
            _group(_("Deadlines"), self.reminder_list, buttons=[self.reminder_done, self.add_reminder]), 2, 0, 1, 2
        )
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.close_button)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)  # fits small screens and 200% scaling
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(_("Zaakgegevens"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.back_button.clicked.connect(self.back)
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self._case_id()))
        self.save_fields.clicked.connect(self._save_fields)
        self.identity_button.clicked.connect(self._identity)
        self.new_interview.clicked.connect(lambda: self.start_interview.emit(self._case_id()))
        self.resume.clicked.connect(self._resume)
        self.interview_list.activated.connect(lambda _index: self._resume())
        self.transition.clicked.connect(self._transition)
        self.correct.clicked.connect(lambda: self._transition(correcting=True))
        self.add_reminder.clicked.connect(self._add_reminder)
        self.reminder_done.clicked.connect(self._reminder_done)
        self.close_button.clicked.connect(self._close_or_reopen)
        QShortcut(QKeySequence("Esc"), self, self.back.emit)
        QShortcut(QKeySequence("Ctrl+G"), self, lambda: self.start_interview.emit(self._case_id()))
        QShortcut(QKeySequence("Ctrl+T"), self, self._transition)

    def show_case(self, case_id: int) -> None:
        self.reload(CaseId(case_id), record_view=True)

    def reload(self, case_id: CaseId | None = None, *, record_view: bool = False) -> None:
        view = views.case_view(self.session, case_id or self._case_id(), record_view=record_view)
        case = self.case = view.case
        state = _("gesloten") if case.is_closed else _("open")
        self.title.setText(_("Zaak {code} ({state})").format(code=case.code, state=state))
        self.close_button.setText(_("H&eropenen") if case.is_closed else _("Zaak &sluiten…"))
        self.fields.show_case(case)
        self.interview_model.clear()
        self.view = view
        for interview in view.interviews:
            done = _("afgerond") if interview.finished_at else _("nog bezig")
            row = QStandardItem(f"{date_time(interview.started_at)} · {checklist_short(interview.form_id)} · {done}")
            row.setData(interview.id, ITEM_ID_ROLE)
            self.interview_model.appendRow(row)
        if self.interview_model.rowCount():  # "Gesprek openen" opens the newest unless another is chosen
            self.interview_list.setCurrentIndex(self.interview_model.index(self.interview_model.rowCount() - 1, 0))
        self.timeline.show_tracks(view.states, view.history)
        self.reminder_model.clear()
        for reminder in view.reminders:
            row = QStandardItem(f"{short_date(reminder.due)} · {reminder.kind.label} {reminder.note}".strip())
            row.setData(reminder.id, ITEM_ID_ROLE)
            self.reminder_model.appendRow(row)

    def _case_id(self) -> CaseId:
        assert self.case is not None
        return self.case.id

    def _guard(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as error:
            show_error(self, error)
        else:
            self.reload()
            self.changed.emit()

    def _save_fields(self) -> None:
        self._guard(lambda: case_actions.edit_case(self.session, self._case_id(), **self.fields.values()))

    def _identity(self) -> None:
        dialog = IdentityDialog(views.identity(self.session, self._case_id()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._guard(lambda: case_actions.set_identity(self.session, self._case_id(), dialog.identity()))

    def _resume(self) -> None:
        index = self.interview_list.currentIndex()
        if not index.isValid() and self.interview_model.rowCount():
            index = self.interview_model.index(self.interview_model.rowCount() - 1, 0)
        if index.isValid():
            self.open_interview.emit(index.data(ITEM_ID_ROLE))

    def _transition(self, correcting: bool = False) -> None:
        track = self.timeline.selected_track()
        current = views.track_states(self.session, self._case_id())[track]
        latest = self.view.interviews[-1] if self.view is not None and self.view.interviews else None
        dialog = TransitionDialog(
            track,
            current,
            self.session.clock.now().date(),
            self,
            correcting=correcting,
            language=latest.language if latest else "nl",
            interpreter=latest.interpreter_used if latest else False,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        state, reason, detail, note = dialog.values()
        if correcting:
            why = str(detail.pop("correction"))
            self._guard(
                lambda: case_actions.correct_step(
                    self.session, self._case_id(), track, state, correction=why, reason=reason, detail=detail, note=note
                )
            )
            return
        self._guard(
            lambda: case_actions.record_step(
                self.session, self._case_id(), Track(track), state, reason=reason, detail=detail, note=note
            )
        )

    def _add_reminder(self) -> None:
        dialog = ReminderDialog(self.session.clock.now().date(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            due, note = dialog.values()
            self._guard(lambda: case_actions.add_reminder(self.session, self._case_id(), due, note))

    def _reminder_done(self) -> None:
        index = self.reminder_list.currentIndex()
        if index.isValid():
            self._guard(lambda: case_actions.reminder_done(self.session, index.data(ITEM_ID_ROLE)))

    def _close_or_reopen(self) -> None:
        assert self.case is not None
        if self.case.is_closed:
            self._guard(lambda: case_actions.reopen_case(self.session, self._case_id()))
            return
        unfinished = sum(i.finished_at is None for i in self.view.interviews) if self.view is not None else 0
        dialog = CloseCaseDialog(unfinished, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._guard(lambda: case_actions.close_case(self.session, self._case_id(), dialog.reason_code()))
