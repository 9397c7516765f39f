"""World regions as the National Rapporteur groups nationalities (seeds-registration.md §3.1 #10): after
generalisation a melding's ``nationality`` is one of these region codes instead of an ISO 3166 code."""

from __future__ import annotations

from app.batch.codes import UNKNOWN

_MEMBERS = {
    "NL": "NL",
    "EU-1995": "AT BE DE DK ES FI FR GB GR IE IT LU PT SE",
    "EU-2004": "CY CZ EE HU LT LV MT PL SI SK",
    "EU-2007": "BG HR RO",
    "EUROPA-OVERIG": "AD AL AM AZ BA BY CH FO GE GI IS LI MC MD ME MK NO RS RU SM TR UA VA XK",
    "AFRIKA": (
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW "
        "MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW"
    ),
    "AMERIKA": (
        "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY LC "
        "MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI"
    ),
    "OCEANIE": "AS AU CK FJ FM GU KI MH MP NC NR NU NZ PF PG PW SB TK TO TV VU WF WS",
}
_REGION_OF = {code: region for region, codes in _MEMBERS.items() for code in codes.split()}
ASIA = "AZIE"  # every country not listed above
REGIONS = ("NL", "EU-1995", "EU-2004", "EU-2007", "EUROPA-OVERIG", "AFRIKA", "AMERIKA", ASIA, "OCEANIE", UNKNOWN)
EU_REGIONS = ("EU-1995", "EU-2004", "EU-2007")  # EU membership as the NRM tables of the period count it
# Coarser than a region (app/batch/hierarchies.py): Eurostat's split into nationals, other EU citizens and
# non-EU citizens; then Dutch or not; then suppressed. None of these is an ISO 3166 country (EU is reserved).
EU_SPLIT = ("NL", "EU", "NIET-EU")
NL_SPLIT = ("NL", "NIET-NL")
COARSER = ("EU", "NIET-EU", "NIET-NL", "onderdrukt")


def region_of(country: str | None) -> str:
    """The region of an ISO 3166 country code; a region code, or a coarser code, maps to itself; Asia is the
    rest."""
    if not country or country == UNKNOWN:
        return UNKNOWN
    if country in REGIONS or country in COARSER:
        return country
    return _REGION_OF.get(country.upper(), ASIA)
