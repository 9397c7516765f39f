"""Which app modules a source file imports (for the layering tests beside tests/test_architecture.py)."""

from __future__ import annotations

import ast
from pathlib import Path


def app_imports(path: Path) -> set[str]:
    """Every ``app…`` name a file imports, at any depth; ``from app.x import y`` gives ``app.x`` and ``app.x.y``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name == "app" or name.startswith("app.")}
