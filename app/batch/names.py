"""The names of ``signaal-batch/1``: the format tag, the ZIP members in their order, the batch file name
``<org>-<yyyymmdd>-<seq>.signaal.age`` and the trusted comments of the two signatures."""

from __future__ import annotations

import re
from datetime import UTC, datetime

FORMAT = "signaal-batch/1"
MELDINGEN, MANIFEST, MANIFEST_SIG = "meldingen.jsonl", "manifest.json", "manifest.json.minisig"
MEMBER_ORDER = (MELDINGEN, MANIFEST, MANIFEST_SIG)
SUFFIX = ".signaal.age"
SIG_SUFFIX = ".minisig"
MAX_SEQUENCE = 999_999  # six digits in the file name; a sender's numbers never go beyond
MAX_JUMP = 1_000  # how far a batch's number may lie above the highest one received from its sender
_SEQUENCE = re.compile(r"-(\d{6,})\.signaal\.age$")
_SIZE = re.compile(r"\bsize=(\d+)\b")
_OUTER = re.compile(r"signaal-batch/1 file=(\S{1,200}) size=(\d{1,12}) sequence=(\d{1,6})")


def file_name(org_id: str, created: datetime, sequence: int) -> str:
    """``<org>-<yyyymmdd>-<seq>.signaal.age``: the UTC creation date, the sequence number in six digits."""
    return f"{org_id}-{created.astimezone(UTC):%Y%m%d}-{sequence:06d}{SUFFIX}"


def file_name_of(org_id: str, created: str, sequence: int) -> str:
    """The file name a manifest's ``org_id``, ``created`` (``YYYY-MM-DDTHH:MM:SSZ``) and ``sequence`` give."""
    return f"{org_id}-{created[:4]}{created[5:7]}{created[8:10]}-{sequence:06d}{SUFFIX}"


def sig_name(name: str) -> str:
    """The outer signature's file, next to the batch."""
    return name + SIG_SUFFIX


def order_key(name: str) -> tuple[str, int]:
    """(organisation, sequence) from a batch file name, to take an organisation's batches in order; a name
    that does not follow the rule sorts by itself with sequence 0."""
    match = _SEQUENCE.search(name)
    return (name[: match.start()].rsplit("-", 1)[0], int(match.group(1))) if match else (name, 0)


def outer_comment(name: str, size: int, sequence: int) -> str:
    """The trusted comment of the outer signature (a truncated copy is recognised before decrypting)."""
    return f"{FORMAT} file={name} size={size} sequence={sequence}"


def size_in(comment: str) -> int | None:
    """The ``size=`` an outer signature's trusted comment promises, if any."""
    match = _SIZE.search(comment)
    return int(match.group(1)) if match else None


def parse_outer_comment(comment: str) -> tuple[str, int, int] | None:
    """(file name, size, sequence) of an outer signature's trusted comment; None when it does not follow
    the format exactly."""
    match = _OUTER.fullmatch(comment)
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None


def manifest_comment(batch_id: str, org_id: str, sequence: int) -> str:
    """The trusted comment of the manifest's signature."""
    return f"{FORMAT} batch_id={batch_id} org={org_id} sequence={sequence}"
