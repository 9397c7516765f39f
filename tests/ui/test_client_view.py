"""‘Toon aan persoon’: only the question as put to the person, in the interview language, large, right-to-left
for Arabic; never the worker's statement of the signal; full screen; the answer keys keep working; F11 and
Esc close it (issue 14 #10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.forms_loader import load_checklists
from app.locale import forms_text
from app.ui.interview.client_view import ClientView
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.workflows import interview as interview_actions
from tests.ui.test_interview import start_interview

ITEM = load_checklists()["ggd_intake"].item("CORE-01")


def test_arabic_question_is_right_to_left(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    assert view.show_question(ITEM, "ar")
    assert view.question.text() == forms_text(ITEM.ask, "ar")[0] != ITEM.ask
    assert any("\u0600" <= ch <= "\u06ff" for ch in view.question.text())
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.worker_note == ""
    assert view.question.font().pointSizeF() >= 2.5 * view.font().pointSizeF()


def test_tigrinya_question_is_in_ethiopic_script_left_to_right(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "ti")
    assert any("\u1200" <= ch <= "\u137f" for ch in view.question.text())
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_untranslated_language_shows_the_person_nothing_and_tells_the_worker(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    assert not view.show_question(ITEM, "sw")
    assert view.question.text() == "" and "vertaling" in view.worker_note  # no Dutch to a Swahili speaker


def test_a_question_without_client_wording_never_shows_the_signal_text(qtbot: QtBot) -> None:
    checklists = load_checklists()
    item = next(i for c in checklists.values() for i in c.items if not i.ask and i.grade is not None)
    view = ClientView()
    qtbot.addWidget(view)
    assert not view.show_question(item, "nl")
    assert view.question.text() == "" and item.text not in view.question.text()
    assert "geen tekst voor de persoon" in view.worker_note


def test_full_screen_keys_keep_answering_and_esc_closes(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    page = start_interview(qtbot, window, session, language="ar")
    page.go_to_item("CORE-01")
    qtbot.keyClick(page, Qt.Key.Key_F11)
    view = page.client_view
    qtbot.waitUntil(view.isVisible)
    assert view.isFullScreen() and view.question.text() == forms_text(ITEM.ask, "ar")[0]
    qtbot.keyClick(view, "J")  # answered from the person's screen
    assert interview_actions.state(session, page.checklist, page.interview.id).answers["CORE-01"] == "reported"
    assert view.question.text() != forms_text(ITEM.ask, "ar")[0]  # it follows the interview to the next question
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
