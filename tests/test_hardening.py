"""No core dumps (issue 17, attack 4): a core of an unlocked process held the data key and the passphrase.
Each entry point (``python -m app`` — also the bundle's — and the ``signaal`` console script) is started in
a fresh process with core dumps allowed, and must have switched them off before doing anything else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl are Linux")

_PROBE = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
from app.hardening import dumpable
assert dumpable(), "the probe must start dumpable, or it proves nothing"
{start}
print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())
"""

_ENTRY_POINTS = {
    "python -m app (desktop, self-test and bundle)": (
        "import app.__main__ as m\nsys.argv = ['signaal', 'forms']\ntry:\n    m.run()\nexcept SystemExit:\n    pass"
    ),
    "signaal (console script)": "from app.cli import main\nmain([])",
}


@pytest.mark.parametrize("start", _ENTRY_POINTS.values(), ids=_ENTRY_POINTS.keys())
def test_entry_points_switch_off_core_dumps(start: str, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(start=start)],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "SIGNAAL_HOME": str(tmp_path), "SIGNAAL_LANG": "nl", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "(0, 0) False"
