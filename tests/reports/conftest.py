"""PDF helpers: text via pdftotext, fonts via pdffonts, word positions via pdftotext -bbox (poppler-utils)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest


def _poppler(tool: str, pdf: bytes, tmp: Path, *args: str) -> str:
    source = tmp / "doc.pdf"
    source.write_bytes(pdf)
    return subprocess.run(
        [tool, *args, str(source), "-"] if tool == "pdftotext" else [tool, *args, str(source)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout


def plain(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters), no direction marks and no Arabic vowel marks (the
    reshaper leaves them out, as most printed Arabic does), single spaces."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) not in ("Cf", "Mn"))
    return " ".join(text.split())


@pytest.fixture
def pdf_text(tmp_path: Path):  # type: ignore[no-untyped-def]
    def read(pdf: bytes) -> str:
        return plain(_poppler("pdftotext", pdf, tmp_path))

    return read


@pytest.fixture
def pdf_fonts(tmp_path: Path):  # type: ignore[no-untyped-def]
    def read(pdf: bytes) -> dict[str, bool]:
        """Font name (without subset prefix) → embedded."""
        rows = re.findall(
            r"^(\S+)\s.*?\s(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$",
            _poppler("pdffonts", pdf, tmp_path),
            re.MULTILINE,
        )
        return {name.split("+")[-1]: embedded == "yes" for name, embedded in rows}

    return read


@pytest.fixture
def word_boxes(tmp_path: Path):  # type: ignore[no-untyped-def]
    def read(pdf: bytes) -> list[tuple[str, float, float]]:
        """(word, xMin, xMax) for every word on the pages."""
        html = _poppler("pdftotext", pdf, tmp_path, "-bbox")
        return [
            (plain(w), float(x0), float(x1))
            for x0, x1, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html
            )
        ]

    return read
