"""How strong a new passphrase is, judged by zxcvbn (pattern matching over dictionaries, keyboard walks,
repeats, sequences and dates), with the reason in the worker's language. No network, no files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from zxcvbn import zxcvbn

from app.core.errors import WeakPassphrase
from app.core.i18n import N_, _

MIN_LENGTH = 10
MAX_CHECKED = 100  # zxcvbn slows down on very long input; beyond this the length alone makes it strong


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1  # refused: zxcvbn score 0 or 1 (guessed within about 10^6 tries)
    FAIR = 2
    GOOD = 3
    STRONG = 4


# The weakest pattern zxcvbn found, in words: the reason shown under the field.
_PATTERN_REASONS = {
    "repeat": N_("Herhalingen zoals ‘aaa’ of ‘abcabc’ zijn makkelijk te raden."),
    "sequence": N_("Reeksen zoals ‘abcd’ of ‘4321’ zijn makkelijk te raden."),
    "spatial": N_("Toetsenbordpatronen zoals ‘qwerty’ zijn makkelijk te raden."),
    "date": N_("Datums en jaartallen zijn makkelijk te raden."),
    "regex": N_("Jaartallen zijn makkelijk te raden."),
    "dictionary": N_("Dit lijkt op een veelgebruikt wachtwoord, woord of naam."),
    "user_input": N_("Gebruik niet uw naam of die van de organisatie."),
}


@dataclass(frozen=True, slots=True)
class Judgement:
    strength: Strength
    reason: str  # translated; empty when there is nothing to say


def judge(passphrase: str, context: Sequence[str] = ()) -> Judgement:
    """The strength of ``passphrase`` and why; ``context`` (user and organisation names) counts as guessable."""
    if len(passphrase) < MIN_LENGTH:
        return Judgement(Strength.TOO_SHORT, _("Te kort: minstens {n} tekens.").format(n=MIN_LENGTH))
    if len(passphrase) > MAX_CHECKED:
        return Judgement(Strength.STRONG, "")
    result = zxcvbn(passphrase, user_inputs=[c for c in context if c])
    level = Strength(max(int(result["score"]), 1))
    return Judgement(level, _reason(result) if level <= Strength.FAIR else "")


def _reason(result: dict[str, object]) -> str:
    matches = result.get("sequence")
    if not isinstance(matches, list):
        return ""
    for match in sorted(matches, key=lambda m: -len(str(m.get("token", "")))):  # the largest part first
        pattern = str(match.get("pattern", ""))
        if pattern == "dictionary" and match.get("dictionary_name") == "user_inputs":
            pattern = "user_input"
        if pattern in _PATTERN_REASONS:
            return _(_PATTERN_REASONS[pattern])
    return _("Voeg een of twee ongewone woorden toe.")


def strength(passphrase: str, context: Sequence[str] = ()) -> Strength:
    return judge(passphrase, context).strength


def check(passphrase: str, context: Sequence[str] = ()) -> None:
    """Raise ``WeakPassphrase`` (with the reason) unless the passphrase is at least fair."""
    found = judge(passphrase, context)
    if found.strength < Strength.FAIR:
        raise WeakPassphrase(MIN_LENGTH, found.reason)
