"""Repository rules checked on every run: layering, where crypto lives, module size."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
MAX_LINES = 400


def _modules() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _relative(path: Path) -> str:
    return path.relative_to(APP.parent).as_posix()


def _is_qt_allowed(path: Path) -> bool:
    rel = _relative(path)
    return rel.startswith("app/ui/") or rel == "app/__main__.py"


def test_modules_found() -> None:
    assert len(_modules()) > 20


@pytest.mark.parametrize("path", _modules(), ids=_relative)
def test_no_qt_outside_ui(path: Path) -> None:
    if _is_qt_allowed(path):
        return
    qt = sorted(name for name in _imports(path) if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt6"))
    assert not qt, f"{_relative(path)} imports {qt}; only app/ui may use Qt"


def test_the_rule_catches_an_import(tmp_path: Path) -> None:
    offender = tmp_path / "x.py"
    offender.write_text("from PySide6.QtCore import QObject\nimport PySide6.QtGui\n")
    assert {"PySide6.QtCore", "PySide6.QtGui"} <= _imports(offender)


@pytest.mark.parametrize("path", _modules(), ids=_relative)
def test_crypto_libraries_only_in_app_crypto(path: Path) -> None:
    if _relative(path).startswith("app/crypto/"):
        return
    found = sorted(n for n in _imports(path) if n.split(".")[0] in ("cryptography", "pyrage", "nacl", "argon2"))
    assert not found, f"{_relative(path)} imports {found}; use the recipes in app/crypto"


@pytest.mark.parametrize("path", _modules(), ids=_relative)
def test_database_driver_only_in_vault(path: Path) -> None:
    rel = _relative(path)
    if rel.startswith(("app/vault/", "app/registry/")):
        return
    found = sorted(n for n in _imports(path) if n.split(".")[0] in ("sqlcipher3", "sqlite3"))
    assert not found, f"{rel} imports {found}; the database is reached through app/vault"


@pytest.mark.parametrize("path", _modules(), ids=_relative)
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_relative(path)} has {lines} lines; split it by concern"


@pytest.mark.parametrize("path", [p for p in _modules() if _relative(p).startswith("app/core/")], ids=_relative)
def test_core_does_no_io(path: Path) -> None:
    found = _imports(path) & {"os", "pathlib", "shutil", "subprocess", "socket", "io", "tempfile"}
    assert not found, f"{_relative(path)} imports {sorted(found)}; app/core holds no I/O"
