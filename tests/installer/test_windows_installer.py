"""The NSIS script compiles (against a stub payload; the real one is built on Windows, docs/install.md)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "windows" / "signaal.nsi"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (CI installs Debian's nsis)")
def test_the_nsis_script_compiles_into_an_installer(tmp_path: Path) -> None:
    payload = tmp_path / "signaal"
    (payload / "_internal").mkdir(parents=True)
    (payload / "signaal.exe").write_bytes(b"MZ stub payload")
    (payload / "_internal" / "base_library.zip").write_bytes(b"stub")
    out = tmp_path / "signaal-setup.exe"
    done = subprocess.run(
        ["makensis", "-V2", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}", SCRIPT.name],
        cwd=SCRIPT.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ" and b"Nullsoft" in out.read_bytes()


def test_the_uninstaller_keeps_the_vault_unless_asked() -> None:
    text = SCRIPT.read_text("utf-8")
    uninstall = text[text.index('Section "Uninstall"') :]
    removal = uninstall.index('RMDir /r "$LOCALAPPDATA\\Signaal"')
    guard = uninstall.index("${If} $RemoveVault == ${BST_CHECKED}")
    assert guard < removal < uninstall.index("${EndIf}")
    assert "${NSD_SetState} $VaultCheckbox ${BST_UNCHECKED}" in text  # not ticked by default
    assert "RequestExecutionLevel admin" in text and "$PROGRAMFILES64" in text  # per machine
