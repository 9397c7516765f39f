"""From the case list to a case: new case, fields, identity, tracks with consent, reminders, closing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.tracks import Track
from app.forms_loader import load_checklists
from app.ui.case.case_page import CasePage
from app.ui.case.identity_dialog import IdentityDialog
from app.ui.case.new_case_dialog import NewCaseDialog
from app.ui.case.small_dialogs import CloseCaseDialog, ReminderDialog
from app.ui.case.transition_dialog import TransitionDialog
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.ui.settings.settings_dialog import SettingsDialog
from app.vault import audit_log
from app.vault.repos import cases, reminders, tracks
from app.workflows import interview as interview_actions
from tests.ui.conftest import answer_next_dialog


def _new_case(qtbot: QtBot, window: MainWindow) -> CasePage:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.fields.nationality.set_code("BG")
        dialog.fields.birth_year.setValue(2003)
        dialog.accept()

    answer_next_dialog(fill)
    assert window.list_page is not None
    window.list_page.new_button.click()
    page = window.case_page
    assert page is not None and window.stack.currentWidget() is page
    return page


def test_new_case_opens_it_and_lists_it(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    _controller, window = unlocked
    page = _new_case(qtbot, window)
    assert page.case is not None and page.case.code == "UT-2026-0001"
    assert page.fields.nationality.code() == "BG"
    page.back_button.click()
    assert window.list_page is not None and window.list_page.model.rowCount() == 1
    window.list_page.search.setText("0001")
    assert window.list_page.model.rowCount() == 1
    window.list_page.search.setText("9999")
    assert window.list_page.model.rowCount() == 0


def test_consent_transition_and_bedenktijd_reminder(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = _new_case(qtbot, window)
    session = controller.session
    assert session is not None and page.case is not None
    tracks.record(session, page.case.id, Track.TOESTEMMING, "gevraagd")
    page.reload()
    row = list(Track).index(Track.TOESTEMMING)
    page.timeline.setCurrentIndex(page.timeline.model_.index(row, 0))

    def consent(dialog: QDialog) -> None:
        assert isinstance(dialog, TransitionDialog)
        dialog.state.setCurrentIndex(dialog.state.findData("gegeven"))
        assert dialog.written.isVisibleTo(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no scope, no form yet: nothing is assumed
        dialog.scopes["registratie"].setChecked(True)
        assert not ok.isEnabled() and "mondeling" in dialog.hint.text()
        dialog.written.setCurrentIndex(dialog.written.findData("schriftelijk"))
        assert ok.isEnabled()
        dialog.language.set_code("bg")
        dialog.interpreter.setChecked(True)
        dialog.accept()

    answer_next_dialog(consent)
    page.transition.click()
    given = tracks.history(session, page.case.id, Track.TOESTEMMING)[-1]
    assert given.state == "gegeven"
    assert given.detail["scope"] == ["registratie"] and given.detail["form"] == "schriftelijk"
    assert given.detail["interpreter"] is True and given.detail["language"] == "bg" and "date" in given.detail
    page.timeline.setCurrentIndex(page.timeline.model_.index(list(Track).index(Track.VERBLIJF), 0))

    def bedenktijd(dialog: QDialog) -> None:
        assert isinstance(dialog, TransitionDialog)
        dialog.state.setCurrentIndex(dialog.state.findData("bedenktijd_lopend"))
        dialog.accept()

    answer_next_dialog(bedenktijd)
    page.transition.click()
    due = reminders.open_reminders(session, case_id=page.case.id)
    assert [r.kind.value for r in due] == ["bedenktijd_einde"]
    assert page.reminder_model.rowCount() == 1 and "einde bedenktijd" in page.reminder_model.item(0).text()


def test_identity_only_on_request_and_audited(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    page = _new_case(qtbot, window)
    session = controller.session
    assert session is not None and page.case is not None

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IdentityDialog)
        dialog.family.setText("Ivanova")
        dialog.accept()

    answer_next_dialog(fill)
    page.identity_button.click()
    assert cases.get_identity(session, page.case.id).family_name == "Ivanova"  # type: ignore[union-attr]
    actions = [e.action for e in audit_log.entries(session.conn)]
    assert actions.count("identity_view") >= 2 and "identity_edit" in actions


def test_reminder_and_close_with_reason(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    _controller, window = unlocked
    page = _new_case(qtbot, window)
    answer_next_dialog(lambda d: (isinstance(d, ReminderDialog) and d.note.setText("bellen"), d.accept()))
    page.add_reminder.click()
    assert page.reminder_model.rowCount() == 1
    page.reminder_list.setCurrentIndex(page.reminder_model.index(0, 0))
    page.reminder_done.click()
    assert page.reminder_model.rowCount() == 0

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        assert dialog.reason.currentData() is None and not dialog.ok.isEnabled()  # no reason is assumed
        dialog.reason.setCurrentIndex(dialog.reason.findData("verhuisd"))
        dialog.accept()

    answer_next_dialog(close)
    page.close_button.click()
    assert page.case is not None and page.case.close_reason == "verhuisd" and "gesloten" in page.title.text()


def test_dialogs_preselect_nothing_and_take_over_the_interview_language(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = _new_case(qtbot, window)
    session = controller.session
    assert session is not None and page.case is not None
    interview = interview_actions.start(session, page.case.id, load_checklists()["ggd_intake"], language="ar")
    interview_actions.update(session, interview.id, interpreter_used=True)
    page.reload()
    page.timeline.setCurrentIndex(page.timeline.model_.index(list(Track).index(Track.TOESTEMMING), 0))
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, TransitionDialog)
        seen.update(state=dialog.state.currentData(), language=dialog.language.code())
        seen.update(interpreter=dialog.interpreter.isChecked(), form=dialog.written.currentData())
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    answer_next_dialog(look)
    page.transition.click()
    assert seen == {"state": None, "language": "ar", "interpreter": True, "form": None, "ok": False}
    assert tracks.history(session, page.case.id) == []

    def close_with_open_interview(dialog: QDialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("verhuisd"))
        seen["before_tick"] = dialog.ok.isEnabled()
        dialog.anyway.setChecked(True)
        seen["after_tick"] = dialog.ok.isEnabled()
        dialog.reject()

    answer_next_dialog(close_with_open_interview)
    page.close_button.click()
    assert (seen["before_tick"], seen["after_tick"]) == (False, True)
    assert page.case is not None and not page.case.is_closed


def test_a_consent_recorded_by_mistake_is_corrected_with_a_reason(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = _new_case(qtbot, window)
    session = controller.session
    assert session is not None and page.case is not None
    given = {"scope": ["registratie"], "form": "schriftelijk"}
    tracks.record(session, page.case.id, Track.TOESTEMMING, "gegeven", detail=given)
    page.reload()
    page.timeline.setCurrentIndex(page.timeline.model_.index(list(Track).index(Track.TOESTEMMING), 0))

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, TransitionDialog) and dialog.correcting
        dialog.state.setCurrentIndex(dialog.state.findData("gevraagd"))
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # why?
        dialog.correction.setCurrentIndex(dialog.correction.findData("verkeerde_status"))
        dialog.accept()

    answer_next_dialog(correct)
    page.correct.click()
    steps = tracks.history(session, page.case.id, Track.TOESTEMMING)
    assert [s.state for s in steps] == ["gegeven", "gevraagd"]  # no fake "gevraagd → gegeven" detour
    assert steps[-1].detail == {"correction": "verkeerde_status", "corrects": steps[0].id}
    audited = [e.detail for e in audit_log.entries(session.conn) if e.action == "track_transition"]
    assert audited[-1]["correction"] == "verkeerde_status"
    shown = page.timeline.model_.item(list(Track).index(Track.TOESTEMMING)).child(1).text()
    assert "correctie: verkeerde status gekozen" in shown


def test_status_bar_shows_the_new_auto_lock_time_at_once(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    _controller, window = unlocked
    assert "vergrendelt na 7 min" not in window.status.text()

    def shorter(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.idle.setValue(7)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(shorter)
    window.settings_action.trigger()
    assert "vergrendelt na 7 min" in window.status.text()


def test_abbreviations_are_explained_in_tooltips(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    page = _new_case(qtbot, window)
    session = controller.session
    assert session is not None and page.case is not None
    tracks.record(session, page.case.id, Track.VERBLIJF, "b83_aangevraagd")
    page.reload()
    row = page.timeline.model_.item(list(Track).index(Track.VERBLIJF))
    assert "verblijfsregeling mensenhandel" in row.toolTip() and "Vreemdelingencirculaire" in row.child(0).toolTip()
