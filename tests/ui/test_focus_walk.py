"""Issue 18 #4: every page can be worked through by Tab alone, the focused control is always on screen, and
nothing traps focus: Tab from the first control reaches every visible control and comes back around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from tests.export.conftest import add_case

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)


def _reachable(window: QWidget) -> set[QWidget]:
    """Visible, enabled controls that take keyboard focus (the editor inside an editable combo box counts as
    the box)."""
    found = set()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is window:
            found.add(_owner(widget))
    return found


def _owner(widget: QWidget) -> QWidget:
    """The control a user tabs to: an editable combo box or spin box, not the editor inside it."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, QComboBox | QAbstractSpinBox) else widget


def _walk(qtbot: QtBot, window: QWidget, start: QWidget) -> tuple[list[QWidget], list[str]]:
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    problems: list[str] = []
    for _ in range(120):
        current = QApplication.focusWidget()
        if current is None:
            problems.append("focus lost")
            break
        owner = _owner(current)
        if owner.visibleRegion().isEmpty():
            problems.append(f"focused but not on screen: {owner.accessibleName() or type(owner).__name__}")
        if seen and owner is seen[0]:
            return seen, problems  # around once: nothing trapped
        if owner not in seen:
            seen.append(owner)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    problems.append("Tab never came back to the start (focus trapped)")
    return seen, problems


def test_tab_alone_works_through_the_list_case_and_interview(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None and window.list_page is not None
    case_id = add_case(session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    report: dict[str, object] = {}
    window.show_list()
    seen, problems = _walk(qtbot, window, window.list_page.search)
    report["list"] = (problems, sorted(w.accessibleName() for w in _reachable(window) - set(seen)))
    window.show_case(case_id)
    assert window.case_page is not None
    seen, problems = _walk(qtbot, window, window.case_page.back_button)
    report["case"] = (problems, sorted(w.accessibleName() or w.text() for w in _reachable(window) - set(seen)))  # type: ignore[attr-defined]
    assert window.case_page.view is not None
    window.show_interview(window.case_page.view.interviews[-1].id)
    page = window.interview_page
    assert page is not None
    seen, problems = _walk(qtbot, window, page.list_button)
    report["interview"] = (problems, sorted(type(w).__name__ for w in _reachable(window) - set(seen)))
    assert all(problems == [] and missed == [] for problems, missed in report.values()), report  # type: ignore[misc]


def test_tab_alone_works_through_the_summary_the_export_and_settings(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    from app.crypto.age import generate_identity
    from app.ui.settings.settings_dialog import SettingsDialog
    from app.workflows import cases as case_actions
    from app.workflows import interview as interview_actions
    from app.workflows import organisation, views
    from app.workflows.forms import checklist_of
    from tests.export.conftest import CHECKLISTS

    controller, window = unlocked
    session = controller.session
    assert session is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    case = case_actions.new_case(session)
    interview = interview_actions.start(session, case.id, CHECKLISTS["ggd_intake"])
    window.show_interview(interview.id)
    page = window.interview_page
    assert page is not None and checklist_of(views.interview(session, interview.id)).id == "ggd_intake"
    page._show_summary()
    report: dict[str, object] = {}
    seen, problems = _walk(qtbot, window, page.summary.back)
    report["summary"] = (problems, sorted(type(w).__name__ for w in _reachable(window) - set(seen)))
    organisation.set_recipient(session, generate_identity()[1])
    for _n in range(6):
        add_case(session)
    wizard = window.open_export()
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    seen, problems = _walk(qtbot, wizard, wizard.select.view)
    report["export"] = (problems, sorted(type(w).__name__ for w in _reachable(wizard) - set(seen)))
    wizard.reject()
    dialog = SettingsDialog(session, window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    seen, problems = _walk(qtbot, dialog, dialog.language)
    report["settings"] = (problems, sorted(type(w).__name__ for w in _reachable(dialog) - set(seen)))
    dialog.reject()
    assert all(problems == [] and missed == [] for problems, missed in report.values()), report  # type: ignore[misc]


def test_tab_alone_works_on_the_unlock_page(qtbot: QtBot, app_window: tuple[SessionController, MainWindow]) -> None:
    _controller, window = app_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen, problems = _walk(qtbot, window, window.unlock_page.user)
    assert problems == [] and _reachable(window) - set(seen) == set()
