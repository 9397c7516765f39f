"""Words for generalisation: the fields and levels of the hierarchies (app/batch/hierarchies.py), as the export
preview names them, and the rows the registry's tables give a generalised value, so that a generalised
value is counted in a row of its own ("Afrika (alleen regio bekend)") and never as a wrong exact value."""

from __future__ import annotations

from collections.abc import Callable

from app.batch.codes import UNKNOWN
from app.batch.hierarchies import ADULT, MINOR, SUPPRESSED, is_generalised, level_of
from app.batch.regions import region_of
from app.core.i18n import N_, _
from app.core.regions import region_label

FIELD_LABELS = {
    "period": N_("periode"),
    "age_band": N_("leeftijd"),
    "gender": N_("gender"),
    "nationality": N_("nationaliteit"),
    "sector": N_("sector"),
    "minor": N_("minderjarig"),
}
LEVEL_LABELS: dict[str, tuple[str, ...]] = {
    "period": (N_("maand"), N_("kwartaal"), N_("halfjaar"), N_("jaar")),
    "age_band": (N_("leeftijdsband"), N_("bredere band"), N_("minderjarig/volwassen"), N_("onderdrukt")),
    "gender": (N_("gender"), N_("onderdrukt")),
    "nationality": (N_("land"), N_("regio"), N_("NL/EU/niet-EU"), N_("NL/niet-NL"), N_("onderdrukt")),
    "sector": (N_("sector"), N_("sectorgroep"), N_("onderdrukt")),
}


def field_label(field: str) -> str:
    return _(FIELD_LABELS.get(field, field))


def level_label(field: str, level: int) -> str:
    return _(LEVEL_LABELS[field][level])


_COARSE_NATIONALITY = {
    "EU": N_("EU, niet Nederland (alleen EU bekend)"),
    "NIET-EU": N_("buiten de EU (alleen niet-EU bekend)"),
    "NIET-NL": N_("niet Nederlands (verder onbekend)"),
}
_AGE = {
    "0-17": N_("0-17 (band onbekend)"),
    "18-30": N_("18-30 (band onbekend)"),
    "31+": N_("31+ (band onbekend)"),
    MINOR: N_("minderjarig, leeftijd onbekend"),
    ADULT: N_("volwassen, leeftijd onbekend"),
}
_PERIOD = (N_("{year} (maand onbekend)"), N_("{year} (kwartaal bekend, maand onbekend)"))


def value_label(field: str, value: str) -> str:
    """The row a received value is counted in: the value itself when exact, its own words when generalised."""
    if value == SUPPRESSED:
        return _("onderdrukt (bij export weggelaten)")
    if not is_generalised(field, value):
        return value
    if field == "nationality":
        if value in _COARSE_NATIONALITY:
            return _(_COARSE_NATIONALITY[value])
        return _("{region} (alleen regio bekend)").format(region=region_label(value))
    if field == "age_band":
        return _(_AGE[value]) if value in _AGE else value
    if field == "sector":
        return _("{group} (alleen sectorgroep bekend)").format(group=value)
    if field == "period":
        return _(_PERIOD[level_of(field, value) == 1]).format(year=value[:4])
    return value


def region_row(nationality: str) -> str:
    """The region-of-origin row of a nationality as received: a country's region, a region itself, or the
    coarser value's own row (never a wrong region)."""
    if nationality == SUPPRESSED or nationality in _COARSE_NATIONALITY:
        return value_label("nationality", nationality)
    return region_label(region_of(nationality) if nationality != UNKNOWN else UNKNOWN)


_TABLE_FIELDS = {"gender": "gender", "leeftijd": "age_band", "nationaliteit": "nationality", "sector": "sector"}
# Per statistics table (app/core/registry_stats.py): which of its row codes are generalised values, to be
# named as such. The sector table's rows are sector groups by design; only a suppressed sector is named.
GENERALISED_ROWS: dict[str, Callable[[str], bool]] = {
    "gender": lambda code: code == SUPPRESSED,
    "leeftijd": lambda code: is_generalised("age_band", code),
    "nationaliteit": lambda code: is_generalised("nationality", code),
    "sector": lambda code: code == SUPPRESSED,
}


def table_id_field(table_id: str) -> str:
    return _TABLE_FIELDS.get(table_id, table_id)


def generalised_note(years: tuple[int, ...], generalised: tuple[int, ...]) -> str:
    """How many records a table counted with a generalised value, per year ("" when none)."""
    from app.core.registry_stats import shown  # here: registry_stats imports this module

    parts = [f"{year}: {shown(count)}" for year, count in zip(years, generalised, strict=False) if count]
    if not parts:
        return ""
    return _("Waarvan gegeneraliseerd ontvangen (in eigen rijen geteld): {counts}.").format(counts=", ".join(parts))
