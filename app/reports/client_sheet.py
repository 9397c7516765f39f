"""The client information sheet in the person's own language: rights, bedenktijd, shelter, who to contact.
It never holds case data; the worker may write a contact name on the blank lines by hand."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.core.client_sheet import ClientSheet
from app.core.i18n import _
from app.core.languages import language_name
from app.locale import forms_text
from app.reports import layout, scripts

WRITE_ON = "contactpersoon"  # the section that gets lines to write on


def _writing_lines(width: float) -> Table:
    table = Table([[""], [""]], colWidths=[width], rowHeights=[10 * mm, 10 * mm])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return table


def client_sheet_pdf(sheet: ClientSheet, language: str) -> bytes:
    """The sheet in ``language`` (texts without a translation stay Dutch)."""
    style = layout.styles(language, size=11)
    width = layout.frame_width()

    def text(source: str, kind: str) -> list[Flowable]:
        return list(scripts.paragraphs(forms_text(source, language)[0], getattr(style, kind), language, width))

    story: list[Flowable] = [
        *scripts.paragraphs(language_name(language, language), style.small, language, width),
        Spacer(1, 2 * mm),
        *text(sheet.title, "title"),
        *text(sheet.text, "body"),
        Spacer(1, 2 * mm),
    ]
    for section in sheet.sections:
        story += text(section.title, "heading") + text(section.text, "body")
        if section.id == WRITE_ON:
            story.append(_writing_lines(width))
    footer = _("Signaal · informatieblad voor de cliënt · {language} · bevat geen zaakgegevens").format(
        language=language_name(language)
    )
    return layout.render(story, title=forms_text(sheet.title, language)[0], footer=footer, language=language)
