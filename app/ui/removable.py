"""Where to suggest saving what should leave the laptop (recovery code, batches): a mounted USB stick when
there is one, else the user's home folder — never the vault's own data folder."""

from __future__ import annotations

import getpass
from pathlib import Path


def suggested_folder() -> Path:
    user = getpass.getuser()
    for root in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        try:
            mounted = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            continue
        if mounted:
            return mounted[0]
    return Path.home()
