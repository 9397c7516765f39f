"""Record linkage for consent meldingen: normalised names and dates, and what makes two records a
candidate duplicate. Candidates go to a reviewer; nothing is ever merged silently."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from app.core.i18n import N_, _

NAME_SIMILARITY = 0.85
REASONS = {
    "same_key": N_("zelfde naam en geboortedatum"),
    "name_typo": N_("naam lijkt sterk (typfout of andere schrijfwijze)"),
    "swapped_date": N_("dag en maand van de geboortedatum verwisseld"),
}


def reason_label(code: str) -> str:
    return _(REASONS.get(code, code))


def normalise_name(given: str, family: str) -> str:
    """Lower case, accents and punctuation removed, name parts sorted (order of names varies)."""
    text = unicodedata.normalize("NFKD", f"{given} {family}")
    plain = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return " ".join(sorted(words))


def linkage_input(name_key: str, birth_date: str | None, nationality: str | None) -> bytes:
    """What the registry's keyed hash is computed over."""
    return f"signaal:linkage:v1|{name_key}|{birth_date or '?'}|{nationality or '?'}".encode()


def swapped(birth_date: str) -> str | None:
    """The same date with day and month swapped, when that is a different, valid date."""
    try:
        day = date.fromisoformat(birth_date)
        other = date(day.year, day.day, day.month)
    except ValueError:
        return None
    return other.isoformat() if other != day else None


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


@dataclass(frozen=True, slots=True)
class LinkRecord:
    uuid: str
    linkage_key: str
    name_key: str
    birth_date: str | None


def candidate_reasons(new: LinkRecord, old: LinkRecord) -> tuple[float, list[str]]:
    """A score (0..1) and reason codes when two consent meldingen may be the same person; (0, []) if not."""
    if new.linkage_key == old.linkage_key:
        return 1.0, ["same_key"]
    if not new.birth_date or not old.birth_date:
        return 0.0, []
    same_date = new.birth_date == old.birth_date
    flipped = swapped(new.birth_date) == old.birth_date
    if not (same_date or flipped):
        return 0.0, []
    score = similarity(new.name_key, old.name_key)
    if score < NAME_SIMILARITY:
        return 0.0, []
    reasons = (["name_typo"] if new.name_key != old.name_key else []) + (["swapped_date"] if flipped else [])
    return round(score * (0.9 if flipped else 1.0), 3), reasons
