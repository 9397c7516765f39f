"""The ZIP inside the age file: exactly the three members, in order, uncompressed ("stored"), with a fixed
date and mode, so that the same members give the same bytes; and reading them back as the registry does."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from app.batch.errors import InvalidArchive
from app.batch.names import MANIFEST, MANIFEST_SIG, MELDINGEN, MEMBER_ORDER

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
MAX_MEMBER_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Members:
    jsonl: bytes  # meldingen.jsonl
    manifest: bytes  # manifest.json
    manifest_sig: bytes  # manifest.json.minisig

    def named(self) -> list[tuple[str, bytes]]:
        """(member name, bytes) in the order of the format."""
        by_name = {MELDINGEN: self.jsonl, MANIFEST: self.manifest, MANIFEST_SIG: self.manifest_sig}
        return [(name, by_name[name]) for name in MEMBER_ORDER]


def zip_bytes(files: list[tuple[str, bytes]]) -> bytes:
    """An uncompressed ZIP with fixed dates and modes, so the same input gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def pack(members: Members) -> bytes:
    return zip_bytes(members.named())


def unpack(archive: bytes) -> Members:
    """The three members; ``InvalidArchive`` when it is no ZIP, holds other or more members, a member is
    compressed or larger than a batch may be, or the ZIP is not byte for byte the one ``pack`` makes of its
    members (order, stored, fixed date and mode, "made by" Unix, no extra fields, no data descriptors, no
    comment, nothing before or after)."""
    try:
        with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
            infos = zipped.infolist()
            names = [i.filename for i in infos]
            if sorted(names) != sorted(MEMBER_ORDER) or any(i.file_size > MAX_MEMBER_BYTES for i in infos):
                raise InvalidArchive("members")
            if any(i.compress_type != zipfile.ZIP_STORED for i in infos):
                raise InvalidArchive("deflated")
            found = {i.filename: zipped.read(i) for i in infos}
    except InvalidArchive:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RecursionError):
        raise InvalidArchive("zip") from None
    members = Members(found[MELDINGEN], found[MANIFEST], found[MANIFEST_SIG])
    if names != list(MEMBER_ORDER):
        raise InvalidArchive("order")
    if pack(members) != archive:
        raise InvalidArchive("layout")
    return members
