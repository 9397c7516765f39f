"""Display preferences of this installation, kept beside the vault in plain JSON.

They are read before unlock (the unlock screen must already speak the user's language), so they hold
nothing sensitive: only the UI language. A missing or damaged file means the defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.languages import UI_LANGUAGES

FILE_NAME = "preferences.json"


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = "nl"


def path_in(home: Path) -> Path:
    return home / FILE_NAME


def load(home: Path) -> Preferences:
    try:
        data = json.loads(path_in(home).read_text("utf-8"))
    except (OSError, ValueError):
        return Preferences()
    language = data.get("language") if isinstance(data, dict) else None
    return Preferences(language=language if language in UI_LANGUAGES else "nl")


def save(home: Path, preferences: Preferences) -> None:
    """Write atomically (temporary file, fsync, rename): a crash leaves the old file or the new one."""
    if preferences.language not in UI_LANGUAGES:
        raise InvalidInput(_("Onbekende taal: {value}.").format(value=preferences.language))
    home.mkdir(parents=True, exist_ok=True)
    target = path_in(home)
    temporary = target.with_suffix(".json.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(asdict(preferences), handle)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(target)
