"""The export receipt: what a batch contains, exactly as it leaves the device, with the fingerprints to
compare. Before writing it is a preview (no batch number yet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from app.batch.schema import Melding
from app.core.formatting import date_time
from app.core.i18n import _, active_locale
from app.reports import layout

COLUMNS = ("uuid", "status", "basis", "period", "age_band", "gender", "nationality", "sector", "forms", "signal_level")


@dataclass(frozen=True, slots=True)
class BatchInfo:
    file_name: str
    batch_id: str
    sequence: int
    age_sha256: str


def receipt_pdf(
    *,
    org_name: str,
    created: datetime,
    meldingen: list[Melding],
    org_key: str,
    recipient_fp: str,
    batch: BatchInfo | None = None,
) -> bytes:
    style = layout.styles(active_locale())
    body, title = style.body, style.title
    small = ParagraphStyle("tiny", parent=body, fontSize=7, leading=9)
    story = [
        Paragraph(_("Exportbewijs meldingen") if batch else _("Voorbeeld export (nog niet geschreven)"), title),
        Spacer(1, 4 * mm),
        Paragraph(f"{org_name} · {date_time(created)}", body),
        Paragraph(_("Sleutel van de organisatie: {key}").format(key=org_key), body),
        Paragraph(_("Vingerafdruk ontvanger: {fp}").format(fp=recipient_fp), body),
    ]
    if batch is not None:
        story += [
            Paragraph(_("Bestand: {name} (volgnummer {seq})").format(name=batch.file_name, seq=batch.sequence), body),
            Paragraph(_("Batch-id: {id}").format(id=batch.batch_id), body),
            Paragraph(f"SHA-256: {batch.age_sha256}", small),
        ]
    story += [Spacer(1, 3 * mm), Paragraph(_("{n} meldingen").format(n=len(meldingen)), body), Spacer(1, 2 * mm)]
    rows = [[Paragraph(c, small) for c in COLUMNS]]
    for melding in meldingen:
        doc = melding.to_json()
        row = [str(doc.get(c, "")) if not isinstance(doc.get(c), list) else ", ".join(doc[c]) for c in COLUMNS]  # type: ignore[arg-type]
        row[0] = row[0][:8]
        rows.append([Paragraph(cell, small) for cell in row])
        person = doc.get("person")
        if isinstance(person, dict):
            text = _("met toestemming: {values}").format(values=", ".join(f"{k}={v}" for k, v in person.items() if v))
            rows.append([Paragraph("", small), Paragraph(text, small)] + [Paragraph("", small)] * (len(COLUMNS) - 2))
    table = Table(rows, repeatRows=1)
    table.setStyle(layout.GRID)
    story.append(table)
    return layout.render(
        story,
        title=_("Exportbewijs meldingen"),
        pagesize=landscape(A4),
        footer=_("Signaal · exportbewijs · zonder namen, tenzij met schriftelijke toestemming"),
        language=active_locale(),
    )
