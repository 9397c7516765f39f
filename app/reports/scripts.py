"""Text in any script for reportlab paragraphs: per-character font fallback (reportlab has none) and
right-to-left lines for Arabic (shaped with arabic-reshaper, reordered with python-bidi, line by line so
a wrapped paragraph reads from the top line down)."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from app.core.languages import is_right_to_left
from app.reports import fonts


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` split into (font, run): characters the font lacks go to DejaVu."""
    runs: list[tuple[str, str]] = []
    fallback = fonts.fallback_for(font)
    for char in text:
        if unicodedata.category(char) == "Cf":  # direction marks: already applied, never drawn
            continue
        chosen = font if char == " " or fonts.has_glyph(font, char) else fallback
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return runs


def markup(text: str, font: str) -> str:
    """Paragraph markup for plain ``text`` with a font fallback per run."""
    return "".join(
        escape(run) if name == font else f'<font name="{name}">{escape(run)}</font>' for name, run in _runs(text, font)
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``text`` (escaped, with font fallback) in a left-to-right script."""
    return Paragraph(markup(text, style.fontName), style)


def width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(run, name, size) for name, run in _runs(text, font)))


def rtl_lines(text: str, font: str, size: float, available: float) -> list[str]:
    """Break logical-order ``text`` into lines that fit, then shape and reorder each line for display."""
    lines: list[list[str]] = [[]]
    for word in text.split():
        trial = " ".join([*lines[-1], word])
        if lines[-1] and width(arabic_reshaper.reshape(trial), font, size) > available:
            lines.append([word])
        else:
            lines[-1].append(word)
    return [get_display(arabic_reshaper.reshape(" ".join(words))) for words in lines if words]


def paragraphs(text: str, style: ParagraphStyle, language: str, available: float) -> list[Paragraph]:
    """``text`` in ``language`` as paragraphs in ``style`` (whose font should come from
    ``fonts.for_language``): one paragraph, or right-aligned visual lines for a right-to-left script."""
    if not is_right_to_left(language):
        return [para(text, style)]
    right = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, spaceBefore=0, spaceAfter=0)
    lines = rtl_lines(text, style.fontName, style.fontSize, available)
    result = [Paragraph(markup(line, style.fontName), right) for line in lines]
    if result:
        result[0].style = ParagraphStyle(f"{style.name}-rtl-first", parent=right, spaceBefore=style.spaceBefore)
        result[-1].style = ParagraphStyle(
            f"{style.name}-rtl-last", parent=result[-1].style, spaceAfter=style.spaceAfter
        )
    return result
