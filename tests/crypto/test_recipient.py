"""What is wrong with a pasted recipient is named exactly (issue 14 #15): each check catches its own mistake."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidRecipient
from app.crypto.age import RecipientError, check_recipient, generate_identity


def _problem(text: str) -> str:
    with pytest.raises(RecipientError) as caught:
        check_recipient(text)
    return caught.value.problem


def test_each_mistake_has_its_own_problem() -> None:
    secret, good = generate_identity()
    assert check_recipient(f"  {good}\n") == good
    assert _problem("") == "empty"
    assert _problem(secret) == "secret"
    assert _problem(good[:30] + " " + good[30:]) == "spaces"
    assert _problem("AGE1" + good[4:]) == "prefix" and _problem("x" + good) == "prefix"
    assert _problem(good[:-1]) == "length"
    flipped = good[:-1] + ("q" if good[-1] != "q" else "p")
    assert _problem(flipped) == "damaged"


def test_the_message_for_a_good_start_does_not_blame_the_start() -> None:
    _secret, good = generate_identity()
    text = str(InvalidRecipient("damaged", good[:6]))
    assert "begint goed" in text and "age1" not in text.split("begint goed")[0]
    assert "‘AGE1xy’" in str(InvalidRecipient("prefix", "AGE1xy"))
