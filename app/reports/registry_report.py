"""The registry's statistics report (PDF): streams per year, a chart, and the standard tables with small
cells suppressed."""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.disclosure import publish
from app.core.formatting import date_time
from app.core.generalised_labels import generalised_note
from app.core.i18n import _, active_locale
from app.core.registry_labels import STREAM_LABELS, category_label
from app.core.registry_stats import SMALL_CELL, shown
from app.core.registry_stats import Table as StatTable
from app.reports import fonts, layout

_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]
)


def _bar_chart(streams: dict[int, dict[str, int]]) -> Drawing:
    years = sorted(streams)
    drawing = Drawing(170 * mm, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, 150 * mm, 42 * mm
    chart.data = [[streams[y]["meldingen"] for y in years], [streams[y]["personen"] for y in years]]
    chart.categoryAxis.categoryNames = [str(y) for y in years]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = colors.HexColor("#7a9cc6"), colors.HexColor("#2e5a87")
    drawing.add(chart)
    return drawing


def registry_report_pdf(
    org_name: str, created: datetime, tables: list[StatTable], streams: dict[int, dict[str, int]]
) -> bytes:
    style = layout.styles(active_locale())
    body, title, heading = style.body, style.title, style.heading
    years = sorted(streams)
    story = [
        Paragraph(_("Statistiek van gemelde signalen van mensenhandel"), title),
        Paragraph(f"{org_name} · {date_time(created)}", body),
        Paragraph(
            _(
                "In de tabellen zijn aantallen van 1 tot en met {n}, en aantallen waaruit die af te leiden zijn,"
                " weergegeven als ‘x’; in de stromen als ‘&lt;{m}’."
            ).format(n=SMALL_CELL - 1, m=SMALL_CELL),
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(_("Meldingen (licht) en personen (donker) per jaar"), heading),
        _bar_chart(streams),
    ]
    rows = [[""] + [str(y) for y in years]]
    rows += [[_(label)] + [shown(streams[y][key]) for y in years] for key, label in STREAM_LABELS.items()]
    story += [Table(rows, style=_GRID, hAlign="LEFT"), Spacer(1, 5 * mm)]
    for table in publish(tables):
        data = [[""] + [str(y) for y in table.years]]
        data += [[category_label(table.id, category), *cells] for category, cells in table.rows]
        story.append(
            KeepTogether(
                [
                    Paragraph(table.title, heading),
                    Spacer(1, 1 * mm),
                    Table(data, style=_GRID, hAlign="LEFT", repeatRows=1),
                    *([Paragraph(note, body)] if (note := generalised_note(table.years, table.generalised)) else []),
                    Spacer(1, 4 * mm),
                ]
            )
        )
    return layout.render(
        story,
        title=_("Statistiek mensenhandel"),
        footer=_("Signaal · statistiek · kleine aantallen onderdrukt"),
        language=active_locale(),
    )
