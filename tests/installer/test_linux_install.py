"""The Linux tarball's install script: installs for one user after the bundle's self-test passed, puts a
menu entry with the right path, updates in place, and uninstalls without touching the vault."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"


def _unpacked(tmp: Path, selftest_ok: bool = True) -> Path:
    """What `make dist` puts in the tarball, with a stand-in for the bundle."""
    folder = tmp / "signaal-0.1.0"
    (folder / "signaal").mkdir(parents=True)
    program = folder / "signaal" / "signaal"
    program.write_text(f"#!/bin/sh\nexit {0 if selftest_ok else 1}\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    for name in ("signaal.desktop", "install.sh"):
        shutil.copy(LINUX / name, folder / name)
    shutil.copy(ROOT / "resources" / "icons" / "signaal.png", folder / "signaal.png")
    return folder


def _run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", str(folder / "install.sh"), *args], env=env, capture_output=True, text=True)


def test_install_menu_entry_and_uninstall_keeps_the_vault(tmp_path: Path) -> None:
    folder, home = _unpacked(tmp_path), tmp_path / "home"
    assert _run(folder, home).returncode == 0
    program = home / ".local" / "opt" / "signaal" / "signaal"
    assert program.is_file() and (home / ".local" / "bin" / "signaal").resolve() == program
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(home / ".local" / "share" / "applications" / "signaal.desktop")
    assert entry["Desktop Entry"]["Exec"] == str(program) and entry["Desktop Entry"]["Icon"] == "signaal"
    vault = home / ".local" / "share" / "Signaal"
    vault.mkdir(parents=True)
    (vault / "vault.signaal").write_bytes(b"kept")
    assert _run(folder, home).returncode == 0  # an update over an existing install
    installed = home / ".local" / "opt" / "signaal"
    assert (installed / "install.sh").is_file()  # kept with the program, for uninstalling
    done = subprocess.run(
        ["sh", str(installed / "install.sh"), "--uninstall"],
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": os.environ["PATH"]},
    )
    assert done.returncode == 0 and "kept" in done.stdout
    assert not program.exists() and (vault / "vault.signaal").read_bytes() == b"kept"


def test_a_bundle_that_fails_its_selftest_changes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _run(_unpacked(tmp_path / "good"), home).returncode == 0
    done = _run(_unpacked(tmp_path / "bad", selftest_ok=False), home)
    assert done.returncode == 1 and "nothing was changed" in done.stderr
    assert (home / ".local" / "opt" / "signaal" / "signaal").read_text().endswith("exit 0\n")


def test_the_desktop_file_is_well_formed() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "signaal.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "@PREFIX@/signaal"
    assert section["Name"] == "Signaal" and "Comment[nl]" in section and section["Terminal"] == "false"
