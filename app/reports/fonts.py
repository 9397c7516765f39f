"""The fonts shipped in resources/fonts, registered with reportlab once per process, and which one a
language needs: DejaVu for Latin, Cyrillic and Greek, Noto Naskh Arabic, Noto Sans Ethiopic (Tigrinya,
Amharic). Reportlab has no font fallback, so ``scripts.markup`` falls back to DejaVu per character."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import data_dir

SANS, SANS_BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
ARABIC, ARABIC_BOLD = "NotoNaskhArabic", "NotoNaskhArabic-Bold"
ETHIOPIC, ETHIOPIC_BOLD = "NotoSansEthiopic", "NotoSansEthiopic-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}
_BY_SCRIPT = {"Arab": (ARABIC, ARABIC_BOLD), "Ethi": (ETHIOPIC, ETHIOPIC_BOLD)}
_SCRIPT_OF_LANGUAGE = {"ar": "Arab", "fa": "Arab", "ur": "Arab", "ps": "Arab", "ti": "Ethi", "am": "Ethi"}


def register() -> None:
    """Register the fonts and switch reportlab to reproducible output (same input, same bytes)."""
    rl_config.invariant = 1
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(data_dir("resources") / "fonts" / file)))
    for regular, bold in ((SANS, SANS_BOLD), *_BY_SCRIPT.values()):  # <b> in markup; no italics shipped
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


def for_language(language: str) -> tuple[str, str]:
    """(regular, bold) font for text in ``language``."""
    return _BY_SCRIPT.get(_SCRIPT_OF_LANGUAGE.get(language.split("_")[0], ""), (SANS, SANS_BOLD))


def has_glyph(font: str, char: str) -> bool:
    face = pdfmetrics.getFont(font).face
    return ord(char) in face.charToGlyph


def fallback_for(font: str) -> str:
    return SANS_BOLD if font.endswith("-Bold") else SANS
