"""Every reachable control has an accessible name; the main screens fit a 1920×1080 screen at 200%."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from app.core.checklists.model import AnswerType
from app.ui.labels import LEVEL_MARKS
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault.repos import cases
from tests.ui.conftest import focusable_without_name
from tests.ui.test_interview import start_interview

FITS_AT_200 = QSize(960, 540)  # 1920×1080 at 200% scaling, in device-independent pixels


def _fits(size: QSize) -> bool:
    return size.width() <= FITS_AT_200.width() and size.height() <= FITS_AT_200.height()


def test_unlock_page(app_window: tuple[SessionController, MainWindow]) -> None:
    window = app_window[1]
    assert focusable_without_name(window.unlock_page) == []
    assert _fits(window.minimumSizeHint())


def test_list_case_and_interview(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    assert window.list_page is not None
    assert focusable_without_name(window.list_page) == []
    assert _fits(window.minimumSizeHint()), window.minimumSizeHint()
    window.show_case(cases.create(controller.session).id)  # type: ignore[arg-type]
    assert window.case_page is not None and focusable_without_name(window.case_page) == []
    assert _fits(window.minimumSizeHint()), window.minimumSizeHint()
    page = start_interview(qtbot, window, controller.session)
    assert focusable_without_name(page) == []
    assert _fits(window.minimumSizeHint()), window.minimumSizeHint()


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit(root))
    assert focusable_without_name(root) == ["QLineEdit:"]


def test_tab_order_on_the_list_page(unlocked: tuple[SessionController, MainWindow]) -> None:
    page = unlocked[1].list_page
    assert page is not None
    from PySide6.QtCore import Qt

    order, widget = [page.search], page.search
    while len(order) < 5:
        widget = widget.nextInFocusChain()
        if widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    assert order == [page.search, page.closed, page.new_button, page.table, page.reminder_list]


def test_labels_expose_their_content(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    """Issue 18 #1: the question, the level, the reasons, the position: a screen reader reads the text."""
    from PySide6.QtGui import QAccessible

    from tests.ui.conftest import labels_hiding_text

    controller, window = unlocked
    assert window.list_page is not None and labels_hiding_text(window.list_page) == []
    window.show_case(cases.create(controller.session).id)  # type: ignore[arg-type]
    assert window.case_page is not None and labels_hiding_text(window.case_page) == []
    page = start_interview(qtbot, window, controller.session)
    assert labels_hiding_text(page) == []

    def read(widget: object) -> tuple[str, str]:
        interface = QAccessible.queryAccessibleInterface(widget)  # type: ignore[arg-type]
        return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)

    panel = page.question
    assert read(panel.text) == (panel.text.text(), "Signaal of vraag")
    assert read(page.assessment_panel.level)[1] == "Niveau"
    page._key("W")
    level = page.assessment_panel.level
    mark, words = level.text().split(" ", 1)  # a shape for the eye, the words for the ear
    assert read(level)[0] == words and mark in LEVEL_MARKS.values()
    assert "Waarom" in read(page.assessment_panel.body)[0]


def _read(widget: object) -> tuple[str, str]:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)  # type: ignore[arg-type]
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_answer_options_and_actions_expose_their_keys(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    """Issue 18 #3: each answer option says its key; every action with a shortcut says it too."""
    controller, window = unlocked
    for action in window.toolbar.actions():
        if not action.shortcut().isEmpty():
            name, description = _read(window.toolbar.widgetForAction(action))
            assert action.shortcut().toString() in name + description, (name, description)
    assert window.list_page is not None and _read(window.list_page.search)[1] == "sneltoets Ctrl+F"
    window.show_case(cases.create(controller.session).id)  # type: ignore[arg-type]
    page = start_interview(qtbot, window, controller.session)
    buttons = page.question.group.buttons()
    assert buttons
    for button in buttons:
        name, description = _read(button)
        key = button.text().rsplit("[", 1)[1].rstrip("]")
        assert name and description == f"toets {key}", (name, description)


def test_live_changes_are_announced(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18 #2: the level and its reasons after an answer, the new question, are sent to the bus."""
    from app.ui.interview import assessment_panel, question_panel

    announced: list[object] = []
    monkeypatch.setattr(assessment_panel, "announce", announced.append)
    monkeypatch.setattr(question_panel, "announce", announced.append)
    controller, window = unlocked
    window.show_case(cases.create(controller.session).id)  # type: ignore[arg-type]
    page = start_interview(qtbot, window, controller.session)
    while (item := page.current_item()) is not None and item.type is not AnswerType.SIGNAL:
        page._key("?")
    announced.clear()
    page._key("W")
    assert page.assessment_panel.level in announced and page.assessment_panel.body in announced
    assert "signalen aanwezig" in _read(page.assessment_panel.level)[0]
    assert page.question.text in announced  # the next question


def test_unlock_errors_are_announced(
    qtbot: QtBot, app_window: tuple[SessionController, MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import unlock_page

    announced: list[object] = []
    monkeypatch.setattr(unlock_page, "announce", announced.append)
    page = app_window[1].unlock_page
    page.user.setText("anna")
    page.passphrase.edit.setText("fout")
    page.submit()
    qtbot.waitUntil(lambda: announced == [page.message], timeout=10_000)
    assert _read(page.message)[0] == page.message.text() != ""


def test_labels_expose_their_content_in_the_summary_export_and_dialogs(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    """Issue 18 #1 beyond the three main pages: the summary, every export page, and each dialog."""
    from datetime import date

    from app.core.tracks import Track
    from app.crypto.age import generate_identity
    from app.forms_loader import load_checklists
    from app.ui.case.small_dialogs import CloseCaseDialog, ReminderDialog, StartInterviewDialog
    from app.ui.case.transition_dialog import TransitionDialog
    from app.ui.documents_dialog import DocumentsDialog
    from app.ui.settings.settings_dialog import SettingsDialog
    from app.workflows import organisation
    from tests.export.conftest import add_case
    from tests.ui.conftest import labels_hiding_text

    controller, window = unlocked
    session = controller.session
    assert session is not None
    page = start_interview(qtbot, window, session)
    page._show_summary()
    found = {"summary": labels_hiding_text(page)}
    organisation.set_recipient(session, generate_identity()[1])
    for _n in range(6):
        add_case(session)
    wizard = window.open_export()
    assert wizard is not None
    for name in ("select", "check", "preview", "write"):
        found[f"export {name}"] = labels_hiding_text(wizard)
        wizard.next()
    wizard.reject()
    checklists = load_checklists()
    dialogs = {
        "settings": SettingsDialog(session, window),
        "documents": DocumentsDialog(checklists, parent=window),
        "close": CloseCaseDialog(1, window),
        "start interview": StartInterviewDialog(checklists, "ggd_intake", window),
        "reminder": ReminderDialog(date(2026, 3, 7), window),
        "consent": TransitionDialog(Track.TOESTEMMING, "gevraagd", date(2026, 3, 7), window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        found[name] = labels_hiding_text(dialog)
        dialog.reject()
    assert {name: hidden for name, hidden in found.items() if hidden} == {}
