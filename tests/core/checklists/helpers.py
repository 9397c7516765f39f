"""Small module texts for checklist tests."""

from __future__ import annotations

from textwrap import dedent

from app.core.checklists.model import Module
from app.core.checklists.parse import parse_module

SIGNAL = """
  - id: {id}
    text: "Signaal {id}."
    forms: [ALL]
    elements: [means]
    grade: strong
    source: "test"
"""


def module_text(module: str = "core", items: str = "", header: str = "") -> str:
    lines = [f"module: {module}", 'version: "1"', 'title: "Test"', *header.splitlines(), "items:"]
    return "\n".join(lines) + "\n" + dedent(items)


def parse(module: str = "core", items: str = "", header: str = "", file: str = "forms/test.yaml") -> Module:
    return parse_module(file, module_text(module, items, header))
