"""The registry window: import a folder with progress, review duplicates side by side, statistics."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.settings import OrgType, Settings
from app.demo.batches import generate
from app.registry import keys
from app.ui.application import build
from app.ui.registry.registry_page import RegistryPage
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from tests.conftest import FixedClock, cheap_kdf, secret
from tests.ui.conftest import focusable_without_name, labels_hiding_text, unlock
from tests.ui.mnemonics import clashes


def test_import_review_and_statistics(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.registry import import_tab

    announced: list[object] = []
    monkeypatch.setattr(import_tab, "announce", announced.append)  # issue 18 #2: the result is read out
    paths = VaultPaths(tmp_path / "register")
    session, _code = create_vault(
        paths,
        settings=Settings("CoMensha", OrgType.REGISTRY, "RG"),
        admin_name="karin",
        admin_passphrase=secret("register wachtzin lang"),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    recipient = keys.create(session).recipient
    generate(tmp_path / "demo", recipient, orgs=3, meldingen=900, years=2, seed=7, end=(2026, 6))
    for pub in sorted((tmp_path / "demo" / "keys").glob("*.pub")):
        keys.trust(session, pub.read_text(), pub.stem)
    session.lock()
    controller, window = build(qapp, paths)
    qtbot.addWidget(window)
    controller.start().show()
    unlock(qtbot, window, "karin", "register wachtzin lang")
    page = window.registry_page
    assert isinstance(page, RegistryPage) and not window.export_action.isVisible()
    assert window.windowTitle() == "Signaal – register CoMensha"
    assert focusable_without_name(page) == []
    for n in range(page.tabs.count()):  # no Alt-letter twice on any tab (issue 14 #9), no label hiding its text
        page.tabs.setCurrentIndex(n)
        assert clashes(window) == {}, page.tabs.tabText(n)
        assert labels_hiding_text(page) == [], page.tabs.tabText(n)
    page.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(page.import_tab.imported, timeout=30_000):
        page.import_tab.start([tmp_path / "demo" / "batches"])
    assert "0 geweigerd" in page.import_tab.status.text() and page.import_tab.progress.value() > 0
    assert page.import_tab.status in announced
    stats = page.stats_tab
    assert stats.table_box.count() >= 12 and "2026" in stats.streams_label.text()
    before = sum(s["personen"] for s in stats.streams.values())
    review = page.review_tab
    assert review.candidates  # the generator repeats some persons across organisations
    assert review.side_model.rowCount() == 9 and review.link.isEnabled()
    same_year = next(  # linking two meldingen of one year makes one person fewer that year
        n
        for n, c in enumerate(review.candidates)
        if c.a.facts and c.b.facts and c.a.facts.period[:4] == c.b.facts.period[:4]
    )
    review.show_candidate(same_year)
    review.link.click()
    assert sum(s["personen"] for s in stats.streams.values()) == before - 1
    assert stats.csv_bytes().startswith(b"tabel,titel") and stats.pdf_bytes().startswith(b"%PDF")
    assert stats.chart.accessibleDescription()
    controller.lock()
