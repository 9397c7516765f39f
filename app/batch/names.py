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
_SEQUENCE = re.compile(r"-(\d{6,})\.signaal\.age$")
_SIZE = re.compile(r"\bsize=(\d+)\b")


def file_name(org_id: str, created: datetime, sequence: int) -> str:
    """``<org>-<yyyymmdd>-<seq>.signaal.age``: the UTC creation date, the sequence number in six digits."""
    return f"{org_id}-{created.astimezone(UTC):%Y%m%d}-{sequence:06d}{SUFFIX}"


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


def manifest_comment(batch_id: str, org_id: str, sequence: int) -> str:
    """The trusted comment of the manifest's signature."""
    return f"{FORMAT} batch_id={batch_id} org={org_id} sequence={sequence}"
