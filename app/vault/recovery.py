"""Recovery codes: 120 random bits as 24 Crockford base32 characters, shown in six groups of four.

Typing is forgiving: case, spaces, dashes and the look-alikes I/L (→ 1) and O (→ 0) do not matter.
"""

from __future__ import annotations

import secrets

from app.vault.errors import WrongRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 24
GROUP = 4
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def generate() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def format_groups(code: str) -> str:
    """``ABCD-EFGH-…`` for display and printing."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(typed: str) -> str:
    """The canonical code from what a person typed; raises ``WrongRecoveryCode`` if it cannot be one."""
    cleaned = "".join(c for c in typed.upper() if c.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != LENGTH or any(c not in ALPHABET for c in cleaned):
        raise WrongRecoveryCode()
    return cleaned
