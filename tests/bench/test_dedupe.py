"""The duplicate rule against splink (Fellegi-Sunter, the anchor for record linkage), on one synthetic corpus:
typos, Latin spellings of Cyrillic and Arabic names, swapped day and month, another or an unknown nationality.
Both get the same blocks (the same or the swapped date of birth); precision and recall over the true pairs."""

from __future__ import annotations

import random
import time
from itertools import combinations

from app.core.linkage import LinkRecord, candidate_reasons, normalise_name, swapped
from tests.bench.conftest import record

SPELLINGS = (  # one name, several Latin spellings
    ("mohammed", "muhammad", "mohamed", "mohammad"),
    ("olga", "olha"),
    ("shevchenko", "shevtchenko", "sjevtsjenko"),
    ("yusuf", "youssef", "yousef"),
    ("aleksandr", "alexander", "oleksandr"),
    ("aisha", "aicha", "ayesha"),
    ("khalid", "chalid", "halid"),
    ("natalia", "nataliya", "natalja"),
    ("sergei", "sergey", "serhiy"),
    ("fatima", "fatma", "fatimah"),
)
GIVEN = ("ana", "maria", "ioana", "elena", "joy", "blessing", "mercy", "lin", "mei", "iryna", "daniel", "ivan", "yonas")
FAMILY = ("popescu", "ionescu", "petrova", "nagy", "kovacs", "nowak", "okafor", "eze", "tesfaye", "wang", "haile")
NATIONS = ("RO", "BG", "NG", "ER", "UA", "SY", "MA", "CN", "NL")


def _name(rng: random.Random) -> tuple[str, str]:
    given = rng.choice(GIVEN + tuple(group[0] for group in SPELLINGS[:2] + SPELLINGS[4:10]))
    family = rng.choice((*FAMILY, "shevchenko", "khalid", "yusuf"))
    return given, family


def _variant(rng: random.Random, word: str) -> str:
    for group in SPELLINGS:
        if word in group:
            return rng.choice([w for w in group if w != word])
    spot = rng.randrange(len(word))
    return (
        word[:spot] + rng.choice("aeioulnrs") + word[spot + 1 :]
        if rng.random() < 0.5
        else word[:spot] + word[spot + 1 :]
    )


def corpus(persons: int = 3_000, seed: int = 15) -> list[tuple[int, str, str, str]]:
    """(person, name key, date of birth, nationality) records; about a quarter of persons reported twice."""
    rng = random.Random(seed)
    records = []
    for person in range(persons):
        given, family = _name(rng)
        born = f"{rng.randint(1965, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        nation = rng.choice(NATIONS)
        records.append((person, normalise_name(given, family), born, nation))
        if rng.random() < 0.25:
            change = rng.choice(["typo", "spelling", "swap", "nationality", "unknown", "order"])
            g, f, b, n = given, family, born, nation
            if change in ("typo", "spelling"):
                g, f = (_variant(rng, g), f) if rng.random() < 0.5 else (g, _variant(rng, f))
            elif change == "swap":
                b = swapped(born) or born
            elif change == "nationality":
                n = rng.choice([x for x in NATIONS if x != nation])
            elif change == "unknown":
                n = "onbekend"
            else:
                g, f = f, g
            records.append((person, normalise_name(g, f), b, n))
    return records


def _blocks(records: list[tuple[int, str, str, str]]) -> set[tuple[int, int]]:
    by_date: dict[str, list[int]] = {}
    for index, (_p, _name, born, _n) in enumerate(records):
        by_date.setdefault(born, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for born, indexes in by_date.items():
        pairs.update(combinations(indexes, 2))
        other = swapped(born)
        if other and other in by_date:
            pairs.update(tuple(sorted((a, b))) for a in indexes for b in by_date[other])  # type: ignore[misc]
    return pairs


def _score(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 1.0), hits / len(truth)


def _ours(records: list[tuple[int, str, str, str]]) -> set[tuple[int, int]]:
    found = set()
    for a, b in _blocks(records):
        (_pa, name_a, born_a, nat_a), (_pb, name_b, born_b, nat_b) = records[a], records[b]
        first = LinkRecord(str(a), f"{name_a}|{born_a}", name_a, born_a, nat_a)
        second = LinkRecord(str(b), f"{name_b}|{born_b}", name_b, born_b, nat_b)
        if candidate_reasons(first, second)[1]:
            found.add((a, b))
    return found


def _splink(records: list[tuple[int, str, str, str]]) -> list[tuple[float, tuple[int, int]]]:
    """Every pair splink scores in the blocks, with its match probability."""
    import pandas as pd
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.internals.duckdb.database_api import DuckDBAPI

    frame = pd.DataFrame(
        [
            {"unique_id": i, "name": name, "dob": born, "dob_swapped": swapped(born) or born, "nat": nat}
            for i, (_p, name, born, nat) in enumerate(records)
        ]
    )
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88, 0.8]),
            cl.ExactMatch("dob"),
            cl.ExactMatch("nat"),
        ],
        blocking_rules_to_generate_predictions=[block_on("dob"), "l.dob = r.dob_swapped"],
    )
    linker = Linker(DuckDBAPI().register(frame), settings, log_level=40)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e5, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name"))
    predicted = linker.inference.predict().as_pandas_dataframe()
    pairs = zip(predicted.match_probability, predicted.unique_id_l, predicted.unique_id_r, strict=True)
    return [(float(p), (min(int(a), int(b)), max(int(a), int(b)))) for p, a, b in pairs]


def _best_recall(scored: list[tuple[float, tuple[int, int]]], truth: set[tuple[int, int]], precision: float) -> float:
    """Splink's highest recall over all thresholds at which its precision is at least ``precision``."""
    best, hits = 0.0, 0
    for taken, (_p, pair) in enumerate(sorted(scored, reverse=True), 1):
        hits += pair in truth
        if hits / taken >= precision:
            best = max(best, hits / len(truth))
    return best


def test_duplicate_rule_against_splink() -> None:
    records = corpus()
    truth = {(a, b) for a, b in combinations(range(len(records)), 2) if records[a][0] == records[b][0]}
    started = time.perf_counter()
    ours = _score(_ours(records), truth)
    record("dedupe ours: time", time.perf_counter() - started, "s", None)
    scored = _splink(records)
    theirs = _score({pair for p, pair in scored if p >= 0.5}, truth)
    at_our_precision = _best_recall(scored, truth, ours[0])
    print(
        f"\ndedupe on {len(records)} records, {len(truth)} true pairs: ours precision {ours[0]:.3f} recall"
        f" {ours[1]:.3f}; splink (p >= 0.5) precision {theirs[0]:.3f} recall {theirs[1]:.3f};"
        f" splink's best recall at our precision {at_our_precision:.3f}"
    )
    record("dedupe ours: precision", ours[0], "", None)
    record("dedupe ours: recall (≥ splink's at our precision)", ours[1], "", at_our_precision, better="higher")
    record("dedupe splink p≥0.5: precision", theirs[0], "", None)
    record("dedupe splink p≥0.5: recall", theirs[1], "", None)
    assert ours[1] >= at_our_precision
