"""``python -m app`` (and the bundle's ``signaal``): the desktop app; ``--selftest``; or the command line
when other arguments are given."""

from __future__ import annotations

import sys


def run() -> int:
    from app.hardening import forbid_core_dumps

    forbid_core_dumps()  # before any secret is typed or any key is read
    arguments = sys.argv[1:]
    if arguments == ["--selftest"]:
        from app.selftest import STEPS
        from app.selftest import run as selftest
        from app.ui.selftest_window import window_step

        return selftest(steps=[*STEPS, ("window", window_step)])
    gui_flags = {"--registry"}
    if arguments and not set(arguments) <= gui_flags:
        from app.cli import main

        return main(arguments)
    from app.ui.application import main as gui_main

    return gui_main(registry="--registry" in arguments)


if __name__ == "__main__":
    sys.exit(run())
