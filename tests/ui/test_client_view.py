"""‘Show to client’: the question in the interview language, large, right-to-left for Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.forms_loader import load_checklists
from app.locale import forms_text
from app.ui.interview.client_view import ClientView

ITEM = load_checklists()["ggd_intake"].item("CORE-01")


def test_arabic_question_is_right_to_left(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "ar")
    assert view.question.text() == forms_text(ITEM.ask, "ar")[0] != ITEM.ask
    assert any("\u0600" <= ch <= "\u06ff" for ch in view.question.text())
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.missing.text() == ""
    assert view.question.font().pointSizeF() >= 2.5 * view.font().pointSizeF()


def test_tigrinya_question_is_in_ethiopic_script_left_to_right(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "ti")
    assert any("\u1200" <= ch <= "\u137f" for ch in view.question.text())
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_untranslated_language_shows_dutch_with_a_note(qtbot: QtBot) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "sw")
    assert view.question.text() == ITEM.ask and "nog geen vertaling" in view.missing.text()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_observation_items_show_the_signal_text_not_case_data(qtbot: QtBot) -> None:
    item = load_checklists()["health"].item("GZ-01")
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(item, "nl")
    assert view.question.text() == item.text
