"""A melding to JSON and back: the same typed value; the one place where a received melding is checked."""

from __future__ import annotations

import json

import pytest

from app.batch.errors import InvalidMelding
from app.batch.lines import decode, encode, parse_line
from app.batch.schema import MELDING_KEYS, Facts, Melding, Person, Status
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


U = "11111111-1111-4111-8111-111111111111"


def test_a_withdrawal_carries_only_uuid_and_status() -> None:
    assert MELDINGEN[2].to_json() == {"uuid": MELDINGEN[2].uuid, "status": "withdrawn"}
    assert Melding.from_json({"uuid": U, "status": "withdrawn"}) == Melding(U, Status.WITHDRAWN)
    with pytest.raises(InvalidMelding) as caught:  # facts on a withdrawal are refused, not dropped
        Melding.from_json({"uuid": U, "status": "withdrawn", "basis": "consent"})
    assert caught.value.detail == "basis"


def test_a_person_only_with_consent() -> None:
    doc = MELDINGEN[1].to_json() | {"basis": "anonymous"}
    with pytest.raises(InvalidMelding) as caught:
        Melding.from_json(doc)
    assert caught.value.detail == "person"


def test_every_fact_is_required_on_the_wire_and_unknown_inside() -> None:
    with pytest.raises(InvalidMelding) as caught:
        Melding.from_json({"uuid": U, "status": "new"})
    assert caught.value.detail == "aangifte"
    facts = Facts.from_json({})  # what the registry stored itself: a field left out is unknown
    assert facts.gender == "onbekend" and facts.forms == () and facts.checklist_version == ""
    person = Person.from_json({"given_names": "Ana", "date_of_birth": None})
    assert person == Person("Ana", "", None, "")


_GOOD = MELDINGEN[0].to_json()


@pytest.mark.parametrize(
    ("doc", "detail"),
    [
        ([], "JSON"),
        ({"status": "new"}, "uuid"),
        ({"uuid": "u", "status": "new"}, "uuid"),
        ({"uuid": U, "status": "maybe"}, "status"),
        ({"uuid": U, "status": ["new"]}, "status"),
        (_GOOD | {"notes": "x", "answers": 1}, "answers"),
        (MELDINGEN[1].to_json() | {"person": {"address": "x"}}, "person.address"),
        (MELDINGEN[1].to_json() | {"person": "Ana"}, "person"),
        (_GOOD | {"basis": "maybe"}, "basis"),
        (_GOOD | {"forms": "SU"}, "forms"),
        (_GOOD | {"gender": 1}, "gender"),
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
