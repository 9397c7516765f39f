"""Typed installation settings (stored in the vault) and organisation types."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import N_, _


class OrgType(StrEnum):
    GGD_INTAKE = "ggd_intake"  # GG&GD registration interview with sex workers
    COA = "coa"  # asylum reception
    DTV = "dtv"  # return and departure
    HEALTH = "health"  # GGD, GP, SOA clinic, hospital, dentist, mental health
    REGISTRY = "registry"  # the receiving side (CoMensha): imports batches, no interviews

    @classmethod
    def field_types(cls) -> tuple[OrgType, ...]:
        return tuple(t for t in cls if t is not cls.REGISTRY)

    @property
    def label(self) -> str:
        return _(_ORG_LABELS[self])


_ORG_LABELS = {
    OrgType.GGD_INTAKE: N_("GG&GD (registratiegesprek sekswerk)"),
    OrgType.COA: N_("COA (asielopvang)"),
    OrgType.DTV: N_("DT&V (terugkeer en vertrek)"),
    OrgType.HEALTH: N_("Zorg (GGD, huisarts, soa-poli, ziekenhuis)"),
    OrgType.REGISTRY: N_("Register (CoMensha)"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    org_name: str
    org_type: OrgType
    case_prefix: str
    idle_lock_minutes: int = 5
    retention_months: int = 24
    k_anonymity: int = 5
    org_id: str = ""  # short ASCII name in batch file names; from org_name when empty
    registry_recipient: str = ""  # the registry's age recipient (age1…), set by an admin

    @property
    def org_slug(self) -> str:
        return self.org_id or org_slug(self.org_name)


def org_slug(name: str) -> str:
    """``GGD Utrecht`` → ``ggd-utrecht``: ASCII letters and digits joined by dashes (for file names)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(words)[:40] or "org"


SETTING_BOUNDS = {
    "idle_lock_minutes": (1, 60),
    "retention_months": (1, 120),
    "k_anonymity": (2, 50),
}
