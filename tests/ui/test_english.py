"""In English mode no Dutch text from the catalog is left on any screen a user reaches, and Qt's own dialogs
speak the UI language (issue 14 #13)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.tracks import Track
from app.crypto.age import generate_identity
from app.forms_loader import load_checklists
from app.ui.application import build
from app.ui.case.small_dialogs import CloseCaseDialog, StartInterviewDialog
from app.ui.case.transition_dialog import TransitionDialog
from app.ui.documents_dialog import DocumentsDialog
from app.ui.language import UiLanguage
from app.ui.main_window import MainWindow
from app.ui.settings.settings_dialog import SettingsDialog
from app.vault.paths import VaultPaths
from app.workflows import organisation
from tests.export.conftest import add_case
from tests.ui.conftest import unlock
from tests.ui.untranslated import dutch_on_screen


def _walk(window: QWidget, name: str, found: dict[str, list[str]]) -> None:
    window.show()
    tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window]
    for n in range(max((t.count() for t in tabs), default=1)):
        for t in tabs:
            t.setCurrentIndex(min(n, t.count() - 1))
        hits = dutch_on_screen(window)
        if hits:
            found[f"{name} #{n}"] = hits


def test_the_finder_finds_dutch(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Zaak UT-2026-0001 gesloten.", widget)  # msgid "Zaak {code} gesloten."
    QLabel("Case UT-2026-0001 closed.", widget)
    widget.show()
    assert len(dutch_on_screen(widget)) == 1


def test_no_dutch_on_any_screen_in_english(
    qtbot: QtBot, qapp: QApplication, ui_paths: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNAAL_LANG", "en")
    controller, window = build(qapp, ui_paths)
    qtbot.addWidget(window)
    controller.start().show()
    found: dict[str, list[str]] = {}
    _walk(window, "unlock", found)
    unlock(qtbot, window)
    window = controller.window
    session = controller.session
    assert session is not None and isinstance(window, MainWindow)
    organisation.set_recipient(session, generate_identity()[1])
    case_id = add_case(session)
    window.show_list()
    _walk(window, "case list", found)
    window.show_case(case_id)
    _walk(window, "case", found)
    assert window.case_page is not None and window.case_page.view is not None
    window.show_interview(window.case_page.view.interviews[-1].id)
    _walk(window, "interview", found)
    assert window.interview_page is not None
    window.interview_page._show_summary()
    _walk(window, "summary", found)
    today = session.clock.now().date()
    checklists = load_checklists()
    dialogs: list[tuple[str, QDialog]] = [
        ("settings", SettingsDialog(session, window)),
        ("documents", DocumentsDialog(checklists, parent=window)),
        ("close", CloseCaseDialog(1, window)),
        ("start interview", StartInterviewDialog(checklists, "ggd_intake", window)),
        ("consent", TransitionDialog(Track.TOESTEMMING, "gevraagd", today, window)),
        ("correct", TransitionDialog(Track.TOESTEMMING, "gevraagd", today, window, correcting=True)),
    ]
    for name, dialog in dialogs:
        _walk(dialog, name, found)
        dialog.reject()
    wizard = window.open_export()
    assert wizard is not None
    for page in ("select", "check", "preview", "write"):
        _walk(wizard, f"export {page}", found)
        wizard.next()
    wizard.reject()
    controller.lock()
    _walk(controller.window, "locked", found)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


@pytest.mark.parametrize(("code", "look_in"), [("nl", {"&Zoeken in:", "Bestands&type:"}), ("en", {"&Look in:"})])
def test_qt_file_dialogs_speak_the_ui_language(qtbot: QtBot, qapp: QApplication, code: str, look_in: set[str]) -> None:
    language = UiLanguage(qapp)
    language.apply(code)
    dialog = QFileDialog(None, "x", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.reject()
    language.apply("nl")
    assert look_in <= labels, labels


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None, reason="no lrelease"
)
def test_the_committed_qt_catalog_matches_its_source(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "i18n" / "qt" / "qtgaps_nl.ts"
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert tool is not None
    subprocess.run([tool, str(source), "-qm", str(tmp_path / "x.qm")], check=True, capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == source.with_suffix(".qm").read_bytes()
