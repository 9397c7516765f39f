from __future__ import annotations

import pytest

from app.core.errors import WeakPassphrase
from app.core.passphrase_policy import Strength, check, strength


@pytest.mark.parametrize("weak", ["", "kort", "aaaaaaaaaaaaaaaa", "abababababab"])
def test_weak_passphrases_are_refused(weak: str) -> None:
    with pytest.raises(WeakPassphrase):
        check(weak)


def test_a_few_words_are_accepted_and_rated_higher_than_one() -> None:
    check("paard batterij nietje")
    assert strength("paard batterij nietje correct") > strength("paardpaard1")


def test_too_short_is_its_own_level() -> None:
    assert strength("Ab1!") is Strength.TOO_SHORT


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("aaaaaaaaaaaa", "Herhalingen"),
        ("wachtwoord123", "veelgebruikt"),
        ("sdfghjkl;kj", "Toetsenbord"),
        ("abcdefghijklmno", "Reeksen"),
    ],
)
def test_zxcvbn_refuses_guessable_passphrases_and_says_why(weak: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase, match=reason):
        check(weak)


def test_the_users_own_name_and_organisation_count_as_guessable() -> None:
    passphrase = "annavanderbergggdnoord"
    assert strength(passphrase) >= Strength.FAIR
    assert strength(passphrase, ("annavanderberg", "ggdnoord")) < Strength.FAIR
    with pytest.raises(WeakPassphrase, match="uw naam"):
        check("annajansen2026", ("annajansen",))
