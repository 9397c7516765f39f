"""Issue 18 #5: every text colour reads at 4.5:1 on the backgrounds it is drawn on, computed from the app's
palette and the colour constants; each level is also told apart without colour (a mark)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.core.assessment import Level
from app.ui.a11y import MIN_CONTRAST, contrast_ratio, readable_palette
from app.ui.labels import LEVEL_COLOURS, LEVEL_MARKS, TEXT_COLOURS, level_text
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController

ROOT = Path(__file__).resolve().parents[2]
Role = QPalette.ColorRole
NON_TEXT = {"#2e5a87"}  # the bars of the registry chart: a fill with its numbers in words beside it


def _backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(role) for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button)]


def test_the_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#b26a00", "#efefef") == pytest.approx(3.69, abs=0.01)  # the colour the issue found
    half_black = QColor(0, 0, 0, 128)
    assert contrast_ratio(half_black, "#ffffff") == pytest.approx(contrast_ratio("#7f7f7f", "#ffffff"), abs=0.05)


@pytest.mark.usefixtures("app_window")
def test_colour_constants_on_the_app_palette(qapp: QApplication) -> None:
    failing = [
        (colour, back.name(), round(contrast_ratio(colour, back), 2))
        for colour in TEXT_COLOURS
        for back in _backgrounds(qapp.palette())
        if contrast_ratio(colour, back) < MIN_CONTRAST
    ]
    assert failing == []


def test_app_palette_text_roles(app_window: tuple[SessionController, MainWindow], qapp: QApplication) -> None:
    palette = qapp.palette()
    pairs = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button)]
    pairs += [(Role.PlaceholderText, back) for back in (Role.Window, Role.Base, Role.AlternateBase)]  # hints
    pairs += [(Role.HighlightedText, Role.Highlight), (Role.ToolTipText, Role.ToolTipBase)]
    failing = [
        (fore.name, back.name, round(contrast_ratio(palette.color(fore), palette.color(back)), 2))
        for fore, back in pairs
        if contrast_ratio(palette.color(fore), palette.color(back)) < MIN_CONTRAST
    ]
    assert failing == []


def test_readable_palette_leaves_dark_palettes_alone() -> None:
    dark = QPalette(QColor("#202020"))
    assert readable_palette(dark).color(Role.PlaceholderText) == dark.color(Role.PlaceholderText)


def test_every_colour_literal_in_the_ui_is_checked() -> None:
    literals = set()
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        literals |= {m.lower() for m in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8"))}
    assert literals - NON_TEXT <= {c.lower() for c in TEXT_COLOURS}


def test_levels_differ_without_colour() -> None:
    assert len(set(LEVEL_MARKS.values())) == len(Level) == len(LEVEL_COLOURS)
    for level in Level:
        assert level_text(level).startswith(LEVEL_MARKS[level]) and level.label in level_text(level)
