"""The statistics as CSV (long format, small cells suppressed)."""

from __future__ import annotations

import csv
import io

from app.core.registry_labels import STREAM_LABELS
from app.core.registry_stats import Table, shown


def stats_csv(tables: list[Table], streams: dict[int, dict[str, int]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["tabel", "titel", "categorie", "jaar", "aantal"])
    for year in sorted(streams):
        for key, label in STREAM_LABELS.items():
            writer.writerow(["stromen", "Meldingen en personen", label, year, shown(streams[year][key])])
    for table in tables:
        for category, counts in table.rows:
            for year, count in zip(table.years, counts, strict=True):
                writer.writerow([table.id, table.title, category, year, shown(count)])
    return buffer.getvalue().encode("utf-8")
