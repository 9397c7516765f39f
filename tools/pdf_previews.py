"""Render every PDF with synthetic data to PNG previews in docs/pdf/ (``make pdf-previews``).

The PDFs are reproducible (reportlab invariant mode, fixed clock, UTC), so ``tests/reports/test_previews.py``
can check that the committed previews still match what the code makes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app import locale
from app.core.languages import INTERVIEW_LANGUAGES, UI_LANGUAGES
from app.demo.samples import sample_documents, sample_session
from app.forms_loader import load_checklists, load_routes

DPI = 50


def documents() -> dict[str, bytes]:
    """``<name>-<ui language>`` → PDF; client sheets once per interview language (``client-sheet-<lang>``)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    checklists, routes = load_checklists(), load_routes()
    result: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="signaal-previews-") as home:
        session = sample_session(Path(home) / "vault")
        try:
            for ui in UI_LANGUAGES:
                locale.activate(ui)
                languages = INTERVIEW_LANGUAGES if ui == "nl" else ()
                for name, pdf in sample_documents(session, checklists, routes, sheet_languages=languages).items():
                    result[name if name.startswith("client-sheet") else f"{name}-{ui}"] = pdf
        finally:
            session.lock()
            locale.activate("nl")
    return result


def first_page_png(pdf: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(source), str(Path(folder) / "page")], check=True
        )
        return (Path(folder) / "page.png").read_bytes()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in documents().items():
        (out / f"{name}.png").write_bytes(first_page_png(pdf))
        print(out / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/pdf"))
