"""The vault and preferences live in the platform's per-user data folder, never next to the program."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

import app
from app.vault.paths import HOME_ENV, REGISTRY_HOME_ENV, default_home, default_registry_home


def test_default_homes_are_per_user_data_folders_outside_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    monkeypatch.delenv(REGISTRY_HOME_ENV, raising=False)
    program = Path(app.__file__).resolve().parent.parent
    for home, name in ((default_home(), "Signaal"), (default_registry_home(), "Signaal Register")):
        assert home == Path(platformdirs.user_data_dir(name, appauthor=False, roaming=False))
        assert not home.resolve().is_relative_to(program)
    assert default_home() != default_registry_home()


def test_the_environment_overrides_for_development_and_tests(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "dev"))
    assert default_home() == tmp_path / "dev"
