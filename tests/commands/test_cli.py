"""The ``signaal`` command line, run as scripts and tests run it (secrets on standard input)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.vault import database
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from tests.conftest import FixedClock, secret

ADMIN_PASS = "de wachtzin van de beheerder"


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def init_vault(home: Path, *extra: str) -> Path:
    """``signaal init`` of a GG&GD vault with admin ``anna`` (what most command tests start from)."""
    code, _out, err = run(
        "init",
        "--vault",
        str(home),
        "--org",
        "GGD Noord",
        "--org-type",
        "ggd_intake",
        "--admin",
        "anna",
        *extra,
        stdin=ADMIN_PASS + "\n",
    )
    assert code == 0, err
    return home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return init_vault(tmp_path / "kluis")


def _login(
    home: Path, *argv: str, user: str = "anna", passphrase: str = ADMIN_PASS, more: str = ""
) -> tuple[int, str, str]:
    return run(*argv, "--vault", str(home), "--user", user, stdin=passphrase + "\n" + more)


def test_version_from_the_installed_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"signaal {__version__}"


def test_init_shows_the_recovery_code_once_in_groups(tmp_path: Path) -> None:
    code, out, _ = run(
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--org",
        "COA Zuid",
        "--org-type",
        "coa",
        "--admin",
        "beheer",
        stdin=ADMIN_PASS + "\n",
    )
    assert code == 0
    assert re.search(r"^    ([0-9A-Z]{4}-){5}[0-9A-Z]{4}$", out, re.M)
    assert "HERSTELCODE" in out


def test_init_refuses_an_existing_vault(home: Path) -> None:
    code, _out, err = run(
        "init",
        "--vault",
        str(home),
        "--org",
        "x",
        "--org-type",
        "coa",
        "--admin",
        "b",
        stdin=ADMIN_PASS + "\n",
    )
    assert code == 1 and "Er staat al een kluis" in err


def test_init_with_missing_input_says_what_is_missing(tmp_path: Path) -> None:
    code, _out, err = run("init", "--vault", str(tmp_path / "v"), "--org-type", "coa", stdin="")
    assert code == 1 and "Invoer ontbreekt" in err
    assert not (tmp_path / "v").exists()


def test_wrong_passphrase_is_a_clear_error(home: Path) -> None:
    code, _out, err = _login(home, "users", "list", passphrase="dit is hem niet")
    assert (code, err.strip()) == (1, "Fout: Gebruikersnaam of wachtzin onjuist.")


def test_users_add_list_passwd_remove(home: Path) -> None:
    assert _login(home, "users", "add", "bram", "--role", "coordinator", more="bram zijn wachtzin\n")[0] == 0
    code, out, _ = _login(home, "users", "list", user="bram", passphrase="bram zijn wachtzin")
    assert code == 0 and out.splitlines() == ["anna\tadmin", "bram\tcoordinator"]
    code, out, _ = _login(
        home,
        "users",
        "passwd",
        user="bram",
        passphrase="bram zijn wachtzin",
        more="bram zijn wachtzin\nbram zijn nieuwe wachtzin\n",
    )
    assert code == 0 and "gewijzigd" in out
    assert _login(home, "users", "list", user="bram", passphrase="bram zijn wachtzin")[0] == 1
    assert _login(home, "users", "remove", "bram")[0] == 0
    assert _login(home, "users", "list", user="bram", passphrase="bram zijn nieuwe wachtzin")[0] == 1


def test_intake_user_cannot_add_users(home: Path) -> None:
    _login(home, "users", "add", "cem", more="cem zijn wachtzin\n")
    code, _out, err = _login(
        home, "users", "add", "dirk", user="cem", passphrase="cem zijn wachtzin", more="dirk zijn wachtzin\n"
    )
    assert code == 1 and "rechten" in err


def test_recovery_code_resets_a_forgotten_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "v"
    _code, out, _ = run(
        "init",
        "--vault",
        str(home),
        "--org",
        "GGD",
        "--org-type",
        "health",
        "--admin",
        "anna",
        stdin=ADMIN_PASS + "\n",
    )
    recovery = re.search(r"^    (\S+)$", out, re.M).group(1)  # type: ignore[union-attr]
    code, out, err = run(
        "users",
        "passwd",
        "anna",
        "--vault",
        str(home),
        "--recovery",
        stdin=recovery + "\nvergeten en nu nieuw\n",
    )
    assert code == 0, err
    assert _login(home, "users", "list", passphrase="vergeten en nu nieuw")[0] == 0


def test_audit_verify_ok_and_after_tampering(home: Path) -> None:
    code, out, _ = _login(home, "audit", "verify")
    assert code == 0 and "Auditlog in orde" in out
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        session.conn.execute("DROP TRIGGER audit_log_no_update")
        session.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    code, _out, err = _login(home, "audit", "verify")
    assert code == 3
    assert "rij 1 is gewijzigd" in err and "audit_log_no_update" in err


def test_audit_show_lists_recent_rows(home: Path) -> None:
    code, out, _ = _login(home, "audit", "show", "--last", "3")
    assert code == 0 and [line.split("\t")[3] for line in out.splitlines()] == ["init", "key_create", "unlock"]


def test_backup_and_restore(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "kopie.signaal"
    code, out, err = _login(home, "backup", str(target))
    assert code == 0, err
    assert target.is_file() and Path(str(target) + ".keys").is_file()
    _login(home, "users", "add", "na-de-kopie", more="een andere wachtzin\n")
    code, out, err = _login(home, "restore", str(target))
    assert code == 0, err
    code, out, _ = _login(home, "users", "list")
    assert out.splitlines() == ["anna\tadmin", "na-de-kopie\tintake"]  # a restore keeps the current users
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        assert database.integrity_problems(session.conn) == []


def test_backup_to_an_existing_path_is_a_clear_message(home: Path, tmp_path: Path) -> None:
    """Issue 17, point 9: this was a FileExistsError traceback."""
    target = tmp_path / "kopie.signaal"
    target.write_bytes(b"iets anders")
    code, _out, err = _login(home, "backup", str(target))
    assert code == 1 and "Traceback" not in err and "Er staat al een bestand" in err
    assert target.read_bytes() == b"iets anders"


def test_no_command_prints_help() -> None:
    code, out, _ = run()
    assert code == 2 and "signaal" in out
