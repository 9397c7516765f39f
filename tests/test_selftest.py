"""``signaal --selftest``: every step reports; a failure is named, stops what depends on it, exits 1; the
throw-away vault is gone afterwards."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from app.selftest import STEPS, Context, run


def test_every_step_passes_in_this_installation() -> None:
    out = io.StringIO()
    assert run(out, STEPS) == 0
    lines = out.getvalue().splitlines()
    assert [line.split()[1] for line in lines if line.startswith("ok ")] == [name for name, _ in STEPS]
    assert lines[-1] == "self-test passed"
    assert "signatures and encryption verified" in out.getvalue()


def test_a_failing_step_is_named_and_stops_the_rest() -> None:
    seen: list[Path] = []

    def broken(ctx: Context) -> str:
        seen.append(ctx.home)
        raise OSError("schijf vol")

    def never(ctx: Context) -> str:
        raise AssertionError("must not run")

    out = io.StringIO()
    assert run(out, [STEPS[0], ("broken", broken), ("later", never)]) == 1
    text = out.getvalue()
    assert "FAIL broken: OSError: schijf vol" in text and "later" not in text
    assert text.rstrip().endswith("self-test FAILED")
    assert seen and not seen[0].exists()  # the temporary folder is removed


def test_the_module_entry_point_runs_it_with_the_window_step() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--selftest"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   window" in done.stdout and "Qt offscreen" in done.stdout
