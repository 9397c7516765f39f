"""Every PDF, made from synthetic data in both UI languages: English shows no Dutch UI text, output is
reproducible, and the committed previews in docs/pdf/ are what the code makes today."""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops

from app.catalogs import i18n_root, read_catalog

ROOT = Path(__file__).resolve().parents[2]
TextOf = Callable[[bytes], str]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pdf_previews", ROOT / "tools" / "pdf_previews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rendered() -> Iterator[tuple[ModuleType, dict[str, bytes]]]:
    tool = _tool()
    yield tool, tool.documents()


def _dutch_only_strings() -> list[str]:
    """UI strings whose English differs: none of these may appear in an English document."""
    english = read_catalog(i18n_root() / "en" / "LC_MESSAGES" / "app.po")
    found = []
    for message in english:
        if isinstance(message.id, str) and message.id and isinstance(message.string, str):
            text = message.id
            if len(text) >= 12 and "{" not in text and text not in message.string and message.string:
                found.append(text)
    return found


def test_every_document_exists_in_both_languages(rendered: tuple[ModuleType, dict[str, bytes]]) -> None:
    _tool_module, documents = rendered
    kinds = {"case-report", "paper-checklist", "export-receipt", "registry-report", "recovery-sheet"}
    assert {f"{kind}-{ui}" for kind in kinds for ui in ("nl", "en")} <= set(documents)
    assert all(pdf.startswith(b"%PDF") for pdf in documents.values())


def test_english_documents_show_no_dutch_ui_text(
    rendered: tuple[ModuleType, dict[str, bytes]], pdf_text: TextOf
) -> None:
    _tool_module, documents = rendered
    dutch = _dutch_only_strings()
    assert len(dutch) > 200
    for name, pdf in documents.items():
        if name.endswith("-en"):
            text = pdf_text(pdf)
            assert [s for s in dutch if s in text] == [], name


def test_documents_are_reproducible(rendered: tuple[ModuleType, dict[str, bytes]]) -> None:
    tool, documents = rendered
    assert tool.documents() == documents


def test_committed_previews_match_the_code(rendered: tuple[ModuleType, dict[str, bytes]]) -> None:
    """If this fails after a deliberate change, run `make pdf-previews` and look at the new pictures."""
    tool, documents = rendered
    for name, pdf in documents.items():
        committed = ROOT / "docs" / "pdf" / f"{name}.png"
        assert committed.exists(), f"missing preview {committed.name}: run make pdf-previews"
        fresh = Image.open(io.BytesIO(tool.first_page_png(pdf))).convert("L")
        old = Image.open(committed).convert("L")
        assert fresh.size == old.size, name
        diff = ImageChops.difference(fresh, old)
        changed = diff.point(lambda value: 255 if value > 64 else 0).histogram()[255]
        assert changed <= fresh.size[0] * fresh.size[1] // 1000, f"{name}: {changed} pixels differ"
