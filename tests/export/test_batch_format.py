"""The signaal-batch/1 test vector: fixed keys and input give exactly the committed files; the
stock tools accept them."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.batch.names import MANIFEST, MANIFEST_SIG, MELDINGEN
from app.crypto.age import decrypt, recipient_of
from app.crypto.minisign import parse_public_key, verify
from app.export.seal import BatchFiles, pack
from tests.export import vector as v

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / v.FOLDER


def _files() -> BatchFiles:
    return pack(
        v.MELDINGEN,
        key=v.ORG_KEY,
        org_id=v.ORG_ID,
        sequence=v.SEQUENCE,
        batch_id=v.BATCH_ID,
        created=v.CREATED,
        recipient=recipient_of(v.REGISTRY_IDENTITY),
        form_versions=["core@2026.11,ggd_intake@2026.11"],
    )


def test_fixed_input_gives_the_exact_files() -> None:
    files = _files()
    assert files.name == "ggd-voorbeeld-20260331-000007.signaal.age"
    assert files.jsonl == (EXPECTED / "meldingen.jsonl").read_bytes()
    assert files.manifest == (EXPECTED / "manifest.json").read_bytes()
    assert files.manifest_sig == (EXPECTED / "manifest.json.minisig").read_bytes()
    assert hashlib.sha256(files.archive).hexdigest() == (EXPECTED / "archive.zip.sha256").read_text().split()[0]
    assert v.ORG_KEY.public().to_text() == (EXPECTED / "org.pub").read_text()


def test_the_age_file_decrypts_to_the_exact_archive_and_is_signed() -> None:
    files = _files()
    assert files.encrypted != _files().encrypted  # age is randomised on purpose
    assert decrypt(files.encrypted, v.REGISTRY_IDENTITY) == files.archive
    comment = verify(files.encrypted, files.outer_sig.decode(), parse_public_key((EXPECTED / "org.pub").read_text()))
    assert comment == f"signaal-batch/1 file={files.name} size={len(files.encrypted)} sequence=7"


def test_archive_is_stored_not_compressed_with_three_members() -> None:
    with zipfile.ZipFile(io.BytesIO(_files().archive)) as archive:
        assert [i.filename for i in archive.infolist()] == [MELDINGEN, MANIFEST, MANIFEST_SIG]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in archive.infolist())


@pytest.mark.skipif(not (shutil.which("minisign") and shutil.which("age")), reason="stock minisign/age not installed")
def test_stock_tools_accept_the_vector(tmp_path: Path) -> None:
    files = _files()
    (tmp_path / files.name).write_bytes(files.encrypted)
    (tmp_path / files.sig_name).write_bytes(files.outer_sig)
    (tmp_path / "registry.key").write_text(v.REGISTRY_IDENTITY + "\n")
    pub = str(EXPECTED / "org.pub")
    subprocess.run(["minisign", "-Vm", str(tmp_path / files.name), "-p", pub], check=True, capture_output=True)
    zipped = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "registry.key"), str(tmp_path / files.name)], check=True, capture_output=True
    ).stdout
    assert zipped == files.archive
    subprocess.run(["minisign", "-Vm", str(EXPECTED / "manifest.json"), "-p", pub], check=True, capture_output=True)
    digest = subprocess.run(
        ["sha256sum", str(EXPECTED / "meldingen.jsonl")], check=True, capture_output=True, text=True
    )
    assert digest.stdout.split()[0] in (EXPECTED / "manifest.json").read_text()


def test_the_spec_shows_the_current_vector() -> None:
    spec = (ROOT / "docs" / "batch-format.md").read_text("utf-8")
    for name in ("meldingen.jsonl", "manifest.json", "manifest.json.minisig"):
        assert (EXPECTED / name).read_text("utf-8") in spec, name
    assert (EXPECTED / "archive.zip.sha256").read_text().split()[0] in spec
