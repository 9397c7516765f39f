"""The blank paper checklist: every item of the role, with its conditions, in Dutch and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app import locale
from app.core.i18n import F_
from app.forms_loader import load_checklists
from app.reports.paper_checklist import paper_checklist_pdf
from tests.reports.conftest import plain

CHECKLISTS = load_checklists()
TextOf = Callable[[bytes], str]


@pytest.mark.parametrize("checklist_id", sorted(CHECKLISTS))
def test_every_item_and_opening_question_is_on_paper(checklist_id: str, pdf_text: TextOf) -> None:
    checklist = CHECKLISTS[checklist_id]
    text = pdf_text(paper_checklist_pdf(checklist))
    squashed = "".join(text.split())
    assert checklist.version in squashed and checklist.content_hash[:12] in text
    for item in checklist.items:
        assert item.id in text
        assert "".join(plain(item.text).split()) in squashed, item.id
    for question in checklist.opening_questions:
        assert "".join(plain(question.text).split()) in squashed
    conditional = sum(item.show_if is not None for item in checklist.items)
    assert text.count("Alleen als:") == conditional


def test_amv_items_say_when_they_apply(pdf_text: TextOf) -> None:
    text = pdf_text(paper_checklist_pdf(CHECKLISTS["coa"]))
    assert "Alleen als: COA-AMV is Ja / Onbekend" in text


def test_english_paper_checklist(pdf_text: TextOf) -> None:
    checklist = CHECKLISTS["ggd_intake"]
    locale.activate("en")
    text = pdf_text(paper_checklist_pdf(checklist))
    english = F_(checklist.item("CORE-01").text)
    assert english != checklist.item("CORE-01").text
    assert "".join(plain(english).split()) in "".join(text.split())
    assert "Paper checklist" in text and "Yes – observed" in text and "Papieren" not in text
