from __future__ import annotations

import arabic_reshaper
from reportlab.lib.styles import ParagraphStyle

from app.reports import fonts, scripts

ARABIC = "كل من يستغل أو يتعرض للضغط له الحق في المساعدة حتى بدون أوراق وحتى إذا لم تقدم بلاغا"


def test_characters_a_font_lacks_fall_back_to_dejavu() -> None:
    fonts.register()
    markup = scripts.markup("ሰላም CoMensha 112", fonts.ETHIOPIC)
    assert markup.startswith("ሰላም ")
    assert '<font name="DejaVuSans">CoMensha</font>' in markup
    bold = scripts.markup("ሰላም A", fonts.ETHIOPIC_BOLD)
    assert '<font name="DejaVuSans-Bold">A</font>' in bold


def test_markup_escapes_what_reportlab_would_read_as_tags() -> None:
    fonts.register()
    assert scripts.markup("GG&GD <b>", fonts.SANS) == "GG&amp;GD &lt;b&gt;"


def test_right_to_left_lines_fit_and_start_with_the_first_words() -> None:
    fonts.register()
    lines = scripts.rtl_lines(ARABIC, fonts.ARABIC, 11, 150)
    assert len(lines) > 2
    assert all(scripts.width(line, fonts.ARABIC, 11) <= 150 for line in lines)
    first_word = arabic_reshaper.reshape(ARABIC.split()[0])
    assert lines[0].endswith(first_word[::-1])  # visual order: the first word is at the right end
    assert not any(c in "\u200e\u200f" for c in scripts.markup(lines[0], fonts.ARABIC))


def test_paragraphs_are_right_aligned_only_for_right_to_left_languages() -> None:
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.ARABIC, fontSize=11, leading=16)
    arabic = scripts.paragraphs(ARABIC, style, "ar", 150)
    dutch = scripts.paragraphs("Er is hulp voor u.", style, "nl", 150)
    assert len(arabic) > 2 and all(p.style.alignment == 2 for p in arabic)  # TA_RIGHT
    assert len(dutch) == 1 and dutch[0].style.alignment == 0


def test_fonts_per_language() -> None:
    assert fonts.for_language("ar") == (fonts.ARABIC, fonts.ARABIC_BOLD)
    assert fonts.for_language("ti") == (fonts.ETHIOPIC, fonts.ETHIOPIC_BOLD)
    assert fonts.for_language("bg") == (fonts.SANS, fonts.SANS_BOLD)  # Cyrillic is in DejaVu
    assert fonts.for_language("en_GB") == (fonts.SANS, fonts.SANS_BOLD)
