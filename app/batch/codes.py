"""The code lists of ``signaal-batch/1``: the values a melding's coded fields take (docs/batch-format.md).

Every received melding is checked against these lists (``app/batch/validate.py``); a new legal value (a
generalised one, a new sector or reporter type) is added here, and in the table of docs/batch-format.md, which
``tests/batch/test_spec_conformance.py`` compares with these lists.
"""

from __future__ import annotations

UNKNOWN = "onbekend"
YES, NO = "ja", "nee"
YES_NO_UNKNOWN = (YES, NO, UNKNOWN)

AGE_BANDS = ("0-14", "15-17", "18-23", "24-30", "31-40", "41+")
_BAND_UPPER = (14, 17, 23, 30, 40)

GENDERS = ("v", "m", "x", UNKNOWN)
FORMS = ("SU", "AU", "GD", "CU", "OV")  # forms of exploitation; a melding may have none (not yet clear)
# reporter (melder) types: the four field organisation types of Signaal, and the reporters of the National
# Rapporteur's tables that may send batches too (police, KMar, Inspectie SZW, CoMensha itself, youth care)
FIELD_MELDER_TYPES = ("ggd_intake", "coa", "dtv", "health")
MELDER_TYPES = (*FIELD_MELDER_TYPES, "politie", "kmar", "inspectie_szw", "comensha", "jeugdzorg", "overig", UNKNOWN)
SIGNAL_LEVELS = ("geen_signalen", "onvolledig", "signalen_aanwezig", "sterke_signalen", UNKNOWN)

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
SECTOR_GROUP_CODES = tuple(dict.fromkeys(SECTOR_GROUPS.values()))
# what ``sector`` may hold: a sector, a sector group (after generalisation), or unknown
# Generalised values (issue 16, app/batch/hierarchies.py): wider age bands, then minor/adult, and for every
# quasi-identifier but the period a last level "onderdrukt" (generalised away).
SUPPRESSED = "onderdrukt"
WIDER_AGE_BANDS = ("0-17", "18-30", "31+")
AGE_GROUPS = ("minderjarig", "volwassen")
SECTOR_VALUES = (*SECTORS, *(g for g in SECTOR_GROUP_CODES if g not in SECTOR_GROUPS), SUPPRESSED, UNKNOWN)
AGE_BAND_VALUES = (*AGE_BANDS, *WIDER_AGE_BANDS, *AGE_GROUPS, SUPPRESSED, UNKNOWN)
GENDER_VALUES = (*GENDERS[:-1], SUPPRESSED, UNKNOWN)


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    for band, upper in zip(AGE_BANDS, _BAND_UPPER, strict=False):
        if age <= upper:
            return band
    return AGE_BANDS[-1]


def sector_group(sector: str) -> str:
    return SECTOR_GROUPS.get(sector, sector)
