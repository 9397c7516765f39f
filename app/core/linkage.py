"""Record linkage for consent meldingen: normalised names and dates, and what makes two records a
candidate duplicate. Candidates go to a reviewer; nothing is ever merged silently.

The rule (docs/registry.md, "Duplicates"): block on the date of birth (the same, or day and month swapped) or
on the keyed hash of name and date; within a block, two records are a candidate when their names are alike
by Jaro-Winkler or by token measures (rapidfuzz), on the names as written or on their transliteration
skeleton. Nationality is a score component, never part of the key: a different or unknown nationality
lowers the score and is named as a reason, it never hides a candidate."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import JaroWinkler
from rapidfuzz.fuzz import token_set_ratio, token_sort_ratio

from app.core.i18n import N_, _

NAME_SIMILARITY = 0.88
UNKNOWN = "onbekend"
REASONS = {
    "same_key": N_("zelfde naam en geboortedatum"),
    "name_typo": N_("naam lijkt sterk (typfout of andere schrijfwijze)"),
    "swapped_date": N_("dag en maand van de geboortedatum verwisseld"),
    "nationality_differs": N_("andere nationaliteit"),
    "nationality_unknown": N_("nationaliteit bij één van beide onbekend"),
}
# Latin spellings of one Cyrillic or Arabic name differ in these letters; the skeleton writes them alike
_SPELLINGS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "h"),
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("w", "v"),
    ("q", "k"),
    ("c", "k"),
    ("g", "h"),
    ("x", "ks"),
)
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"(?<=.)[aeiou]")


def reason_label(code: str) -> str:
    return _(REASONS.get(code, code))


def normalise_name(given: str, family: str) -> str:
    """Lower case, accents and punctuation removed, name parts sorted (order of names varies)."""
    text = unicodedata.normalize("NFKD", f"{given} {family}")
    plain = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return " ".join(sorted(words))


def skeleton(name_key: str) -> str:
    """A transliteration skeleton: spelling variants written alike, doubled letters once, and the vowels after
    each word's first letter left out (``mohammed``, ``muhammad`` → ``mhmd``)."""
    words = []
    for word in name_key.split():
        for written, said in _SPELLINGS:
            word = word.replace(written, said)
        words.append(_VOWELS.sub("", _DOUBLE.sub(r"\1", word)))
    return " ".join(sorted(words))


def linkage_input(name_key: str, birth_date: str | None) -> bytes:
    """What the registry's keyed hash is computed over: the blocking key (name and date; no nationality)."""
    return f"signaal:linkage:v2|{name_key}|{birth_date or '?'}".encode()


def swapped(birth_date: str) -> str | None:
    """The same date with day and month swapped, when that is a different, valid date."""
    try:
        day = date.fromisoformat(birth_date)
        other = date(day.year, day.day, day.month)
    except ValueError:
        return None
    return other.isoformat() if other != day else None


def similarity(a: str, b: str) -> float:
    """How alike two normalised names are (0..1): the best of Jaro-Winkler and the token measures, on the
    names as written and on their skeletons."""
    written = max(JaroWinkler.similarity(a, b), token_sort_ratio(a, b) / 100, token_set_ratio(a, b) / 100)
    return max(written, JaroWinkler.similarity(skeleton(a), skeleton(b)) * 0.98)


@dataclass(frozen=True, slots=True)
class LinkRecord:
    uuid: str
    linkage_key: str
    name_key: str
    birth_date: str | None
    nationality: str = UNKNOWN


def _nationality(new: LinkRecord, old: LinkRecord) -> tuple[float, list[str]]:
    if UNKNOWN in (new.nationality, old.nationality):
        return (0.95, ["nationality_unknown"]) if new.nationality != old.nationality else (1.0, [])
    return (0.9, ["nationality_differs"]) if new.nationality != old.nationality else (1.0, [])


def candidate_reasons(new: LinkRecord, old: LinkRecord) -> tuple[float, list[str]]:
    """A score (0..1) and reason codes when two consent meldingen may be the same person; (0, []) if not."""
    weight, nationality = _nationality(new, old)
    if new.linkage_key == old.linkage_key:
        return round(weight, 3), ["same_key", *nationality]
    if not new.birth_date or not old.birth_date:
        return 0.0, []
    flipped = new.birth_date != old.birth_date and swapped(new.birth_date) == old.birth_date
    if not (new.birth_date == old.birth_date or flipped):
        return 0.0, []
    score = 1.0 if new.name_key == old.name_key else similarity(new.name_key, old.name_key)
    if score < NAME_SIMILARITY:
        return 0.0, []
    reasons = (["name_typo"] if new.name_key != old.name_key else []) + (["swapped_date"] if flipped else [])
    return round(score * (0.9 if flipped else 1.0) * weight, 3), (reasons or ["same_key"]) + nationality
