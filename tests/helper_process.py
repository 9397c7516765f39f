"""Starting a helper process that unlocks a test vault itself (passphrase on stdin, never in argv) and says
``ready``: for the crash tests that kill it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_helper(module: str, *args: str, passphrase: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(passphrase + "\n")
    process.stdin.close()
    assert process.stdout.readline().strip() == "ready"
    return process
