"""What every Signaal PDF shares: paragraph styles in the right font for a language, A4 pages with a
footer (page number and, for identifying reports, a confidentiality line), and rendering to bytes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from app.core.i18n import _
from app.reports import fonts

MARGIN = 15 * mm
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
GRID_PLAIN = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle


def styles(language: str = "nl", size: float = 9) -> Styles:
    """Styles whose font can write ``language``."""
    fonts.register()
    regular, bold = fonts.for_language(language)
    leading = size * (1.6 if regular != fonts.SANS else 1.35)  # Arabic and Ethiopic need more room
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading, spaceAfter=size * 0.3)
    return Styles(
        body=body,
        strong=ParagraphStyle("strong", parent=body, fontName=bold, spaceBefore=size * 0.4),
        small=ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=leading * 0.8, spaceAfter=0),
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=size * 1.75, leading=leading * 1.6),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=size * 1.2, leading=leading * 1.2, spaceBefore=size * 0.8
        ),
    )


def frame_width(pagesize: tuple[float, float] = A4) -> float:
    return float(pagesize[0] - 2 * MARGIN)


def render(
    story: Sequence[Flowable],
    *,
    title: str,
    pagesize: tuple[float, float] = A4,
    footer: str = "",
    language: str = "nl",
) -> bytes:
    """The story as PDF bytes (reproducible: reportlab's invariant mode is on), never touching the disk.
    ``language`` becomes the document language for screen readers; only the shipped fonts are used."""
    fonts.register()

    def decorate(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.SANS, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 8 * mm, footer)
        canvas.drawRightString(pagesize[0] - MARGIN, 8 * mm, _("pagina {n}").format(n=document.page))
        canvas.restoreState()

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author="Signaal",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    canvas = partial(Canvas, initialFontName=fonts.SANS, lang=language.replace("_", "-"))
    document.build(list(story), onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas)
    return buffer.getvalue()
