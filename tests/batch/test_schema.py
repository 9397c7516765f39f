"""A melding to JSON and back: the same typed value; the one place where a received melding is checked."""

from __future__ import annotations

import json

import pytest

from app.batch.errors import InvalidMelding
from app.batch.lines import decode, encode, parse_line
from app.batch.schema import MELDING_KEYS, Basis, Facts, Melding, Person, Status
from tests.export.vector import FOLDER, MELDINGEN


def test_round_trip_through_json_and_lines() -> None:
    for melding in MELDINGEN:
        assert Melding.from_json(melding.to_json()) == melding
        assert parse_line(melding.line()) == melding
    assert decode(encode(MELDINGEN)) == MELDINGEN


def test_the_lines_are_canonical() -> None:
    from pathlib import Path

    expected = (Path(__file__).resolve().parents[2] / FOLDER / "meldingen.jsonl").read_bytes()
    assert encode(MELDINGEN) == expected
    for line in expected.splitlines(keepends=True):
        doc = json.loads(line)
        assert line == json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
    assert "Zoë".encode() in expected  # UTF-8, not escaped


def test_a_withdrawal_carries_only_uuid_and_status() -> None:
    assert MELDINGEN[2].to_json() == {"uuid": MELDINGEN[2].uuid, "status": "withdrawn"}
    assert Melding.from_json({"uuid": "u", "status": "withdrawn", "basis": "consent"}) == Melding("u", Status.WITHDRAWN)


def test_a_person_counts_only_with_consent() -> None:
    doc = MELDINGEN[1].to_json() | {"basis": "anonymous"}
    melding = Melding.from_json(doc)
    assert melding.basis is Basis.ANONYMOUS and melding.person is None and "person" not in melding.to_json()


def test_left_out_facts_are_unknown() -> None:
    melding = Melding.from_json({"uuid": "u", "status": "new"})
    assert melding.basis is Basis.ANONYMOUS and melding.facts == Facts.from_json({})
    assert melding.facts.gender == "onbekend" and melding.facts.forms == () and melding.facts.checklist_version == ""
    person = Person.from_json({"given_names": "Ana", "date_of_birth": None})
    assert person == Person("Ana", "", None, "")


@pytest.mark.parametrize(
    ("doc", "detail"),
    [
        ([], "uuid/status"),
        ({"status": "new"}, "uuid/status"),
        ({"uuid": "u", "status": "maybe"}, "uuid/status"),
        ({"uuid": "u", "status": ["new"]}, "uuid/status"),
        ({"uuid": "u", "status": "new", "notes": "x", "answers": 1}, "answers, notes"),
        ({"uuid": "u", "status": "new", "person": {"address": "x"}}, "person"),
        ({"uuid": "u", "status": "new", "person": "Ana"}, "person"),
        ({"uuid": "u", "status": "new", "basis": "maybe"}, "basis"),
        ({"uuid": "u", "status": "new", "forms": "SU"}, "forms"),
        ({"uuid": "u", "status": "new", "gender": 1}, "gender"),
    ],
)
def test_what_is_refused(doc: object, detail: str) -> None:
    with pytest.raises(InvalidMelding) as caught:
        Melding.from_json(doc)
    assert caught.value.detail == detail


def test_a_bad_line_names_its_number() -> None:
    with pytest.raises(InvalidMelding) as caught:
        decode(MELDINGEN[0].line() + b"{not json\n")
    assert (caught.value.line, caught.value.detail) == (2, "JSON")


def test_only_allow_listed_keys_are_written() -> None:
    for melding in MELDINGEN:
        assert set(melding.to_json()) <= MELDING_KEYS
