"""World regions in words; the region codes and which countries they hold are part of the batch format
(app/batch/regions.py)."""

from __future__ import annotations

from app.batch.codes import UNKNOWN
from app.batch.regions import ASIA
from app.core.i18n import N_, _

LABELS = {
    "NL": N_("Nederland"),
    "EU-1995": N_("EU-1995 (zonder Nederland)"),
    "EU-2004": N_("EU-2004"),
    "EU-2007": N_("EU-2007 en later"),
    "EUROPA-OVERIG": N_("overig Europa"),
    "AFRIKA": N_("Afrika"),
    "AMERIKA": N_("Amerika"),
    ASIA: N_("Azië"),
    "OCEANIE": N_("Oceanië"),
    UNKNOWN: N_("onbekend"),
}


def region_label(region: str) -> str:
    return _(LABELS.get(region, region))
