"""Category codes of the statistics tables in words, for the window and the PDF (the CSV keeps the codes)."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.checklists.model import ExploitationForm
from app.core.formatting import country_name
from app.core.generalised_labels import GENERALISED_ROWS, table_id_field, value_label
from app.core.i18n import N_, _
from app.core.regions import LABELS as REGION_LABELS
from app.core.settings import OrgType

_UNKNOWN = {"onbekend": N_("onbekend")}
_YES_NO = {"ja": N_("ja"), "nee": N_("nee"), **_UNKNOWN}
_BY_TABLE: Mapping[str, Mapping[str, str]] = {
    "totaal": {"totaal": N_("totaal")},
    "gender": {"v": N_("vrouw"), "m": N_("man"), "x": N_("anders / non-binair"), **_UNKNOWN},
    "leeftijd": _UNKNOWN,
    "minderjarig": _YES_NO,
    "opvang": _YES_NO,
    "aangifte": {
        "gedaan": N_("aangifte gedaan"),
        "anderszins": N_("anderszins meegewerkt"),
        "niet": N_("geen aangifte"),
        **_UNKNOWN,
    },
    "bedenktijd": {
        "aangeboden": N_("aangeboden"),
        "niet_aangeboden": N_("niet aangeboden"),
        "nvt": N_("niet van toepassing"),
        **_UNKNOWN,
    },
    "sector": {
        "seksindustrie": N_("seksindustrie"),
        "land_tuinbouw": N_("land- en tuinbouw"),
        "horeca": N_("horeca"),
        "huishoudelijk": N_("huishoudelijk werk"),
        "industrie_bouw_schoonmaak": N_("industrie, bouw en schoonmaak"),
        "transport": N_("transport"),
        "handel_diensten": N_("handel en diensten"),
        "crimineel_bedelen": N_("criminele activiteiten en bedelen"),
        "overig": N_("overig"),
        **_UNKNOWN,
    },
    "vier_vormen": {"?": N_("onbekend")},
}
_BASIS = {"consent": N_("met toestemming"), "anonymous": N_("anoniem")}
_REPORTERS = {  # reporter types that are no Signaal field organisation type
    "politie": N_("politie"),
    "kmar": N_("KMar"),
    "inspectie_szw": N_("Inspectie SZW"),
    "comensha": N_("CoMensha"),
    "jeugdzorg": N_("jeugdzorg"),
    "overig": N_("overige melder"),
}
# the two tables whose words each part of a cross-table's ``a / b`` category takes
_CROSS = {
    "nationaliteit_minderjarig": ("nationaliteit", "minderjarig"),
    "vorm_gender": ("vorm", "gender"),
    "vorm_leeftijd": ("vorm", "leeftijd"),
    "melder_vorm": ("melder", "vorm"),
}
STREAM_LABELS = {  # the per-year streams; the CSV writes them untranslated, the window and the PDF translate them
    "meldingen": N_("meldingen"),
    "personen": N_("personen"),
    "anoniem": N_("niet te ontdubbelen (anoniem)"),
}


def _org_type(code: str) -> str:
    try:
        return OrgType(code).label
    except ValueError:
        return _(_REPORTERS.get(code) or _UNKNOWN.get(code, code))


def category_label(table_id: str, code: str) -> str:
    """``("gender", "v")`` → ``vrouw``; a generalised value in its own words (``AFRIKA`` → "Afrika (alleen
    regio bekend)"); a cross-table cell as both labels; unknown codes are shown as they are."""
    if table_id in _CROSS:
        first, _sep, second = code.partition(" / ")
        return f"{category_label(_CROSS[table_id][0], first)} / {category_label(_CROSS[table_id][1], second)}"
    generalised = GENERALISED_ROWS.get(table_id)
    if generalised is not None and generalised(code):
        return value_label(table_id_field(table_id), code)
    if table_id == "vorm":
        return ExploitationForm(code).label if code in {f.value for f in ExploitationForm} else _("onbekend")
    if table_id == "nationaliteit":
        return (
            _(REGION_LABELS[code])
            if code in REGION_LABELS
            else country_name(code)
            if code != "onbekend"
            else _("onbekend")
        )
    if table_id == "melder":
        return _org_type(code)
    if table_id == "melder_basis":
        melder, _sep, basis = code.partition(" / ")
        return f"{_org_type(melder)} / {_(_BASIS.get(basis, basis))}"
    labels = _BY_TABLE.get(table_id, {})
    return _(labels[code]) if code in labels else code
