from __future__ import annotations

from app.core.abbreviations import ABBREVIATIONS, explain


def test_each_abbreviation_in_a_text_is_explained_once_in_order() -> None:
    text = explain("D9 opgevoerd; B8/3 aangevraagd na D9")
    assert text.splitlines() == [ABBREVIATIONS["D9"], ABBREVIATIONS["B8/3"]]


def test_words_that_merely_contain_letters_are_left_alone() -> None:
    assert explain("COMMENT OMGEVING") == "" and explain("DT&V") == ABBREVIATIONS["DT&V"]
