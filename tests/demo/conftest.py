"""The demo PDFs are read with the same poppler helpers as the report tests."""

from __future__ import annotations

from tests.reports.conftest import pdf_text  # noqa: F401  (a fixture, used by name)
