"""``python -m app``: the desktop app, or the command line when arguments are given."""

from __future__ import annotations

import sys


def run() -> int:
    gui_flags = {"--registry"}
    if len(sys.argv) > 1 and not set(sys.argv[1:]) <= gui_flags:
        from app.cli import main

        return main(sys.argv[1:])
    from app.ui.application import main as gui_main

    return gui_main(registry="--registry" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
