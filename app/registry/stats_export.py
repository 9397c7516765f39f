"""The statistics as CSV (long format; small cells suppressed, and secondary cells: app/core/disclosure.py)."""

from __future__ import annotations

import csv
import io

from app.core.disclosure import publish
from app.core.registry_labels import STREAM_LABELS
from app.core.registry_stats import Table, shown

GENERALISED_ROW = "waarvan gegeneraliseerd ontvangen"


def stats_csv(tables: list[Table], streams: dict[int, dict[str, int]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["tabel", "titel", "categorie", "jaar", "aantal"])
    for year in sorted(streams):
        for key, label in STREAM_LABELS.items():
            writer.writerow(["stromen", "Meldingen en personen", label, year, shown(streams[year][key])])
    for table in publish(tables):
        for category, cells in table.rows:
            for year, cell in zip(table.years, cells, strict=True):
                writer.writerow([table.id, table.title, category, year, cell])
        for year, count in zip(table.years, table.generalised, strict=False):
            if count:  # how many records the table counted with a generalised value (small counts hidden)
                writer.writerow([table.id, table.title, GENERALISED_ROW, year, shown(count)])
    return buffer.getvalue().encode("utf-8")
