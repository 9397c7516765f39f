"""Every reachable control has an accessible name; the main screens fit a 1920×1080 screen at 200%."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

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
