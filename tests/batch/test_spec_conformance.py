"""docs/batch-format.md is the spec a third party writes batches from: its code-list tables, its sector table
and its country list are read from the prose and must equal the lists the registry checks against."""

from __future__ import annotations

import re
from pathlib import Path

from app.batch.codes import FORMS, SECTOR_GROUPS
from app.batch.countries import COUNTRIES
from app.batch.manifest import OPTIONAL
from app.batch.regions import COARSER, REGIONS
from app.batch.validate import CODE_LISTS

SPEC = (Path(__file__).resolve().parents[2] / "docs" / "batch-format.md").read_text("utf-8")
_TICKED = re.compile(r"`([^`]*)`")


def _table_rows(after: str) -> list[list[str]]:
    """The rows of the first Markdown table after the heading or sentence ``after``, as cells."""
    text = SPEC[SPEC.index(after) :]
    rows, started = [], False
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("|"):
            started = True
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not set(cells[0]) <= set("-: "):
                rows.append(cells)
        elif started:
            break
    return rows[1:]  # without the header


def test_every_code_list_is_written_out_in_full() -> None:
    table = _table_rows("### Code lists")
    rows = {_TICKED.findall(cells[0])[0]: _TICKED.findall(cells[1]) for cells in table}
    for field, values in CODE_LISTS.items():
        assert tuple(rows[field]) == values, field
    assert tuple(rows["forms"]) == FORMS
    nationality = {cells[0]: _TICKED.findall(cells[1]) for cells in table if cells[0].startswith("`nationality`")}
    assert tuple(nationality["`nationality` (region)"]) == REGIONS
    assert tuple(nationality["`nationality` (coarser)"]) == COARSER
    assert "…" not in SPEC.split("## Re-identification")[0].split("### Code lists")[1]


def test_sectors_and_their_groups() -> None:
    table = {_TICKED.findall(a)[0]: _TICKED.findall(b)[0] for a, b in _table_rows("Sectors and their groups")}
    assert table == SECTOR_GROUPS


def test_the_country_list() -> None:
    block = SPEC.split("Countries (")[1].split("```")[1]
    assert set(block.split()) == COUNTRIES and len(COUNTRIES) == 250


def test_manifest_keys_and_reporter_types_named() -> None:
    keys = {_TICKED.findall(cells[0])[0] for cells in _table_rows("| key | meaning |")}
    assert keys >= {"batch_id", "org_id", "sequence", "count", "sha256"} | OPTIONAL
    for reporter in ("politie", "kmar", "inspectie_szw", "comensha", "jeugdzorg", "overig", "onbekend"):
        assert f"`{reporter}`" in SPEC
