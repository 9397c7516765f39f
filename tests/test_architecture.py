"""Repository rules checked on every run: which package may import which, where crypto lives, module size."""

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


# Which packages (and single modules) each package may import, besides itself. Data flows down: a user action
# lives in app.workflows; the UI, the CLI and the self-test call workflows and read-only views, never
# repositories, the export or the registry directly. A few utility modules of lower layers are named one by
# one (a Session as a type, where the vault lives, atomic file writes, wiping a secret, showing a key).
_GROUND = ("app.core",)
_UTILITIES = (
    "app.vault.session",
    "app.vault.paths",
    "app.vault.atomic",
    "app.crypto.kdf",
    "app.crypto.age",
    "app.crypto.minisign",
)
_FRONT = (*_GROUND, *_UTILITIES, "app.batch", "app.workflows", "app.reports", "app.forms_loader", "app.locale")
ALLOWED: dict[str, tuple[str, ...]] = {
    "app.core": ("app.batch",),
    "app.batch": ("app.core.i18n", "app.core.errors"),
    "app.crypto": (),
    "app.vault": (*_GROUND, "app.crypto", "app.batch"),
    "app.export": (*_GROUND, "app.crypto", "app.vault", "app.batch"),
    "app.registry": (*_GROUND, "app.crypto", "app.vault", "app.batch"),
    "app.reports": (*_GROUND, "app.batch", "app.locale", "app.resources"),
    "app.workflows": (
        *_GROUND,
        "app.crypto",
        "app.vault",
        "app.export",
        "app.registry",
        "app.reports",
        "app.batch",
        "app.forms_loader",
    ),
    "app.demo": (
        *_GROUND,
        "app.crypto",
        "app.vault",
        "app.export",
        "app.batch",
        "app.workflows",
        "app.reports",
        "app.forms_loader",
    ),
    "app.commands": (*_FRONT, "app.demo", "app.catalogs"),
    "app.ui": (*_FRONT, "app.demo", "app.preferences", "app.resources", "app.selftest", "app.catalogs"),
    "app.cli": ("app", "app.commands", *_GROUND, "app.vault.paths", "app.locale", "app.preferences", "app.hardening"),
    "app.__main__": ("app.ui", "app.selftest", "app.cli", "app.hardening"),
    "app.hardening": (),
    "app.selftest": (*_FRONT, "app", "app.demo", "app.registry.verify"),
    "app.forms_loader": (*_GROUND, "app.resources"),
    "app.forms_extract": (*_GROUND, "app.forms_loader"),
    "app.locale": (*_GROUND, "app.resources", "app.catalogs"),
    "app.catalogs": ("app.resources",),
    "app.preferences": _GROUND,
    "app.resources": (),
    "app": (),
}


def _group(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) == 2:
        return "app"
    return ".".join(parts[:2])


def _allowed(group: str, name: str) -> bool:
    if name == group or name.startswith(group + "."):
        return True
    return any(name == entry or name.startswith(entry + ".") for entry in ALLOWED[group])


def _app_imports(path: Path) -> set[str]:
    """Every app module this file imports, including ``from app.x import y`` as ``app.x.y`` and imports
    inside functions."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.split(".")[0] == "app")
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.split(".")[0] == "app"
        ):
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def test_every_package_has_a_row_in_the_table() -> None:
    assert {_group(p) for p in _modules()} <= set(ALLOWED)


@pytest.mark.parametrize("path", _modules(), ids=_relative)
def test_imports_follow_the_table(path: Path) -> None:
    group = _group(path)
    wrong = sorted(name for name in _app_imports(path) if not _allowed(group, name))
    assert not wrong, f"{_relative(path)} ({group}) imports {wrong}; allowed: {ALLOWED[group]}"


def test_the_table_catches_a_repository_import_from_the_ui(tmp_path: Path) -> None:
    offender = tmp_path / "x.py"
    offender.write_text("from app.vault.repos import cases\nfrom app.workflows import views\n")
    assert not _allowed("app.ui", next(n for n in _app_imports(offender) if "repos" in n))
    assert _allowed("app.ui", "app.workflows.views") and not _allowed("app.reports", "app.vault.session")
