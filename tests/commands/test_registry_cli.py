"""``signaal registry`` and ``signaal demo`` from the command line: init, trust, import, review, stats."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.commands.test_cli import run

PASS = "register wachtzin lang"


def _reg(home: Path, *argv: str) -> tuple[int, str, str]:
    return run("registry", *argv, "--vault", str(home), "--user", "karin", stdin=PASS + "\n")


@pytest.fixture
def registry_home(tmp_path: Path) -> tuple[Path, str]:
    home = tmp_path / "register"
    code, out, err = run("registry", "init", "--vault", str(home), "--admin", "karin", stdin=PASS + "\n")
    assert code == 0, err
    recipient = re.search(r"^    (age1\S+)$", out, re.M).group(1)  # type: ignore[union-attr]
    assert "Vingerafdruk" in out
    return home, recipient


def test_demo_to_national_tables(registry_home: tuple[Path, str], tmp_path: Path) -> None:
    home, recipient = registry_home
    demo = tmp_path / "demo"
    code, out, _ = run(
        "demo",
        "generate",
        "--out",
        str(demo),
        "--recipient",
        recipient,
        "--orgs",
        "3",
        "--meldingen",
        "600",
        "--years",
        "2",
    )
    assert code == 0 and "600 meldingen" in out
    code, out, err = _reg(home, "trust", "add", *[str(p) for p in sorted((demo / "keys").glob("*.pub"))])
    assert code == 0, err
    assert out.count("Vertrouwd:") == 3
    code, out, _ = _reg(home, "import", str(demo / "batches"))
    assert code == 0 and out.strip().endswith("72 aangenomen, 0 geweigerd.")
    code, out, _ = _reg(home, "import", str(demo / "batches"))
    assert code == 72 and "herhaalde batch" in out  # nothing is imported twice; the code counts the refusals
    code, out, _ = _reg(home, "review", "list")
    assert code == 0
    candidate = re.match(r"^(\d+)\t", out)
    assert candidate is not None, out  # the generator repeats some persons
    assert _reg(home, "review", "link", candidate.group(1))[0] == 0
    code, out, _ = _reg(home, "stats", "--csv", str(tmp_path / "s.csv"), "--pdf", str(tmp_path / "s.pdf"))
    assert code == 0 and "meldingen" in out
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text())))
    assert {r["tabel"] for r in rows} >= {"stromen", "gender", "vier_vormen", "melder_basis"}
    assert all(r["aantal"] in ("-", "<5", "x") or int(r["aantal"]) >= 5 for r in rows)  # "<5": the streams
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_trust_list_and_revoke(registry_home: tuple[Path, str], tmp_path: Path) -> None:
    home, recipient = registry_home
    run(
        "demo",
        "generate",
        "--out",
        str(tmp_path / "d"),
        "--recipient",
        recipient,
        "--orgs",
        "1",
        "--meldingen",
        "5",
        "--years",
        "1",
    )
    pub = next((tmp_path / "d" / "keys").glob("*.pub"))
    _reg(home, "trust", "add", str(pub), "--name", "GGD Test")
    code, out, _ = _reg(home, "trust", "list")
    key_id = out.split("\t")[0]
    assert code == 0 and "GGD Test\tactief" in out
    assert _reg(home, "trust", "revoke", key_id)[0] == 0
    assert "ingetrokken" in _reg(home, "trust", "list")[1]
    code, out, _ = _reg(home, "import", str(tmp_path / "d" / "batches"))
    assert code == out.count("NEE ") > 0 and "ingetrokken" in out


def test_a_field_vault_is_not_a_registry(tmp_path: Path) -> None:
    from tests.commands.test_cli import ADMIN_PASS, init_vault

    home = init_vault(tmp_path / "veld")
    code, _out, err = run("registry", "stats", "--vault", str(home), "--user", "anna", stdin=ADMIN_PASS + "\n")
    assert code == 1 and "geen register" in err
