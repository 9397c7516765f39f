"""Minimum rules and a rough strength estimate for passphrases (shown as feedback while typing).

Hand-written on purpose: a few lines, no word lists, no network. zxcvbn would estimate better.
"""

from __future__ import annotations

import math
from enum import IntEnum

from app.core.errors import WeakPassphrase

MIN_LENGTH = 10


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate_bits(passphrase: str) -> float:
    """Entropy estimate: alphabet size from the character classes used, discounted for repeats."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(max(pool, 2))


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 65:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG


def check(passphrase: str) -> None:
    """Raise ``WeakPassphrase`` unless the passphrase meets the minimum."""
    if strength(passphrase) < Strength.WEAK or len(set(passphrase)) < 4:
        raise WeakPassphrase(MIN_LENGTH)
