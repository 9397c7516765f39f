"""Saving PDFs from the app: the client sheet and paper checklist (no case data) and the case report
(confidential, audited). Nothing is written before the user picked a place."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.audit import AuditAction
from app.demo.case import DEMO_IDENTITY, demo_case
from app.forms_loader import load_checklists
from app.ui.case.report_dialog import ReportDialog
from app.ui.documents_dialog import DocumentsDialog
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault import audit_log
from tests.ui.conftest import answer_next_dialog


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_client_sheet_in_the_chosen_language(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = DocumentsDialog(load_checklists(), language="ar")
    qtbot.addWidget(dialog)
    target = tmp_path / "blad"
    asked = _save_to(monkeypatch, target)
    dialog.sheet_button.click()
    saved = target.with_name("blad.pdf")
    assert asked == ["informatieblad-ar.pdf"] and saved.read_bytes().startswith(b"%PDF")
    assert any("\u0600" <= c <= "\u06ff" or "\ufe70" <= c <= "\ufeff" for c in _text(saved))


def test_paper_checklist_for_the_chosen_role(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = DocumentsDialog(load_checklists(), checklist="dtv")
    qtbot.addWidget(dialog)
    _save_to(monkeypatch, tmp_path / "dtv.pdf")
    dialog.checklist_button.click()
    assert "DTV-10" in _text(tmp_path / "dtv.pdf")
    confirmations = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in confirmations] == [f"Opgeslagen in:\n{tmp_path / 'dtv.pdf'}"]  # says where it went


def test_a_missing_folder_gives_a_clear_message_and_no_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DocumentsDialog(load_checklists())
    qtbot.addWidget(dialog)
    _save_to(monkeypatch, tmp_path / "weg" / "blad.pdf")
    dialog.sheet_button.click()
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "weg" in boxes[0].text()
    boxes[0].accept()
    assert not (tmp_path / "weg").exists()


def test_case_report_with_identity_is_private_and_audited(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    case, _interview = demo_case(session, window.checklists["ggd_intake"])
    window.show_case(case.id)
    _save_to(monkeypatch, tmp_path / "rapport.pdf")

    def choose_identity(dialog: ReportDialog) -> None:
        assert dialog.identity.isEnabled()
        dialog.identity.setChecked(True)
        dialog.accept()

    answer_next_dialog(choose_identity)  # type: ignore[arg-type]
    assert window.case_page is not None
    window.case_page.report_button.click()
    saved = tmp_path / "rapport.pdf"
    assert DEMO_IDENTITY.family_name in _text(saved) and case.code in _text(saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    last = next(audit_log.entries(session.conn, newest_first=True))
    assert (last.action, last.subject, last.detail) == (AuditAction.REPORT, case.code, {"identifying": True})


def test_cancelling_the_report_writes_nothing(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, window = unlocked
    assert controller.session is not None
    case, _interview = demo_case(controller.session, window.checklists["ggd_intake"])
    window.show_case(case.id)
    asked = _save_to(monkeypatch, tmp_path / "rapport.pdf")
    answer_next_dialog(lambda dialog: dialog.reject())
    assert window.case_page is not None
    window.case_page.report_button.click()
    assert asked == [] and not (tmp_path / "rapport.pdf").exists()
