"""The client sheet in every interview language: the right text, the right script and direction, embedded
fonts, no case data, and the same bytes every time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.languages import INTERVIEW_LANGUAGES
from app.forms_loader import load_client_sheet
from app.locale import forms_text
from app.reports.client_sheet import client_sheet_pdf
from tests.reports.conftest import plain

SHEET = load_client_sheet()
TextOf = Callable[[bytes], str]


@pytest.mark.parametrize("language", INTERVIEW_LANGUAGES)
def test_every_heading_is_in_the_persons_language(language: str, pdf_text: TextOf) -> None:
    text = "".join(
        pdf_text(client_sheet_pdf(SHEET, language)).split()
    )  # poppler spaces mixed-direction runs its own way
    for source in (SHEET.title, *(s.title for s in SHEET.sections)):
        translated, found = forms_text(source, language)
        assert found
        assert "".join(plain(translated).split()) in text, (language, translated)


@pytest.mark.parametrize("language", ["nl", "en", "ro", "fr"])
def test_left_to_right_languages_carry_the_whole_text(language: str, pdf_text: TextOf) -> None:
    text = pdf_text(client_sheet_pdf(SHEET, language))
    for section in SHEET.sections:
        assert plain(forms_text(section.text, language)[0]) in text


def test_arabic_is_shaped_and_runs_right_to_left(pdf_text: TextOf, word_boxes, pdf_fonts) -> None:  # type: ignore[no-untyped-def]
    pdf = client_sheet_pdf(SHEET, "ar")
    title = plain(forms_text(SHEET.title, "ar")[0])
    assert title in pdf_text(pdf)  # poppler reads the visual order back as the logical one
    words = {w for w in title.split()}
    boxes = [(x0, x1) for word, x0, x1 in word_boxes(pdf) if word in words]
    assert boxes and all(x1 > 450 for _x0, x1 in boxes)  # against the right margin of an A4 page (595 pt)
    body = forms_text(SHEET.sections[0].text, "ar")[0]
    for word in body.split()[:4]:  # a wrapped paragraph reads from the top line down
        assert plain(word).strip("،.؟") in pdf_text(pdf)
    fonts = pdf_fonts(pdf)
    assert fonts["NotoNaskhArabic-Regular"] and fonts["NotoNaskhArabic-Bold"]
    assert fonts["DejaVuSans"]  # www.comensha.nl and 112: Latin falls back to DejaVu


def test_dutch_runs_left_to_right(word_boxes) -> None:  # type: ignore[no-untyped-def]
    boxes = [x0 for word, x0, _x1 in word_boxes(client_sheet_pdf(SHEET, "nl")) if word == "Informatie"]
    assert boxes and boxes[0] < 60


def test_tigrinya_is_in_ethiopic_script(pdf_text: TextOf, pdf_fonts) -> None:  # type: ignore[no-untyped-def]
    pdf = client_sheet_pdf(SHEET, "ti")
    text = pdf_text(pdf)
    assert sum("\u1200" <= c <= "\u137f" for c in text) > 200
    assert "CoMensha" in text and "112" in text  # Latin inside Ethiopic text is not dropped
    assert pdf_fonts(pdf)["NotoSansEthiopic-Regular"]


def test_the_sheet_is_reproducible() -> None:
    assert client_sheet_pdf(SHEET, "ar") == client_sheet_pdf(SHEET, "ar")


def test_an_untranslated_language_falls_back_to_dutch(pdf_text: TextOf) -> None:
    assert plain(SHEET.title) in pdf_text(client_sheet_pdf(SHEET, "sw"))
