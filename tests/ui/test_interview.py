"""A full GG&GD interview by keyboard alone: answers autosaved, show_if live, the explained assessment
beside it, the route at the end, and tracks opened on finishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.assessment import Level
from app.core.checklists.model import AnswerType
from app.core.tracks import Track
from app.ui.case.small_dialogs import StartInterviewDialog
from app.ui.interview.correction import CorrectionDialog
from app.ui.interview.interview_page import InterviewPage
from app.ui.labels import level_text
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault import audit_log
from app.vault.repos import cases, interviews, tracks
from app.workflows import interview as interview_actions
from tests.ui.conftest import answer_next_dialog

KEYS = {"CORE-01": "J", "CORE-04": "W", "CORE-12": "J", "GGD-02": "W", "GGD-05": "J", "CORE-13": "?", "CORE-15": "W"}


def start_interview(qtbot: QtBot, window: MainWindow, session: object, language: str = "ro") -> InterviewPage:
    case = cases.create(session, nationality="RO", birth_year=2001)  # type: ignore[arg-type]
    window.show_case(case.id)

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, StartInterviewDialog)
        assert dialog.checklist.currentData() == "ggd_intake"  # the organisation's own checklist
        dialog.language.set_code(language)
        dialog.interpreter.setChecked(True)
        dialog.accept()

    answer_next_dialog(accept)
    assert window.case_page is not None
    window.case_page.new_interview.click()
    page = window.interview_page
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def answer_by_keyboard(qtbot: QtBot, page: InterviewPage) -> None:
    """Answer every question with keys only, until the summary shows."""
    for _ in range(200):
        if page.center.currentWidget() is page.summary:
            return
        item = page.current_item()
        assert item is not None
        target = page.focusWidget() or page
        if item.type is AnswerType.SIGNAL:
            qtbot.keyClick(target, KEYS.get(item.id, "N"))
        elif item.type is AnswerType.YES_NO_UNKNOWN:
            qtbot.keyClick(target, "N")
        elif item.type is AnswerType.CHOICE:
            qtbot.keyClick(target, "1")
            if item.multiple:
                qtbot.keyClick(target, Qt.Key.Key_Return)
        elif item.type is AnswerType.NUMBER:
            page.question.number.selectAll()
            qtbot.keyClicks(page.question.number, "14")
            qtbot.keyClick(page.question.number, Qt.Key.Key_Return)
        else:  # a date nobody knows: "?" answers it (no date is proposed)
            with qtbot.waitSignal(page.question.answered):
                qtbot.keyClick(page.question.day, "?")
    raise AssertionError(f"the interview did not end at {page.current_item()}")


def test_full_interview_by_keyboard(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    page = start_interview(qtbot, window, session)
    assert page.current_item().id == "CORE-C2"  # type: ignore[union-attr]
    answer_by_keyboard(qtbot, page)
    stored = interview_actions.state(session, page.checklist, page.interview.id).answers
    assert stored["CORE-01"] == "reported" and stored["GGD-02"] == "observed" and stored["CORE-13"] == "unknown"
    assert stored["GGD-T6"] == 14 and stored["GGD-T1"] == ["nl"] and stored["CORE-S1"] == "prostitutie"
    assert "GGD-T3A" not in stored  # hidden: GGD-T3 was answered 'geen klachten'
    assert page.assessment_panel.level.text() == level_text(Level.STERK)
    summary = page.summary.body.text()
    assert "politie" in summary and "bedenktijd" in summary and "Middelen: CORE-01" in summary
    assert page.summary.chosen_tracks() == []  # nothing ticked in advance: only what happened is recorded
    offered = {(track, state): check for check, track, state in page.summary.track_checks}
    assert (Track.SIGNALERING, "signalen_vastgelegd") in offered
    offered[(Track.SIGNALERING, "signalen_vastgelegd")].setChecked(True)
    assert page.summary.chosen_tracks() == [(Track.SIGNALERING, "signalen_vastgelegd")]
    page.summary.done.click()
    assert window.stack.currentWidget() is window.case_page
    interview = interviews.get(session, page.interview.id)
    assert interview.finished_at is not None and interview.language == "ro" and interview.interpreter_used
    assert tracks.current(session, interview.case_id)[Track.SIGNALERING] == "signalen_vastgelegd"


def test_show_if_applies_live_and_clears(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    ids = [item.id for item in page.visible]
    assert "GGD-T3A" not in ids
    page._go(ids.index("GGD-T3"))
    qtbot.keyClick(page, "2")  # lichamelijke klachten
    assert "GGD-T3A" in [item.id for item in page.visible]
    assert page.current_item().id == "GGD-T3A"  # type: ignore[union-attr]
    qtbot.keyClick(page, "J")
    page._go([item.id for item in page.visible].index("GGD-T3"))
    qtbot.keyClick(page, "1")  # geen klachten: the follow-up disappears and its answer is cleared
    assert "GGD-T3A" not in [item.id for item in page.visible]
    assert "GGD-T3A" not in interview_actions.state(controller.session, page.checklist, page.interview.id).answers  # type: ignore[arg-type]


def test_resume_where_left_off(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    for key in "N33":
        qtbot.keyClick(page, key)
    here = page.current_item().id  # type: ignore[union-attr]
    interview_id = page.interview.id
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.case_page
    window.show_interview(interview_id)
    assert window.interview_page is not None and window.interview_page.current_item().id == here  # type: ignore[union-attr]


def test_compact_list_mode_answers_the_selected_row(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    qtbot.keyClick(page, Qt.Key.Key_F2)
    assert page.outline.compact and not page.assessment_panel.isVisibleTo(page)
    qtbot.keyClick(page, "1")  # CORE-C2 alleen met de persoon
    qtbot.keyClick(page, "2")  # CORE-C3 professionele tolk
    assert "→ Professionele tolk" in page.outline.model_.item(1).text()


def test_a_finished_interview_opens_read_only_and_corrigeren_changes_one_answer(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    page = start_interview(qtbot, window, session)
    page.go_to_item("CORE-01")
    qtbot.keyClick(page, "J")
    page._show_summary()
    page.summary.done.click()
    window.show_interview(page.interview.id, "CORE-01")
    page = window.interview_page
    assert page is not None and page.corrections.banner.isVisibleTo(page) and not page.question.isEnabled()
    qtbot.keyClick(page, "N")  # read-only: keys do nothing
    assert interview_actions.state(session, page.checklist, page.interview.id).answers["CORE-01"] == "reported"

    def why(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectionDialog) and not dialog.ok.isEnabled()  # no reason assumed
        dialog.reason.setCurrentIndex(dialog.reason.findData("verkeerde_toets"))
        dialog.accept()

    answer_next_dialog(why)
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.question.isEnabled()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page, "N")
    assert interview_actions.state(session, page.checklist, page.interview.id).answers["CORE-01"] == "no"
    assert not page.question.isEnabled() and page.current_item().id == "CORE-01"  # type: ignore[union-attr]
    assert [e.detail["reason"] for e in audit_log.entries(session.conn) if e.action == "answer_correct"] == [
        "verkeerde_toets"
    ]


def test_number_and_date_start_empty_and_take_the_same_special_keys(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    page = start_interview(qtbot, window, session)
    page.go_to_item("GGD-T6")  # a number question
    assert page.question.number.text().strip() == ""  # not "0 uur": nothing typed, nothing assumed
    qtbot.keyClick(page.question.number, Qt.Key.Key_Return)
    assert "GGD-T6" not in interview_actions.state(session, page.checklist, page.interview.id).answers
    page.go_to_item("GGD-T6")
    with qtbot.waitSignal(page.question.answered):
        qtbot.keyClick(page.question.number, "X")
    page.go_to_item("GGD-T0")  # a date question
    assert page.question.day.text().strip() == ""  # not today's date
    with qtbot.waitSignal(page.question.answered):
        qtbot.keyClick(page.question.day, "-")
    answers = interview_actions.state(session, page.checklist, page.interview.id).answers
    assert answers["GGD-T6"] == "refused" and answers["GGD-T0"] == "not_asked"
    page.go_to_item("GGD-T6")
    assert "Wil niet antwoorden" in [b.accessibleName() for b in page.question.group.buttons() if b.isChecked()]


def test_f1_says_why_a_question_is_asked_without_file_names(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    page.go_to_item("CORE-01")
    assert not any("seeds" in label.text() or ".md" in label.text() for label in page.findChildren(QLabel))
    qtbot.keyClick(page, Qt.Key.Key_F1)
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "sterk signaal" in boxes[-1].text() and "Bron:" in boxes[-1].text()
    assert ".md" not in boxes[-1].text() and "002:" not in boxes[-1].text()


def test_the_notes_field_never_traps_the_keyboard(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    page.notes.setFocus()
    qtbot.waitUntil(page.notes.hasFocus)
    assert "highlight" in page.notes.styleSheet()  # visibly where the keys go
    qtbot.keyClick(page.notes, Qt.Key.Key_Tab)
    assert not page.notes.hasFocus() and "\\t" not in page.notes.toPlainText()  # Tab leaves, types nothing
    page.notes.setFocus()
    qtbot.waitUntil(page.notes.hasFocus)
    qtbot.keyClick(page.notes, Qt.Key.Key_Escape)
    assert window.interview_page is page and page.hasFocus()  # Esc leaves the field, does not pause
    page.notes.setFocus()
    qtbot.waitUntil(page.notes.hasFocus)
    before = page.current
    qtbot.keyClick(page.notes, Qt.Key.Key_PageDown)
    assert page.current == before + 1  # PgDn still moves to the next question
    page.notes.setFocus()
    qtbot.waitUntil(page.notes.hasFocus)
    qtbot.keyClick(page.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.center.currentWidget() is page.summary  # Ctrl+Enter still finishes
