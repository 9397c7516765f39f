"""The blank paper checklist for one role: the fallback when no laptop can be used in the conversation.
Same items, order, conditions and help as the app, with boxes to tick; the version on the sheet ties the
paper to the form version it must be entered under."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.checklists.describe import describe
from app.core.checklists.model import YES_NO_LABELS, AnswerType, Checklist, Item, SignalAnswer
from app.core.i18n import F_, _, active_locale
from app.reports import fonts, layout, scripts

BOX = "☐"
_ROW_STYLE = TableStyle(
    [
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)


def _boxes(labels: list[str]) -> str:
    return "<br/>".join(f"{BOX} {scripts.markup(label, fonts.SANS)}" for label in labels)


def _answer_cell(item: Item) -> str:
    if item.type is AnswerType.SIGNAL:
        return _boxes([a.label for a in SignalAnswer])
    if item.type is AnswerType.YES_NO_UNKNOWN:
        return _boxes([_(label) for label in YES_NO_LABELS.values()])
    if item.type is AnswerType.CHOICE:
        hint = [_("(meer antwoorden mogelijk)")] if item.multiple else []
        return _boxes([F_(o.text) for o in item.options]) + "".join(f"<br/><i>{h}</i>" for h in hint)
    blank = "_" * 22
    return f"{blank} {scripts.markup(item.unit, fonts.SANS)}" if item.unit else blank


def _item_cell(item: Item, checklist: Checklist, style: layout.Styles) -> list[Flowable]:
    cell: list[Flowable] = [scripts.para(F_(item.text), style.body)]
    if item.ask:
        question = _("Vraag bijvoorbeeld: “{ask}”").format(ask=F_(item.ask))
        cell.append(Paragraph(f"<i>{scripts.markup(question, style.small.fontName)}</i>", style.small))
    if item.help:
        cell.append(scripts.para(F_(item.help), style.small))
    if item.show_if is not None:
        only = _("Alleen als: {condition}").format(condition=describe(item.show_if, checklist))
        cell.append(Paragraph(f"<b>{scripts.markup(only, style.small.fontName)}</b>", style.small))
    return cell


def _marker(item: Item) -> str:
    if item.grade is None:
        return escape(item.id)
    forms = ", ".join(f.value for f in item.forms) or _("alle")
    return f"<b>{escape(item.id)}</b><br/>{escape(item.grade.label)}<br/>{escape(forms)}"


def _header_table(style: layout.Styles, width: float) -> Table:
    label = style.small
    rows = [
        [Paragraph(_("Zaakcode"), label), "", Paragraph(_("Datum"), label), ""],
        [Paragraph(_("Medewerker"), label), "", Paragraph(_("Taal van het gesprek"), label), ""],
        [Paragraph(_("Tolk"), label), Paragraph(_boxes([_("ja"), _("nee")]).replace("<br/>", "   "), label), "", ""],
    ]
    table = Table(rows, colWidths=[width * 0.16, width * 0.34, width * 0.2, width * 0.3], rowHeights=9 * mm)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 1), 0.5, colors.grey),
                ("LINEBELOW", (3, 0), (3, 1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def paper_checklist_pdf(checklist: Checklist) -> bytes:
    """Every item of ``checklist`` in the UI language, grouped by section, with answer boxes."""
    style = layout.styles(active_locale(), size=8.5)
    width = layout.frame_width()
    story: list[Flowable] = [
        scripts.para(_("Papieren checklist: {title}").format(title=F_(checklist.title)), style.title),
        Paragraph(
            _("Versie {version} · formulier {hash}").format(
                version=checklist.version, hash=checklist.content_hash[:12]
            ),
            style.small,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            _(
                "Schrijf geen naam op dit papier, alleen de zaakcode. Neem de antwoorden dezelfde dag over in "
                "Signaal (zelfde formulierversie) en vernietig het papier daarna. Signaal berekent de beoordeling "
                "en de route; dit papier geeft geen oordeel."
            ),
            style.body,
        ),
        _header_table(style, width),
        Spacer(1, 3 * mm),
    ]
    if checklist.opening_questions:
        story.append(Paragraph(_("Openingsvragen"), style.heading))
        story += [scripts.para(f"{n}. {F_(q.text)}", style.body) for n, q in enumerate(checklist.opening_questions, 1)]
    section = None
    for item in checklist.items:
        if item.section != section:
            section = item.section
            story.append(scripts.para(F_(section) if section else _("Overig"), style.heading))
        row = [
            Paragraph(_marker(item), style.small),
            _item_cell(item, checklist, style),
            Paragraph(_answer_cell(item), style.small),
        ]
        table = Table([row], colWidths=[width * 0.13, width * 0.6, width * 0.27])
        table.setStyle(_ROW_STYLE)
        story.append(KeepTogether([table]))
    story += [Paragraph(_("Aantekeningen"), style.heading)]
    lines = Table([[""]] * 6, colWidths=[width], rowHeights=8 * mm)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(lines)
    footer = _("Signaal · papieren checklist {id} {version} · na invullen vertrouwelijk").format(
        id=checklist.id, version=checklist.version
    )
    return layout.render(
        story,
        title=_("Papieren checklist: {title}").format(title=F_(checklist.title)),
        footer=footer,
        language=active_locale(),
    )
