"""Realistic anonymous meldingen for 2011, drawn from the published marginals of seed 002 (*Mensenhandel –
Negende rapportage van de Nationaal rapporteur*, 2013; file /work/shared/seeds/002_30d2b0328e6ecf88.txt;
``002:L`` below is a line of that file; domain notes in seeds-registration.md §3.3).

Three populations, each with the marginals of its own tables (the joint distribution is not published: the
fields are paired at random, which is harder for anonymisation than the real, correlated data):

* **DT&V** (one organisation, 45 persons): Tabel B3.1 ``002:14103`` (45 in 2011); B3.2 gender ``002:14121``
  (32 v, 13 m); B3.3 age bands ``002:14138`` (1, 2, 22, 11, 3, 6; the 0-14 cell is "13" = 1 with footnote 3);
  B3.4 nationality, 2011 column ``002:14168-14321`` (Guinea 9, Nigeria 7, …, unknown 3); B3.5 aangifte
  ``002:14333-14337`` (30 / 9 / 6). DT&V does not record a sector: drawn as for CoMensha (below).
* **IOM** (one organisation, 36 persons): B4.1 ``002:14438``; B4.2 ``002:14460`` (36 v); B4.3 ``002:14479``
  (15-17: 1, 18-23: 20, 24-30: 10, 31-40: 5); B4.4, 2011 column ``002:14499-14616`` (HU 13, BG 11, RO 4,
  ID 2, NG 2, CU, EE, SK, CZ 1); B4.5 ``002:14634-14641`` (sexual exploitation 26, unknown 10).
* **CoMensha** (851 anonymous meldingen, spread evenly at random over 10 organisations; 851 is the
  issue's figure, 1,222 registrations in 2011 ``002:8580`` less the ones with a name): nationality and minors
  from Tabel 2.2 ``002:8558-8580`` (Dutch 337 of whom 131 minors, Nigerian 134 / 6, Guinean 58 / 16, other
  693 / 42); of the others 356 from the EU-2004/2007 states ``002:9737`` (split as IOM's B4.4 totals
  ``002:14499-14616``), African ≈ 29 % of all ``002:9667`` (the other African countries as DT&V's B3.4
  totals), the rest as DT&V's other nationalities and unknown (6 %, ``002:14321``); sector: EU-2004/2007
  victims 185 sexual, 155 other, 16 not (yet) worked or unknown ``002:9737-9741``; 250 outside the sex
  industry in all, mostly agriculture ``002:3674-3675``; gender: 19 % male ``002:9581``, 93 % female in the
  sex industry ``002:1841``; adult age bands: DT&V and IOM totals pooled ``002:14140``, ``002:14483`` (18-23
  is the largest group, as CoMensha's ``002:9577-9579``).

Months are uniform over 2011 (no monthly table is published).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.batch.codes import UNKNOWN
from app.batch.hierarchies import minor_of_band
from app.batch.schema import Facts

_DTV_NATIONALITY = {  # B3.4, 2011 column (002:14168-14321)
    "GN": 9, "NG": 7, "CN": 3, "UG": 3, "SL": 3, "SR": 3, "GH": 2, "ML": 2, "MA": 2, "AO": 1, "BA": 1,
    "EG": 1, "GM": 1, "CD": 1, "NE": 1, "SC": 1, "ZM": 1, UNKNOWN: 3,
}  # fmt: skip
_IOM_NATIONALITY = {"HU": 13, "BG": 11, "RO": 4, "ID": 2, "NG": 2, "CU": 1, "EE": 1, "SK": 1, "CZ": 1}  # B4.4 2011
_CEE = {"HU": 52, "BG": 40, "RO": 29, "SK": 4, "LT": 2, "CZ": 2, "PL": 1, "LV": 1, "EE": 1}  # B4.4 totals
_AFRICA_OTHER = {  # B3.4 totals of the African countries other than NG and GN
    "SL": 11, "GH": 7, "CD": 5, "CM": 3, "UG": 3, "AO": 2, "GM": 2, "ML": 2, "MA": 2, "BJ": 1, "GQ": 1,
    "ER": 1, "EG": 1, "CI": 1, "LR": 1, "MG": 1, "NE": 1, "SC": 1, "SO": 1, "TG": 1, "ZM": 1,
}  # fmt: skip
_REST = {  # B3.4 totals of the other nationalities, IOM's Pakistani case (B4.4) and unknown
    "CN": 21, "MN": 6, "PK": 8, "IN": 4, "SR": 3, "IQ": 2, "IR": 1, "MY": 1, "TW": 1, "DO": 1, "VE": 1,
    "AL": 1, "AM": 1, "BA": 1, "XK": 1, "BR": 1, "PH": 1, "TH": 1, "RU": 1, "RS": 1, UNKNOWN: 8,
}  # fmt: skip
_UBS_SECTORS = {  # outside the sex industry, "mostly agriculture" (002:3674-3675); the rest spread
    "land_tuinbouw": 40, "horeca": 12, "voedselverwerking": 10, "bouw": 8, "schoonmaak": 8, "huishoudelijk": 7,
    "transport": 5, "uitzend": 4, "criminaliteit": 3, "bedelen": 2, "detailhandel": 1,
}  # fmt: skip
_ADULT_AGES = {"18-23": 54 + 85, "24-30": 38 + 44, "31-40": 20 + 19, "41+": 13 + 3}  # 002:14140 + 002:14483
_MINOR_AGES = {"0-14": 4, "15-17": 10 + 14}


@dataclass
class Org:
    name: str
    records: list[tuple[str, Facts]] = field(default_factory=list)


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _exact(rng: random.Random, counts: dict[str, int]) -> list[str]:
    values = [value for value, n in counts.items() for _ in range(n)]
    rng.shuffle(values)
    return values


def facts(period: str, age_band: str, gender: str, nationality: str, sector: str, melder: str) -> Facts:
    return Facts(
        period=period,
        age_band=age_band,
        gender=gender,
        nationality=nationality,
        sector=sector,
        forms=("SU",) if sector == "prostitutie" else (("AU",) if sector != UNKNOWN else ()),
        minor=minor_of_band(age_band),
        aangifte=UNKNOWN,
        bedenktijd=UNKNOWN,
        shelter_need=UNKNOWN,
        interpreter="nee",
        signal_level="signalen_aanwezig",
        melder_type=melder,
        checklist_version="",
    )


def _month(rng: random.Random) -> str:
    return f"2011-{rng.randint(1, 12):02d}"


def _sector(rng: random.Random, nationality: str) -> str:
    if nationality in _CEE:  # 185 sexual, 155 other, 16 not worked or unknown (002:9737-9741)
        kind = rng.choices(("su", "ubs", "?"), weights=(185, 155, 16))[0]
    else:  # 250 - 155 = 95 outside the sex industry among the other 866
        kind = rng.choices(("su", "ubs"), weights=(866 - 95, 95))[0]
    return {"su": "prostitutie", "?": UNKNOWN}.get(kind) or _pick(rng, _UBS_SECTORS)


def _gender(rng: random.Random, sector: str) -> str:
    male = 0.07 if sector == "prostitutie" else 0.65  # 93 % female in the sex industry; 19 % male overall
    return "m" if rng.random() < male else "v"


def dtv(rng: random.Random) -> Org:
    genders = _exact(rng, {"v": 32, "m": 13})
    ages = _exact(rng, {"0-14": 1, "15-17": 2, "18-23": 22, "24-30": 11, "31-40": 3, "41+": 6})
    nationalities = _exact(rng, _DTV_NATIONALITY)
    org = Org("dtv")
    for n, (gender, age, nationality) in enumerate(zip(genders, ages, nationalities, strict=True)):
        record = facts(_month(rng), age, gender, nationality, _sector(rng, nationality), "dtv")
        org.records.append((f"dtv-{n}", record))
    return org


def iom(rng: random.Random) -> Org:
    ages = _exact(rng, {"15-17": 1, "18-23": 20, "24-30": 10, "31-40": 5})
    nationalities = _exact(rng, _IOM_NATIONALITY)
    sectors = _exact(rng, {"prostitutie": 26, UNKNOWN: 10})
    org = Org("iom")
    for n, (age, nationality, sector) in enumerate(zip(ages, nationalities, sectors, strict=True)):
        org.records.append((f"iom-{n}", facts(_month(rng), age, "v", nationality, sector, "health")))
    return org


def _comensha_person(rng: random.Random) -> tuple[str, str]:
    """Nationality and whether a minor, Tabel 2.2 (002:8558-8580) and the splits of the docstring."""
    group = rng.choices(("NL", "NG", "GN", "other"), weights=(337, 134, 58, 693))[0]
    minor_share = {"NL": 131 / 337, "NG": 6 / 134, "GN": 16 / 58, "other": 42 / 693}[group]
    if group == "other":  # 356 CEE, 162 other African (29 % of 1,222 less NG and GN), the rest
        kind = rng.choices(("cee", "africa", "rest"), weights=(356, 162, 693 - 356 - 162))[0]
        group = _pick(rng, {"cee": _CEE, "africa": _AFRICA_OTHER, "rest": _REST}[kind])
    return group, _pick(rng, _MINOR_AGES if rng.random() < minor_share else _ADULT_AGES)


def comensha(rng: random.Random, count: int = 851, organisations: int = 10) -> list[Org]:
    orgs = [Org(f"org-{n:02d}") for n in range(organisations)]
    melders = ("ggd_intake", "coa", "health")
    for n in range(count):
        nationality, age = _comensha_person(rng)
        sector = _sector(rng, nationality)
        org = rng.randrange(organisations)
        record = facts(_month(rng), age, _gender(rng, sector), nationality, sector, melders[org % 3])
        orgs[org].records.append((f"cm-{n}", record))
    return orgs


def population(seed: int = 2011) -> dict[str, list[Org]]:
    rng = random.Random(seed)
    return {"DT&V": [dtv(rng)], "IOM": [iom(rng)], "CoMensha": comensha(rng)}


# --- exporting a year: monthly or yearly, held-back meldingen wait for the next export ---------------------

Checker = Callable[[Sequence[tuple[str, Facts]], Sequence[Facts], int], list[tuple[str, Facts | None, float]]]
"""(batch, history as released, k) → per melding: uuid, released facts or None when held back, its loss."""


@dataclass
class YearResult:
    total: int = 0
    held_at_end: int = 0  # never sent in 2011
    delayed: int = 0  # held back at least once, sent later
    loss: float = 0.0  # summed over all meldingen (a never-sent one counts 1)
    released: dict[str, list[Facts]] = field(default_factory=dict)  # per organisation, all its batches

    @property
    def held_share(self) -> float:
        return self.held_at_end / self.total if self.total else 0.0

    @property
    def mean_loss(self) -> float:
        return self.loss / self.total if self.total else 0.0


def export_year(orgs: Sequence[Org], checker: Checker, *, monthly: bool, k: int = 5) -> YearResult:
    result = YearResult()
    for org in orgs:
        history: list[Facts] = []
        waiting: list[tuple[str, Facts]] = []
        seen_held: set[str] = set()
        periods = [f"2011-{m:02d}" for m in range(1, 13)] if monthly else ["2011"]
        for period in periods:
            batch = waiting + [r for r in org.records if r[1].period.startswith(period)]
            waiting = []
            for (uuid, original), (_uuid, released, loss) in zip(batch, checker(batch, history, k), strict=True):
                if released is None:
                    waiting.append((uuid, original))
                    seen_held.add(uuid)
                else:
                    history.append(released)
                    result.loss += loss
                    result.delayed += uuid in seen_held
        result.total += len(org.records)
        result.held_at_end += len(waiting)
        result.loss += len(waiting)
        result.released[org.name] = history
    return result
