from __future__ import annotations

from pathlib import Path

import pytest

from app import preferences
from app.core.errors import InvalidInput
from app.preferences import Preferences


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert preferences.load(tmp_path / "nowhere") == Preferences(language="nl")


def test_saved_language_is_read_back(tmp_path: Path) -> None:
    preferences.save(tmp_path / "home", Preferences(language="en"))
    assert preferences.load(tmp_path / "home").language == "en"
    assert [p.name for p in (tmp_path / "home").iterdir()] == ["preferences.json"]


@pytest.mark.parametrize("content", ["{not json", '["en"]', '{"language": "xx"}', ""])
def test_a_damaged_file_means_the_defaults(tmp_path: Path, content: str) -> None:
    (tmp_path / "preferences.json").write_text(content, "utf-8")
    assert preferences.load(tmp_path) == Preferences()


def test_an_unknown_language_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="xx"):
        preferences.save(tmp_path, Preferences(language="xx"))
    assert list(tmp_path.iterdir()) == []
