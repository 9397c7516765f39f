"""``signaal keys``, ``signaal export`` and ``signaal verify`` as scripts run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto.age import generate_identity
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from tests.commands.test_cli import ADMIN_PASS, _login, init_vault, run
from tests.conftest import FixedClock, secret
from tests.export.conftest import add_case


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = init_vault(tmp_path / "kluis")
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        for _ in range(5):
            add_case(session)
    return home


def test_keys_show_writes_the_public_key(home: Path, tmp_path: Path) -> None:
    code, out, _ = _login(home, "keys", "show", "--out", str(tmp_path / "org.pub"))
    assert code == 0 and "Sleutel-id:" in out and "Nog geen ontvanger" in out
    assert (tmp_path / "org.pub").read_text().startswith("untrusted comment: minisign public key ")


def test_set_recipient_checks_the_value(home: Path) -> None:
    code, _out, err = _login(home, "keys", "set-recipient", "age1nietgeldig")
    assert code == 1 and "62 tekens" in err
    code, out, _ = _login(home, "keys", "set-recipient", generate_identity()[1])
    assert code == 0 and "vingerafdruk" in out


def test_dry_run_then_export_then_verify(home: Path, tmp_path: Path) -> None:
    _login(home, "keys", "set-recipient", generate_identity()[1])
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = _login(home, "export", "--to", str(usb), "--dry-run")
    assert code == 0, err
    assert "Proefrun" in out and out.count('"status": "new"') == 5 and list(usb.iterdir()) == []
    code, out, err = _login(home, "export", "--to", str(usb))
    assert code == 0, err
    assert "Geschreven en gecontroleerd" in out
    batch = next(usb.glob("*.signaal.age"))
    _login(home, "keys", "show", "--out", str(tmp_path / "org.pub"))
    code, out, _ = run("verify", str(batch), "--pubkey", str(tmp_path / "org.pub"))
    assert code == 0 and "Handtekening klopt" in out
    data = bytearray(batch.read_bytes())
    data[100] ^= 1
    batch.write_bytes(bytes(data))
    code, _out, err = run("verify", str(batch), "--pubkey", str(tmp_path / "org.pub"))
    assert code == 1 and "gewijzigd of beschadigd" in err


def test_export_without_recipient_says_how(home: Path, tmp_path: Path) -> None:
    code, _out, err = _login(home, "export", "--to", str(tmp_path))
    assert code == 1 and "set-recipient" in err


def test_dry_run_shows_the_level_the_loss_and_why(home: Path, tmp_path: Path) -> None:
    _login(home, "keys", "set-recipient", generate_identity()[1])
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        add_case(session, "BG")
    code, out, err = _login(home, "export", "--to", str(tmp_path), "--dry-run")
    assert code == 0, err
    assert "Gekozen niveau:" in out and "Informatieverlies" in out and "nationaliteit: regio" in out
    assert "nationaliteit RO → EU-2007" in out and "Waarom: de eigen groep was al 5" in out
    assert "nationaliteit BG → EU-2007" in out and "de eigen groep was 1 (minder dan 5)" in out


def test_a_smaller_k_needs_a_reason(home: Path, tmp_path: Path) -> None:
    _login(home, "keys", "set-recipient", generate_identity()[1])
    code, _out, err = _login(home, "export", "--to", str(tmp_path), "--k", "1")
    assert code == 1 and "reden" in err
    code, _out, err = _login(home, "export", "--to", str(tmp_path), "--k", "1", "--reason", "afgesproken")
    assert code == 0, err
