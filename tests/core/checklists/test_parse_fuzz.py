"""Fuzzing the form, route and client-sheet parsers: whatever the YAML, the result is a module or a
FormError naming file, item and field — never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.checklists.parse import FormError, parse_module
from app.core.client_sheet import parse_client_sheet
from app.core.routing import parse_routes

FORMS = Path(__file__).resolve().parents[3] / "forms"
CORE = (FORMS / "core.yaml").read_text("utf-8")
ROUTES = (FORMS / "routing.yaml").read_text("utf-8")
SHEET = (FORMS / "client_sheet.yaml").read_text("utf-8")
PARSERS = {"core": (parse_module, CORE), "routes": (parse_routes, ROUTES), "sheet": (parse_client_sheet, SHEET)}

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "module",
                    "version",
                    "title",
                    "items",
                    "text",
                    "type",
                    "source",
                    "show_if",
                    "options",
                    "forms",
                    "grade",
                    "elements",
                    "help",
                    "ask",
                    "section",
                    "sheet",
                    "sections",
                    "steps",
                    "tracks",
                    "tell_person",
                    "when",
                    "item",
                    "equals",
                    "in",
                    "any",
                ]
            ),
            children,
            max_size=6,
        ),
    ),
    max_leaves=30,
)


def _parses_or_form_error(parser: object, text: str) -> None:
    try:
        parser("forms/fuzz.yaml", text)  # type: ignore[operator]
    except FormError as error:
        assert error.message()  # the message names file and field, and renders
        assert "forms/fuzz.yaml" in error.message()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents, kind=st.sampled_from(sorted(PARSERS)))
def test_random_documents_give_a_form_error_or_a_result(document: object, kind: str) -> None:
    import yaml

    _parses_or_form_error(PARSERS[kind][0], yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), kind=st.sampled_from(sorted(PARSERS)))
def test_mutated_real_files_give_a_form_error_or_a_result(data: st.DataObject, kind: str) -> None:
    parser, text = PARSERS[kind]
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "garble", "indent"]))
        if action == "delete":
            del lines[where]
        elif action == "duplicate":
            lines.insert(where, lines[where])
        elif action == "garble":
            lines[where] = data.draw(st.text(max_size=40))
        else:
            lines[where] = "  " + lines[where]
        if not lines:
            lines = [""]
    _parses_or_form_error(parser, "\n".join(lines))


@given(st.binary(max_size=512))
def test_random_bytes_as_text(data: bytes) -> None:
    _parses_or_form_error(parse_module, data.decode("utf-8", "replace"))
