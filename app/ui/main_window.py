"""The window: the unlock page while locked; the case list, a case, or an interview while unlocked."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from app.core.checklists.model import Checklist
from app.core.i18n import _
from app.core.ids import CaseId, InterviewId
from app.core.routing import Routes
from app.core.settings import OrgType, Settings
from app.ui.a11y import content_label, shortcut_hint
from app.ui.case.case_page import CasePage
from app.ui.case.new_case_dialog import NewCaseDialog
from app.ui.case.report_flow import save_case_report
from app.ui.case.small_dialogs import StartInterviewDialog
from app.ui.case_list_page import CaseListPage
from app.ui.documents_dialog import DocumentsDialog
from app.ui.export.export_wizard import ExportWizard
from app.ui.feedback import show_error
from app.ui.interview.interview_page import InterviewPage
from app.ui.registry.registry_page import RegistryPage
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.unlock_page import UnlockPage
from app.ui.widgets.window_shortcuts import WindowShortcutsFirst
from app.vault.paths import VaultPaths
from app.vault.session import Session
from app.workflows import cases as case_actions
from app.workflows import forms, views
from app.workflows import interview as interview_actions

Location = tuple[str, int, str | None]  # ("list"|"case"|"interview", id, item id)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_changed = Signal(object)
    language_changed = Signal(str)

    def __init__(self, paths: VaultPaths, checklists: dict[str, Checklist], routes: Routes) -> None:
        super().__init__()
        self.setWindowTitle(_("Signaal"))
        self.checklists, self.routes = checklists, routes
        self.session: Session | None = None
        self.settings: Settings | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_page = UnlockPage(paths, parent=self)
        self.unlock_page.language_chosen.connect(self.language_changed)
        self.stack.addWidget(self.unlock_page)
        self.list_page: CaseListPage | None = None
        self.case_page: CasePage | None = None
        self.interview_page: InterviewPage | None = None
        self.registry_page: RegistryPage | None = None
        self.toolbar = QToolBar(_("Acties"), self)
        self.toolbar.setAccessibleName(_("Werkbalk"))
        self.addToolBar(self.toolbar)
        self.lock_action = QAction(_("Vergrendelen (Ctrl+L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.settings_action = QAction(_("Instellingen"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self._settings)
        self.list_action = QAction(_("Zaken"), self)
        self.list_action.triggered.connect(self.show_list)
        self.export_action = QAction(_("Exporteren… (Ctrl+E)"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        self.documents_action = QAction(_("Documenten…"), self)
        self.documents_action.triggered.connect(lambda: self.open_documents())
        actions = (self.list_action, self.export_action, self.documents_action, self.settings_action, self.lock_action)
        for action in actions:
            self.toolbar.addAction(action)
            if not action.shortcut().isEmpty():  # the toolbar button tells a screen reader its shortcut
                shortcut_hint(self.toolbar.widgetForAction(action), action.shortcut())
        self.status = QLabel(self)
        content_label(self.status, _("Status"))
        self.statusBar().addWidget(self.status, 1)
        self._shortcuts_first = WindowShortcutsFirst(self)
        self._shortcuts_first.install()
        self.show_locked()
        self.resize(1200, 760)

    # -- locked / unlocked -------------------------------------------------------------------------
    def show_locked(self, message: str = "") -> None:
        self._drop_interview()
        self.setWindowTitle(_("Signaal"))
        self.toolbar.setVisible(False)
        self.status.setText("")
        self.unlock_page.reset(message)
        self.stack.setCurrentWidget(self.unlock_page)
        pages = (self.list_page, self.case_page, self.interview_page, self.registry_page)
        old: list[QWidget] = [p for p in pages if p is not None]
        self.list_page = self.case_page = self.interview_page = None
        self.registry_page = None
        self.session = None
        for page in old:
            page.hide()
            self.stack.removeWidget(page)
            QTimer.singleShot(0, page.deleteLater)  # after any dialog the lock closed has returned

    def show_workspace(self, session: Session) -> None:
        self.session = session
        self.settings = views.settings(session)
        self.toolbar.setVisible(True)
        registry = self.settings.org_type is OrgType.REGISTRY
        self.list_action.setVisible(not registry)
        self.export_action.setVisible(not registry)
        self.documents_action.setVisible(not registry)
        self._show_status()
        if registry:
            self.setWindowTitle(_("Signaal – register {org}").format(org=self.settings.org_name))
            self.registry_page = RegistryPage(session, self)
            self.stack.addWidget(self.registry_page)
            self.stack.setCurrentWidget(self.registry_page)
            return
        self.list_page = CaseListPage(self)
        self.case_page = CasePage(session, self)
        self.list_page.open_case.connect(self.show_case)
        self.list_page.new_case.connect(self._new_case)
        self.case_page.back.connect(self.show_list)
        self.case_page.start_interview.connect(self._start_interview)
        self.case_page.open_interview.connect(lambda interview_id: self.show_interview(interview_id))
        self.case_page.report_requested.connect(self.save_case_report)
        for page in (self.list_page, self.case_page):
            self.stack.addWidget(page)
        self.show_list()

    def _show_status(self) -> None:
        if self.session is None or self.settings is None:
            return
        self.status.setText(
            _("{user} ({role}) · {org} · vergrendelt na {minutes} min zonder activiteit").format(
                user=self.session.user.display_name,
                role=self.session.user.role.label,
                org=self.settings.org_name,
                minutes=self.settings.idle_lock_minutes,
            )
        )

    # -- navigation ----------------------------------------------------------------------------------
    def show_list(self) -> None:
        if self.session is None or self.list_page is None:
            return
        self._drop_interview()
        self.list_page.refresh(self.session)
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()

    def show_case(self, case_id: int) -> None:
        if self.session is None or self.case_page is None:
            return
        self._drop_interview()
        try:
            self.case_page.show_case(case_id)
        except Exception as error:
            show_error(self, error)
            return
        self.stack.setCurrentWidget(self.case_page)
        self.case_page.new_interview.setFocus()

    def show_interview(self, interview_id: int, item_id: str | None = None) -> None:
        if self.session is None:
            return
        interview = views.interview(self.session, InterviewId(interview_id))
        try:  # the version it was recorded with: its own questions, rule and routes
            checklist, routes = forms.checklist_of(interview), forms.routes_of(interview)
        except Exception as error:
            show_error(self, error)
            return
        assert self.settings is not None
        self._drop_interview()
        page = InterviewPage(self.session, checklist, interview, routes, self.settings.org_type, self)
        page.closed.connect(self.show_case)
        page.documents_requested.connect(self.open_documents)
        self.interview_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if item_id is not None:
            page.go_to_item(item_id)
        page.setFocus()

    def location(self) -> Location:
        current = self.stack.currentWidget()
        if current is self.interview_page and self.interview_page is not None:
            interview_id, item_id = self.interview_page.location()
            return ("interview", interview_id, item_id)
        if current is self.case_page and self.case_page is not None and self.case_page.case is not None:
            return ("case", self.case_page.case.id, None)
        return ("list", 0, None)

    def restore(self, location: Location) -> None:
        kind, ident, item = location
        if kind == "interview":
            self.show_interview(ident, item)
        elif kind == "case":
            self.show_case(ident)

    def _drop_interview(self) -> None:
        if self.interview_page is not None:
            page, self.interview_page = self.interview_page, None
            page.client_view.close()
            self.stack.removeWidget(page)
            page.deleteLater()

    # -- actions -------------------------------------------------------------------------------------
    def _new_case(self) -> None:
        assert self.session is not None
        dialog = NewCaseDialog(self.session.clock.now().year, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.session is None:
            return
        try:
            case = case_actions.new_case(self.session, **dialog.fields.values())  # type: ignore[arg-type]
        except Exception as error:
            show_error(self, error)
            return
        self.show_case(case.id)

    def _start_interview(self, case_id: int) -> None:
        assert self.session is not None and self.settings is not None
        dialog = StartInterviewDialog(self.checklists, self.settings.org_type.value, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.session is None:
            return
        checklist = self.checklists[dialog.checklist.currentData()]
        interview = interview_actions.start(
            self.session,
            CaseId(case_id),
            checklist,
            language=dialog.language.code(),
            interpreter_used=dialog.interpreter.isChecked(),
        )
        self.show_interview(interview.id)

    def save_case_report(self, case_id: int) -> None:
        if self.session is not None:
            save_case_report(self, self.session, CaseId(case_id))

    def open_documents(self, language: str = "nl") -> None:
        if self.session is None:
            return
        checklist = self.settings.org_type.value if self.settings else ""  # checklist ids are org types
        dialog = DocumentsDialog(self.checklists, language=language, checklist=checklist, parent=self)
        dialog.open()

    def _settings(self) -> None:
        if self.session is None:
            return
        dialog = SettingsDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.session is not None:
            self.settings = dialog.saved()
            self._show_status()  # the new auto-lock time at once
            self.settings_changed.emit(self.settings)
            self.language_changed.emit(dialog.language.currentData())

    def open_export(self) -> ExportWizard | None:
        if self.session is None:
            return None
        try:
            wizard = ExportWizard(self.session, self.checklists, self)
        except Exception as error:
            show_error(self, error)
            return None
        wizard.finished.connect(self._after_export)
        wizard.open()
        return wizard

    def _after_export(self) -> None:
        if self.session is None:
            return
        if self.stack.currentWidget() is self.list_page:
            self.show_list()
        elif self.stack.currentWidget() is self.case_page and self.case_page is not None:
            self.case_page.reload()

    def close_dialogs(self) -> None:
        """Reject every open dialog (a lock must not wait for one)."""
        for widget in self.findChildren(QDialog):
            if widget.isVisible():
                widget.reject()
