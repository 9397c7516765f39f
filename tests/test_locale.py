from __future__ import annotations

from app import locale
from app.core.i18n import F_, _, active_locale
from app.forms_loader import load_checklists


def test_english_translates_the_ui_and_the_checklists() -> None:
    item = load_checklists()["ggd_intake"].item("CORE-01")
    locale.activate("en")
    assert (_("Zaken"), active_locale()) == ("Cases", "en_GB")
    english = F_(item.text)
    assert english != item.text and english.isascii()
    locale.activate("nl")
    assert (_("Zaken"), F_(item.text), active_locale()) == ("Zaken", item.text, "nl_NL")


def test_client_texts_in_an_interview_language_and_a_fallback_for_others() -> None:
    ask = next(q.text for q in load_checklists()["ggd_intake"].opening_questions if q.id == "CORE-Q1")
    arabic, translated = locale.forms_text(ask, "ar")
    assert translated and any("\u0600" <= ch <= "\u06ff" for ch in arabic)
    tigrinya, translated = locale.forms_text(ask, "ti")
    assert translated and any("\u1200" <= ch <= "\u137f" for ch in tigrinya)
    assert locale.forms_text(ask, "sw") == (ask, False)
