"""The export wizard: select → check → preview → write with progress; errors shown; keys tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.core.tracks import Track
from app.crypto.age import generate_identity
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.ui.settings.keys_tab import KeysTab
from app.vault.repos import exports, tracks
from tests.export.conftest import add_case


def _ready(controller: SessionController, cases: int = 6) -> list[int]:
    session = controller.session
    assert session is not None
    exports.set_recipient(session, generate_identity()[1])
    return [add_case(session) for _ in range(cases)]


def test_export_wizard_writes_a_verified_batch(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path
) -> None:
    controller, window = unlocked
    case_ids = _ready(controller)
    wizard = window.open_export()
    assert wizard is not None
    assert wizard.select.model.rowCount() == 6
    wizard.select.model.item(5).setCheckState(Qt.CheckState.Unchecked)  # leave one for later
    wizard.next()
    assert "5 meldingen gaan mee" in wizard.check.summary.text() and not wizard.check.override.isVisibleTo(wizard)
    wizard.next()
    assert wizard.preview.model.rowCount() == 5 and wizard.preview.model.columnCount() == 16
    assert wizard.receipt_bytes().startswith(b"%PDF")
    wizard.next()
    page = wizard.write_page
    page.folder.setText(str(tmp_path))
    with qtbot.waitSignal(wizard.exported, timeout=15_000):
        page.write.click()
    assert page.progress.value() == 100 and "Geschreven en gecontroleerd" in page.status.text()
    assert len(list(tmp_path.glob("*.signaal.age"))) == 1 and page.receipt.isVisible()
    session = controller.session
    assert session is not None and session.busy == 0
    states = [tracks.current(session, c)[Track.MELDING] for c in case_ids]
    assert states == ["geexporteerd"] * 5 + ["concept"]
    wizard.accept()


def test_write_error_is_shown_and_can_be_retried(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.export import export_wizard

    announced: list[object] = []
    monkeypatch.setattr(export_wizard, "announce", announced.append)  # issue 18 #2: the result is read out
    controller, window = unlocked
    _ready(controller)
    wizard = window.open_export()
    assert wizard is not None
    for _ in range(3):
        wizard.next()
    page = wizard.write_page
    page.folder.setText(str(tmp_path / "stick-niet-aanwezig"))
    page.write.click()
    qtbot.waitUntil(lambda: "Kan niet schrijven" in page.status.text(), timeout=15_000)
    assert page.write.isEnabled() and not page.isComplete()
    assert page.status in announced
    wizard.reject()


def test_a_lock_waits_for_a_running_export(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, _window = unlocked
    session = controller.session
    assert session is not None
    session.busy = 1
    controller.lock("idle")
    assert controller.session is session and not session.is_locked
    session.busy = 0
    qtbot.waitUntil(lambda: controller.session is None, timeout=3_000)
    assert session.is_locked


def test_keys_tab_shows_and_saves_the_public_key(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow], tmp_path: Path
) -> None:
    session = unlocked[0].session
    assert session is not None
    tab = KeysTab(session)
    qtbot.addWidget(tab)
    tab.save_key_to(tmp_path / "org.pub")
    assert (tmp_path / "org.pub").read_text() == exports.ensure_org_key(session).public().to_text()
    assert tab.recipient_fp.text() == "nog niet ingesteld"
    tab.recipient.setText(generate_identity()[1])
    tab.set_recipient.click()
    assert len(tab.recipient_fp.text().split()) == 8


def test_a_missing_recipient_is_said_and_set_on_the_first_page(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    for _n in range(6):
        add_case(session)
    add_case(session, "NG")  # alone in its group: the batch goes to NL / niet-NL, nothing held back
    wizard = window.open_export()
    assert wizard is not None
    page = wizard.select
    assert page.missing.isVisibleTo(wizard) and "ontvanger" in page.missing.text() and not page.isComplete()
    page.recipient.setText("age1kapot")
    page.set_recipient.click()
    assert "62 tekens" in page.missing.text() and not page.isComplete()  # exactly what is wrong
    page.recipient.setText(generate_identity()[1])
    page.set_recipient.click()
    assert page.isComplete() and "Vingerafdruk" in page.missing.text()
    wizard.next()
    assert wizard.currentPage() is wizard.check
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # Volgende at once after the check
    summary = wizard.check.summary.text()
    assert "7 meldingen gaan mee, 0 worden achtergehouden" in summary and "Informatieverlies 15.0 %" in summary
    explained = [wizard.check.model.item(n).text() for n in range(wizard.check.model.rowCount())]
    assert all("nationaliteit" in line and "NIET-NL" in line and "Waarom" in line for line in explained)
    wizard.next()
    headers = [wizard.preview.model.horizontalHeaderItem(n).text() for n in range(wizard.preview.model.columnCount())]
    assert "leeftijd" in headers and "opvangbehoefte" in headers and "age_band" not in headers
    assert wizard.preview.model.item(0, headers.index("soort")).text() == "nieuw"
