"""``python -m app``: the desktop app, or the command line when arguments are given."""

from __future__ import annotations

import sys


def run() -> int:
    if len(sys.argv) > 1:
        from app.cli import main

        return main(sys.argv[1:])
    from app.ui.application import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(run())
