"""The guided interview: keyboard-first, autosaved per answer, ``show_if`` applied live, the assessment
beside it, and at the end the route. Resumes where it was left."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import Assessment
from app.core.checklists.answers import visible_items
from app.core.checklists.model import SPECIAL_ANSWERS, Checklist, Item
from app.core.i18n import F_, N_, _
from app.core.interview_model import Interview
from app.core.routing import Routes, advise
from app.core.settings import OrgType
from app.ui.a11y import content_label
from app.ui.feedback import show_error
from app.ui.interview.answer_keys import DIGITS, LETTERS, value_for_key
from app.ui.interview.assessment_panel import AssessmentPanel
from app.ui.interview.client_view import ClientView
from app.ui.interview.correction import Corrections
from app.ui.interview.notes_field import NotesField
from app.ui.interview.outline import Outline
from app.ui.interview.question_panel import QuestionPanel
from app.ui.interview.summary_panel import SummaryPanel
from app.ui.widgets.language_box import LanguageBox
from app.vault.session import Session
from app.workflows import interview as interview_actions
from app.workflows import views

ANSWER_KEYS = [*DIGITS, *LETTERS]
SHORTCUT_HELP = N_(
    "Toetsen, bij elke vraag dezelfde: W ja – waargenomen · J ja (– verteld) · N nee · ? onbekend · "
    "X wil niet antwoorden · - niet gevraagd · 1–9 keuze · Enter volgende · PgUp vorige · F1 waarom deze vraag · "
    "F2 lijst · F11 toon aan persoon · Ctrl+Enter afronden · Esc pauzeren"
)


class InterviewPage(QWidget):
    closed = Signal(int)  # case id
    documents_requested = Signal(str)  # interview language: the client sheet in it

    def __init__(
        self,
        session: Session,
        checklist: Checklist,
        interview: Interview,
        routes: Routes,
        org_type: OrgType,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.checklist, self.interview = session, checklist, interview
        self.routes, self.org_type = routes, org_type
        self.state = interview_actions.state(session, checklist, interview.id)
        self.answers, self.case = self.state.answers, self.state.case
        self.visible: list[Item] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_("Gesprek"))
        self._build()
        self._refresh()
        self.corrections.apply()
        self._go(self._resume_index())

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(
            _("Zaak {code} · {checklist}").format(code=self.case.code, checklist=F_(self.checklist.title))
        )
        self.language = LanguageBox(_("Taal van het gesprek"), self)
        self.language.set_code(self.interview.language)
        self.interpreter = QCheckBox(_("Met t&olk"), self)
        self.interpreter.setChecked(self.interview.interpreter_used)
        self.list_button = QPushButton(_("Lijst (F2)"), self)
        self.list_button.setCheckable(True)
        self.client_button = QPushButton(_("Toon aan persoon (F11)"), self)
        self.finish_button = QPushButton(_("Afronden (Ctrl+Enter)"), self)
        self.pause_button = QPushButton(_("Pauzeren (Esc)"), self)
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.language)
        header.addWidget(self.interpreter)
        header.addStretch(1)
        self.corrections = Corrections(self)
        for button in (self.corrections.button, self.list_button, self.client_button, self.finish_button):
            header.addWidget(button)
        header.addWidget(self.pause_button)
        self.outline = Outline(self)
        self.notes = NotesField(self.interview.notes, self)
        self.notes.setMaximumHeight(120)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.outline, 1)
        left_layout.addWidget(self.notes)
        self.question = QuestionPanel(self)
        self.summary = SummaryPanel(self)
        self.center = QStackedWidget(self)
        self.center.addWidget(self.question)
        self.center.addWidget(self.summary)
        self.assessment_panel = AssessmentPanel(self)
        self.splitter = QSplitter(self)
        for n, (part, stretch) in enumerate(((left, 2), (self.center, 3), (self.assessment_panel, 2))):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(n, stretch)
        help_line = QLabel(_(SHORTCUT_HELP), self)
        help_line.setWordWrap(True)
        content_label(help_line, _("Sneltoetsen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.corrections.banner)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(help_line)
        self.client_view = ClientView(self)
        self.client_view.key_typed.connect(self._key)
        self.client_view.moved.connect(lambda way: self._go(self.current + (1 if way == "next" else -1)))
        self.client_note = QLabel(self)
        self.client_note.setWordWrap(True)
        self.client_note.hide()
        layout.insertWidget(2, self.client_note)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(800)
        self._connect()

    def _connect(self) -> None:
        self.question.answered.connect(self._answer)
        self.question.why_button.clicked.connect(self._why)
        self.outline.clicked.connect(lambda index: self._go(index.row()))
        self.outline.activated.connect(lambda index: self._go(index.row()))
        self.language.currentIndexChanged.connect(lambda _i: self._update_interview(language=self.language.code()))
        self.interpreter.toggled.connect(lambda on: self._update_interview(interpreter_used=on))
        self.notes.textChanged.connect(self._notes_timer.start)
        self.notes.left.connect(self.setFocus)
        self._notes_timer.timeout.connect(self._save_notes)
        self.list_button.toggled.connect(self._set_compact)
        self.client_button.clicked.connect(self._toggle_client_view)
        self.finish_button.clicked.connect(self._show_summary)
        self.pause_button.clicked.connect(self._pause)
        self.summary.back_to_questions.connect(lambda: self.center.setCurrentWidget(self.question))
        self.summary.finish.connect(self._finish)
        self.summary.sheet_requested.connect(lambda: self.documents_requested.emit(self.language.code()))
        self._answer_shortcuts = [QShortcut(QKeySequence(key), self, lambda k=key: self._key(k)) for key in ANSWER_KEYS]
        for sequence, slot in (
            ("PgUp", lambda: self._go(self.current - 1)),
            ("PgDown", lambda: self._go(self.current + 1)),
            ("F1", self._why),
            ("F2", self.list_button.toggle),
            ("F11", self._toggle_client_view),
            ("Ctrl+Return", self._show_summary),
            ("Esc", self._pause),
        ):
            QShortcut(QKeySequence(sequence), self, slot)

    # -- state ------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.visible = visible_items(self.checklist, self.answers)
        self.current = min(self.current, max(len(self.visible) - 1, 0))
        self.outline.show_items(self.visible, self.answers, self.current)
        assessment = self._assessment()
        advice = advise(self.routes, self.org_type, assessment, self.case.nationality)
        self.assessment_panel.show_assessment(assessment, advice)  # the route that fits the context so far

    def _assessment(self) -> Assessment:
        return self.state.assessment

    def _resume_index(self) -> int:
        ids = [item.id for item in self.visible]
        start = ids.index(self.interview.position) if self.interview.position in ids else -1
        for n in list(range(start + 1, len(ids))) + list(range(0, start + 1)):
            if self.answers.get(ids[n]) in (None, "", []):
                return n
        return max(start, 0)

    def _go(self, index: int) -> None:
        if not self.visible:
            return
        self.current = max(0, min(index, len(self.visible) - 1))
        item = self.visible[self.current]
        self.center.setCurrentWidget(self.question)
        position = _("vraag {n} van {total}").format(n=self.current + 1, total=len(self.visible))
        self.question.show_item(item, self.answers.get(item.id), position)
        self.outline.show_items(self.visible, self.answers, self.current)
        free = self.question.free_input()
        for shortcut in self._answer_shortcuts:
            shortcut.setEnabled(not free and self.corrections.editable())
        if not free and not self.notes.hasFocus():
            self.setFocus()  # answer keys go to the page, not to a hidden editor
        if self.client_view.isVisible():
            self._show_to_client(item)

    def go_to_item(self, item_id: str) -> None:
        """Show the question ``item_id`` if it is asked with the answers so far."""
        ids = [item.id for item in self.visible]
        if item_id in ids:
            self._go(ids.index(item_id))

    def current_item(self) -> Item | None:
        return self.visible[self.current] if self.visible else None

    # -- actions --------------------------------------------------------------------------------------
    def _key(self, key: str) -> None:
        item = self.current_item()
        if item is None or self.center.currentWidget() is not self.question:
            return
        value = value_for_key(item, key)
        if value is not None:
            self.question.choose(value)

    def _answer(self, value: object) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            if self.corrections.finished:
                if self.corrections.pending is None:
                    return  # read-only
                self.state = self.corrections.save(item.id, value)  # type: ignore[arg-type]
            else:
                self.state = interview_actions.answer(self.session, self.checklist, self.interview.id, item.id, value)  # type: ignore[arg-type]
        except Exception as error:
            show_error(self, error)
            return
        self.answers = self.state.answers
        self._refresh()
        ids = [i.id for i in self.visible]
        here = ids.index(item.id) if item.id in ids else self.current
        typed = self.question.free_input() and value not in SPECIAL_ANSWERS
        if (item.multiple and isinstance(value, list)) or typed or self.corrections.finished:
            self._go(here)  # several choices, or typed input: Enter moves on
            return
        if self.outline.compact:
            self._go(here + 1)
            return
        following = [n for n in range(here + 1, len(ids)) if self.answers.get(ids[n]) in (None, "", [])]
        if following:
            self._go(following[0])
        elif here + 1 < len(ids):
            self._go(here + 1)
        else:
            self._show_summary()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.center.currentWidget() is self.question:
            self._go(self.current + 1)
            return
        super().keyPressEvent(event)

    def _update_interview(self, **changes: object) -> None:
        try:
            self.interview = interview_actions.update(self.session, self.interview.id, **changes)
        except Exception as error:
            show_error(self, error)
        item = self.current_item()
        if item is not None and self.client_view.isVisible():
            self._show_to_client(item)

    def _save_notes(self) -> None:
        if not self.session.is_locked and self.notes.toPlainText() != self.interview.notes:
            self._update_interview(notes=self.notes.toPlainText())

    def _set_compact(self, on: bool) -> None:
        self.outline.compact = on
        self.question.help.setVisible(not on and bool(self.question.help.text()))
        self.assessment_panel.setVisible(not on)
        self.outline.show_items(self.visible, self.answers, self.current)

    def _toggle_client_view(self) -> None:
        item = self.current_item()
        if self.client_view.isVisible() or item is None:
            self.client_view.hide()
            self.client_note.hide()
            return
        self._show_to_client(item)
        self.client_view.open_on(self)

    def _show_to_client(self, item: Item) -> None:
        self.client_view.show_question(item, self.language.code())
        self.client_note.setText(self.client_view.worker_note)  # the worker sees why the person sees nothing
        self.client_note.setVisible(bool(self.client_view.worker_note))

    def _show_summary(self) -> None:
        self._save_notes()
        advice = advise(self.routes, self.org_type, self._assessment(), self.case.nationality)
        self.summary.show_summary(self._assessment(), advice, views.track_states(self.session, self.case.id))
        self.center.setCurrentWidget(self.summary)
        self.summary.done.setFocus()

    def _finish(self) -> None:
        self._save_notes()
        if self.corrections.finished:  # already finished: nothing to record again
            self._pause()
            return
        try:
            steps = self.summary.chosen_tracks()
            interview_actions.finish(self.session, self.checklist, self.interview.id, steps, note=_("na gesprek"))
        except Exception as error:
            show_error(self, error)
            return
        self.client_view.close()
        self.closed.emit(self.case.id)

    def _pause(self) -> None:
        self._save_notes()
        self.client_view.close()
        self.closed.emit(self.case.id)

    def _why(self) -> None:
        """'Waarom deze vraag?' in plain words, without blocking the interview."""
        item = self.current_item()
        if item is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, _("Waarom deze vraag?"), self.question.why(), parent=self)
        box.setAccessibleName(_("Waarom deze vraag?"))
        box.open()

    def location(self) -> tuple[int, str | None]:
        item = self.current_item()
        return self.interview.id, item.id if item else None
