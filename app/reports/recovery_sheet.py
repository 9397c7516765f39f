"""A one-page sheet with the recovery code, to print and keep locked away."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.i18n import _


def recovery_sheet_pdf(org_name: str, grouped_code: str, today: date | None = None) -> bytes:
    rl_config.invariant = 1
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(_("Herstelcode Signaal"))
    width, height = A4
    y = height - 30 * mm
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(25 * mm, y, _("Herstelcode Signaal"))
    canvas.setFont("Helvetica", 11)
    y -= 10 * mm
    canvas.drawString(25 * mm, y, org_name)
    y -= 6 * mm
    canvas.drawString(25 * mm, y, _("Aangemaakt op {date}").format(date=(today or date.today()).isoformat()))
    y -= 20 * mm
    canvas.setFont("Courier-Bold", 22)
    canvas.drawCentredString(width / 2, y, grouped_code)
    canvas.setFont("Helvetica", 11)
    lines = [
        _("Met deze code kan een beheerder een nieuwe wachtzin instellen als iemand de zijne vergeten is."),
        _("Bewaar dit papier achter slot, apart van de laptop. Wie deze code heeft, kan de kluis openen."),
        _("Vernieuw de code (signaal recovery renew) als u denkt dat iemand anders hem heeft gezien."),
    ]
    y -= 20 * mm
    for line in lines:
        canvas.drawString(25 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
