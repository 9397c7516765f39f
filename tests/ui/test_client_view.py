"""‘Show to client’: the question in the interview language, large, right-to-left for Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import app.locale
from app.forms_loader import load_checklists
from app.ui.interview.client_view import ClientView, is_rtl

ITEM = load_checklists()["ggd_intake"].item("CORE-01")
ARABIC = "أين جواز سفرك أو بطاقة هويتك الآن؟"


@pytest.fixture
def arabic_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Catalog(locale="ar", domain="forms")
    catalog.add(ITEM.ask, ARABIC)
    folder = tmp_path / "i18n" / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "forms.mo", "wb") as handle:
        write_mo(handle, catalog)
    monkeypatch.setattr(app.locale, "data_dir", lambda name: tmp_path / name)


def test_arabic_question_is_right_to_left(qtbot: QtBot, arabic_catalog: None) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "ar")
    assert view.question.text() == ARABIC
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.missing.text() == ""
    assert view.question.font().pointSizeF() >= 2.5 * view.font().pointSizeF()


def test_untranslated_language_shows_dutch_with_a_note(qtbot: QtBot, arabic_catalog: None) -> None:
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(ITEM, "ti")
    assert view.question.text() == ITEM.ask and "nog geen vertaling" in view.missing.text()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_observation_items_show_the_signal_text_not_case_data(qtbot: QtBot) -> None:
    item = load_checklists()["health"].item("GZ-01")
    view = ClientView()
    qtbot.addWidget(view)
    view.show_question(item, "nl")
    assert view.question.text() == item.text


def test_rtl_detection() -> None:
    assert is_rtl("ar") and not is_rtl("ti") and not is_rtl("xx-nonsense")
