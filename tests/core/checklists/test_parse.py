"""Parsing a module: every error names the file, the item and the field."""

from __future__ import annotations

import pytest

from app.core.checklists.conditions import IsOneOf
from app.core.checklists.model import AnswerType, Element, ExploitationForm, Grade
from app.core.checklists.parse import FormError, content_hash
from tests.core.checklists.helpers import SIGNAL, parse


def _error(items: str, header: str = "") -> FormError:
    with pytest.raises(FormError) as caught:
        parse(items=items, header=header)
    return caught.value


def test_a_signal_item_is_read_completely() -> None:
    module = parse(
        items="""
      - id: CORE-01
        text: "Paspoort   bij een ander."
        help: "Vraag waar het is."
        ask: "Waar is uw paspoort?"
        forms: [AU, SU]
        elements: [means, exploitation]
        grade: medium
        ilo: ["ILO-11"]
        source: "002:1-2"
    """
    )
    item = module.items[0]
    assert (item.id, item.text, item.type) == ("CORE-01", "Paspoort bij een ander.", AnswerType.SIGNAL)
    assert item.forms == (ExploitationForm.ARBEID, ExploitationForm.SEKSUEEL)
    assert item.elements == (Element.MEANS, Element.EXPLOITATION) and item.grade is Grade.MEDIUM
    assert module.content_hash and module.version == "1"


def test_all_means_every_form() -> None:
    assert parse(items=SIGNAL.format(id="CORE-01")).items[0].forms == ()


def test_missing_source_names_file_item_and_field() -> None:
    error = _error("""
      - id: CORE-02
        text: "x"
        forms: [ALL]
        grade: weak
    """)
    assert (error.file, error.item, error.field) == ("forms/test.yaml", "CORE-02", "source")
    assert str(error).startswith("forms/test.yaml: item CORE-02, veld ‘source’")


@pytest.mark.parametrize(
    ("snippet", "field"),
    [
        ('  - {id: CORE-01, text: "x", forms: [ALL], grade: heel_sterk, source: s}', "grade"),
        ('  - {id: CORE-01, text: "x", forms: [XX], grade: weak, source: s}', "forms"),
        ('  - {id: CORE-01, text: "x", forms: [], grade: weak, source: s}', "forms"),
        ('  - {id: CORE-01, text: "x", forms: [ALL], source: s}', "grade"),
        ('  - {id: CORE-01, text: "x", forms: [ALL], grade: weak, elements: [dwang], source: s}', "elements"),
        ('  - {id: core-1, text: "x", forms: [ALL], grade: weak, source: s}', "id"),
        ('  - {id: CORE-01, txt: "x", forms: [ALL], grade: weak, source: s}', "txt"),
        ('  - {id: CORE-01, text: "x", type: essay, source: s}', "type"),
        ('  - {id: CORE-01, text: "x", type: choice, source: s}', "options"),
        ('  - {id: CORE-01, text: "x", type: yes_no_unknown, grade: weak, source: s}', "grade"),
        ('  - {id: CORE-01, text: "x", type: yes_no_unknown, marks_minor: [ja], source: s}', "marks_minor"),
        ('  - {id: CORE-01, text: "x", type: number, min: laag, source: s}', "min"),
        ('  - {id: CORE-01, text: "x", type: yes_no_unknown, show_if: {item: A}, source: s}', "show_if"),
        ('  - {id: CORE-01, text: "x", type: yes_no_unknown, show_if: {item: A, equals: true}, source: s}', "show_if"),
        (
            '  - {id: CORE-01, text: "x", type: choice, options: [{id: a, text: A}, {id: a, text: B}], source: s}',
            "options",
        ),
    ],
)
def test_field_errors(snippet: str, field: str) -> None:
    error = _error(snippet + "\n")
    assert error.item == "CORE-01" or field == "id"
    assert error.field == field


def test_module_level_errors() -> None:
    with pytest.raises(FormError, match="yaml"):
        parse(items="  - [unclosed\n")
    with pytest.raises(FormError, match="items"):
        parse(items="")
    error = _error(SIGNAL.format(id="CORE-01"), header="colour: blue")
    assert (error.item, error.field) == ("", "colour")


def test_show_if_is_parsed() -> None:
    module = parse(
        items="""
      - {id: CORE-A, text: "a", type: yes_no_unknown, source: s}
      - {id: CORE-B, text: "b", type: yes_no_unknown, source: s, show_if: {item: CORE-A, equals: "yes"}}
    """
    )
    assert module.items[1].show_if == IsOneOf("CORE-A", ("yes",))


def test_hash_ignores_layout_but_not_content() -> None:
    assert content_hash({"a": 1, "b": [1, 2]}) == content_hash({"b": [1, 2], "a": 1})
    assert content_hash({"a": 1}) != content_hash({"a": 2})
