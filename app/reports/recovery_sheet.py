"""A one-page sheet with the recovery code, to print and keep locked away."""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.core.formatting import long_date
from app.core.i18n import _, active_locale
from app.reports import fonts, layout, scripts


def recovery_sheet_pdf(org_name: str, grouped_code: str, today: date | None = None) -> bytes:
    style = layout.styles(active_locale(), size=11)
    code = ParagraphStyle("code", parent=style.body, fontName=fonts.MONO, fontSize=20, leading=28, alignment=TA_CENTER)
    story: list[Flowable] = [
        scripts.para(_("Herstelcode Signaal"), style.title),
        scripts.para(org_name, style.body),
        scripts.para(_("Aangemaakt op {date}").format(date=long_date(today or date.today())), style.body),
        Spacer(1, 15 * mm),
        scripts.para(grouped_code, code),
        Spacer(1, 15 * mm),
    ]
    story += [
        scripts.para(line, style.body)
        for line in (
            _("Met deze code kan een beheerder een nieuwe wachtzin instellen als iemand de zijne vergeten is."),
            _("Bewaar dit papier achter slot, apart van de laptop. Wie deze code heeft, kan de kluis openen."),
            _("Vernieuw de code (signaal recovery renew) als u denkt dat iemand anders hem heeft gezien."),
        )
    ]
    return layout.render(
        story,
        title=_("Herstelcode Signaal"),
        footer=_("Signaal · herstelcode · vertrouwelijk"),
        language=active_locale(),
    )
