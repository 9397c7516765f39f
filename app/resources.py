"""Where the data folders (forms, i18n, resources) are: in a bundle, a checkout, or an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT_NAMES = ("forms", "i18n", "resources")


def data_dir(name: str) -> Path:
    """The folder ``forms``, ``i18n`` or ``resources`` for this way of running."""
    if name not in _ROOT_NAMES:
        raise ValueError(name)
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / name] if bundle else []
    package = Path(__file__).resolve().parent
    candidates += [package.parent / name, package / "_data" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]
