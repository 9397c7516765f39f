from __future__ import annotations

import pytest

from app.core.languages import INTERVIEW_LANGUAGES, UI_LANGUAGES, is_right_to_left


@pytest.mark.parametrize(
    ("code", "rtl"), [("ar", True), ("fa", True), ("ti", False), ("nl", False), ("xx-nonsense", False), ("", False)]
)
def test_right_to_left_comes_from_cldr(code: str, rtl: bool) -> None:
    assert is_right_to_left(code) is rtl


def test_the_ui_languages_are_interview_languages_too() -> None:
    assert set(UI_LANGUAGES) <= set(INTERVIEW_LANGUAGES)
