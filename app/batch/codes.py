"""The code lists of ``signaal-batch/1``: the values a melding's coded fields take (docs/batch-format.md).

``Facts.from_json`` is where values will be checked against these lists (a later tightening); today the
exporter writes only these values and the registry stores what it receives.
"""

from __future__ import annotations

UNKNOWN = "onbekend"
YES, NO = "ja", "nee"
YES_NO_UNKNOWN = (YES, NO, UNKNOWN)

AGE_BANDS = ("0-14", "15-17", "18-23", "24-30", "31-40", "41+")
_BAND_UPPER = (14, 17, 23, 30, 40)

GENDERS = ("v", "m", "x", UNKNOWN)
FORMS = ("SU", "AU", "GD", "CU", "OV")  # forms of exploitation; a melding may have none (not yet clear)
MELDER_TYPES = ("ggd_intake", "coa", "dtv", "health")
SIGNAL_LEVELS = ("geen_signalen", "onvolledig", "signalen_aanwezig", "sterke_signalen")

AANGIFTE_GEDAAN, AANGIFTE_ANDERSZINS, AANGIFTE_NIET = "gedaan", "anderszins", "niet"
AANGIFTE = (AANGIFTE_GEDAAN, AANGIFTE_ANDERSZINS, AANGIFTE_NIET, UNKNOWN)
BEDENKTIJD_AANGEBODEN, BEDENKTIJD_NIET_AANGEBODEN, BEDENKTIJD_NVT = "aangeboden", "niet_aangeboden", "nvt"
BEDENKTIJD = (BEDENKTIJD_AANGEBODEN, BEDENKTIJD_NIET_AANGEBODEN, BEDENKTIJD_NVT, UNKNOWN)

SECTOR_GROUPS = {
    "prostitutie": "seksindustrie",
    "land_tuinbouw": "land_tuinbouw",
    "horeca": "horeca",
    "huishoudelijk": "huishoudelijk",
    "bouw": "industrie_bouw_schoonmaak",
    "schoonmaak": "industrie_bouw_schoonmaak",
    "voedselverwerking": "industrie_bouw_schoonmaak",
    "transport": "transport",
    "binnenvaart": "transport",
    "detailhandel": "handel_diensten",
    "beauty": "handel_diensten",
    "uitzend": "overig",
    "anders": "overig",
    "bedelen": "crimineel_bedelen",
    "criminaliteit": "crimineel_bedelen",
}
SECTORS = tuple(SECTOR_GROUPS)


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    for band, upper in zip(AGE_BANDS, _BAND_UPPER, strict=False):
        if age <= upper:
            return band
    return AGE_BANDS[-1]


def sector_group(sector: str) -> str:
    return SECTOR_GROUPS.get(sector, sector)
