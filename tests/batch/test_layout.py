"""The manifest, the ZIP member layout and the file names of signaal-batch/1."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.batch import archive, lines, names
from app.batch.errors import InvalidArchive, InvalidManifest
from app.batch.manifest import Manifest
from tests.export import vector as v

EXPECTED = Path(__file__).resolve().parents[2] / v.FOLDER
VERSION = "core@2026.11,ggd_intake@2026.11"


def _manifest() -> Manifest:
    return Manifest.describe(
        lines.encode(v.MELDINGEN),
        count=len(v.MELDINGEN),
        batch_id=v.BATCH_ID,
        org_id=v.ORG_ID,
        org_key_id=v.ORG_KEY.public().key_id_hex,
        sequence=v.SEQUENCE,
        created=v.CREATED,
        recipient="age1t7rxyev2z3rw82stdlrrepyc39nvn86l5078zqkf5uasdy86jp6svpy7pa",
        form_versions=[VERSION, VERSION],
    )


def test_the_manifest_has_the_exact_bytes_and_reads_back() -> None:
    manifest = _manifest()
    assert manifest.to_bytes() == (EXPECTED / "manifest.json").read_bytes()
    assert Manifest.from_bytes(manifest.to_bytes()) == manifest
    assert manifest.form_versions == (VERSION,) and manifest.created == "2026-03-31T12:00:00Z"
    assert manifest.matches(lines.encode(v.MELDINGEN), 3) and not manifest.matches(b"", 0)
    assert manifest.signature_comment() == (f"signaal-batch/1 batch_id={v.BATCH_ID} org=ggd-voorbeeld sequence=7")


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        (b"\xff", "JSON"),
        (b"[]", "format"),
        (b'{"format": "signaal-batch/2"}', "format"),
        (b'{"format": "signaal-batch/1", "batch_id": 5}', "batch_id"),
    ],
)
def test_a_bad_manifest_names_what(raw: bytes, detail: str) -> None:
    with pytest.raises(InvalidManifest) as caught:
        Manifest.from_bytes(raw)
    assert caught.value.detail == detail


def test_a_bool_is_no_number_and_versions_are_text() -> None:
    doc = _manifest().to_json()
    for key, value in (("sequence", True), ("form_versions", [1])):
        raw = Manifest(**{**_manifest_fields(), key: value}).to_bytes()  # type: ignore[arg-type]
        with pytest.raises(InvalidManifest) as caught:
            Manifest.from_bytes(raw)
        assert caught.value.detail == key
    assert doc["format"] == names.FORMAT


def _manifest_fields() -> dict[str, object]:
    manifest = _manifest()
    return {name: getattr(manifest, name) for name in Manifest.__dataclass_fields__}


def test_the_zip_holds_three_stored_members_in_order_and_reads_back() -> None:
    members = archive.Members(b"a\n", b"{}\n", b"sig\n")
    zipped = archive.pack(members)
    assert zipped == archive.pack(members)  # the same members, the same bytes
    with zipfile.ZipFile(io.BytesIO(zipped)) as opened:
        infos = opened.infolist()
    assert [i.filename for i in infos] == list(names.MEMBER_ORDER)
    assert all(i.compress_type == zipfile.ZIP_STORED and i.date_time == archive.ZIP_DATE for i in infos)
    assert all(i.external_attr >> 16 == 0o100644 for i in infos)
    assert archive.unpack(zipped) == members


def test_a_wrong_archive_is_refused() -> None:
    extra = archive.zip_bytes([*archive.Members(b"", b"", b"").named(), ("notes.txt", b"x")])
    missing = archive.zip_bytes(archive.Members(b"", b"", b"").named()[:2])
    for bad in (b"not a zip", extra, missing):
        with pytest.raises(InvalidArchive):
            archive.unpack(bad)


def test_file_names() -> None:
    created = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    name = names.file_name("ggd-voorbeeld", created, 7)
    assert name == "ggd-voorbeeld-20260331-000007.signaal.age"
    assert names.sig_name(name) == name + ".minisig"
    assert names.order_key(name) == ("ggd-voorbeeld", 7)
    assert names.order_key("other.bin") == ("other.bin", 0)
    comment = names.outer_comment(name, 1234, 7)
    assert comment == f"signaal-batch/1 file={name} size=1234 sequence=7" and names.size_in(comment) == 1234
