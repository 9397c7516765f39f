"""No Alt-mnemonic is claimed twice in any window, page, tab or dialog (issue 14 #9). The walk opens every
screen a user can reach and fails on a letter that two visible controls share."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.core.tracks import Track
from app.crypto.age import generate_identity
from app.forms_loader import load_checklists
from app.ui.case.identity_dialog import IdentityDialog
from app.ui.case.new_case_dialog import NewCaseDialog
from app.ui.case.report_dialog import ReportDialog
from app.ui.case.small_dialogs import CloseCaseDialog, ReminderDialog, StartInterviewDialog
from app.ui.case.transition_dialog import TransitionDialog
from app.ui.documents_dialog import DocumentsDialog
from app.ui.first_run.wizard import FirstRunWizard
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.ui.settings.recovery_reset import RecoveryResetDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.settings.users_tab import UserDialog
from app.vault.paths import VaultPaths
from app.workflows import cases as case_actions
from app.workflows import organisation
from tests.export.conftest import add_case
from tests.ui.mnemonics import clashes, mnemonic

CHECKLISTS = load_checklists()


def _states(window: QWidget) -> Iterator[str]:
    """Every tab of every tab widget in turn (a hidden tab's mnemonics do not count)."""
    yield "start"
    for tabs in (t for t in window.findChildren(QTabWidget) if t.window() is window):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            yield f"tab {tabs.tabText(n)}"


def _check(window: QWidget, name: str, found: dict[str, object]) -> None:
    window.show()
    for state in _states(window):
        problem = clashes(window)
        if problem:
            found[f"{name} ({state})"] = problem


def test_the_rule_finds_a_clash(qtbot: QtBot) -> None:
    assert mnemonic("Gegevens &opslaan") == "o" and mnemonic("Tom && Jerry") is None
    dialog = ReminderDialog(date(2026, 3, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlaceholderText("x")
    QPushButton("&Wegen", dialog).show()  # &Waarover is there already
    assert "w" in clashes(dialog)


def test_no_window_or_dialog_claims_a_letter_twice(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    found: dict[str, object] = {}
    window.show_list()
    _check(window, "case list", found)
    case_id = add_case(session)
    case_actions.close_case(session, add_case(session), "verhuisd")
    window.show_case(case_id)
    _check(window, "case", found)
    window.show_case(case_id + 1)
    _check(window, "closed case", found)
    window.show_case(case_id)
    assert window.case_page is not None and window.case_page.view is not None
    window.show_interview(window.case_page.view.interviews[-1].id)
    _check(window, "interview", found)
    assert window.interview_page is not None
    window.interview_page._show_summary()
    _check(window, "interview summary", found)
    window.show_list()
    dialogs: list[tuple[str, QDialog]] = [
        ("new case", NewCaseDialog(2026, window)),
        ("identity", IdentityDialog(None, window)),
        ("report", ReportDialog("UT-2026-0001", True, window)),
        ("close case", CloseCaseDialog(1, window)),
        ("start interview", StartInterviewDialog(CHECKLISTS, "ggd_intake", window)),
        ("reminder", ReminderDialog(session.clock.now().date(), window)),
        ("documents", DocumentsDialog(CHECKLISTS, parent=window)),
        ("settings", SettingsDialog(session, window)),
        ("new user", UserDialog(parent=window)),
        ("new passphrase", UserDialog("bram", window)),
        ("recovery reset", RecoveryResetDialog(session, window)),
    ]
    for track in Track:
        dialogs.append((f"track {track.value}", TransitionDialog(track, "x", session.clock.now().date(), window)))
        dialogs.append(
            (
                f"correct {track.value}",
                TransitionDialog(track, "x", session.clock.now().date(), window, correcting=True),
            )
        )
    consent = TransitionDialog(Track.TOESTEMMING, "gevraagd", session.clock.now().date(), window)
    consent.state.setCurrentIndex(consent.state.findData("gegeven"))
    dialogs.append(("consent given", consent))
    for name, dialog in dialogs:
        _check(dialog, name, found)
        dialog.reject()
    organisation.set_recipient(session, generate_identity()[1])
    wizard = window.open_export()
    assert wizard is not None
    for page_name in ("select", "check", "preview", "write"):
        _check(wizard, f"export {page_name}", found)
        wizard.next()
    wizard.write_page.receipt.setVisible(True)  # as after a written export
    _check(wizard, "export written", found)
    wizard.reject()
    first_run = FirstRunWizard(VaultPaths(tmp_path / "new"))
    qtbot.addWidget(first_run)
    for page_name in ("organisation", "admin"):
        _check(first_run, f"first run {page_name}", found)
        first_run.organisation.org_name.setText("GGD Noord")
        first_run.next()
    window.show_locked()
    _check(window, "unlock", found)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_wizard_buttons_count_too(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(VaultPaths(tmp_path / "x"))
    qtbot.addWidget(wizard)
    wizard.show()
    texts = [wizard.button(b).text() for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)]
    assert all(t for t in texts)
