"""The fonts shipped in resources/fonts, registered with reportlab once per process."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import data_dir

SANS, SANS_BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


def register() -> None:
    """Register the fonts and switch reportlab to reproducible output (same input, same bytes)."""
    rl_config.invariant = 1
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(data_dir("resources") / "fonts" / file)))
