"""The statistics as CSV (long format, small cells suppressed)."""

from __future__ import annotations

import csv
import io

from app.core.i18n import N_
from app.core.registry_stats import Table, shown

STREAM_LABELS = {
    "meldingen": N_("meldingen"),
    "personen": N_("personen"),
    "anoniem": N_("niet te ontdubbelen (anoniem)"),
}


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
