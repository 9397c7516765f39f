"""``manifest.json``: what the batch holds and for whom, as a typed object and as its exact bytes
(sorted keys, two-space indentation, ASCII, final newline)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.batch.errors import InvalidManifest
from app.batch.names import FORMAT, MAX_SEQUENCE, manifest_comment
from app.batch.validate import CHECKLIST_VERSION, UUID

MAX_COUNT = 100_000  # meldingen in one batch (app/batch/lines.py refuses longer files)
MAX_FORM_VERSIONS = 16
ORG_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ORG_ID = 40
_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_HEX = re.compile(r"[0-9a-f]{64}")


def utc_text(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Manifest:
    batch_id: str
    org_id: str
    org_key_id: str  # the minisign key id of the organisation's key, 16 hex digits
    sequence: int
    created: str  # UTC, YYYY-MM-DDTHH:MM:SSZ
    recipient: str  # the age recipient the batch was made for
    form_versions: tuple[str, ...]
    count: int  # lines in meldingen.jsonl
    sha256: str  # of meldingen.jsonl, hex
    audit_rows: int | None = None  # optional anchor: the field vault's audit log at export (rows, last hash)
    audit_head: str | None = None

    @classmethod
    def describe(
        cls,
        jsonl: bytes,
        *,
        count: int,
        batch_id: str,
        org_id: str,
        org_key_id: str,
        sequence: int,
        created: datetime,
        recipient: str,
        form_versions: Iterable[str],
        audit_anchor: tuple[int, str] | None = None,
    ) -> Manifest:
        """The manifest of ``jsonl`` (``count`` meldingen): its hash, the versions sorted without repeats, and
        the field vault's audit anchor (rows, head hash) when given."""
        versions = tuple(sorted(set(form_versions)))
        digest = hashlib.sha256(jsonl).hexdigest()
        rows, head = audit_anchor if audit_anchor is not None else (None, None)
        created_at = utc_text(created)
        return cls(batch_id, org_id, org_key_id, sequence, created_at, recipient, versions, count, digest, rows, head)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "batch_id": self.batch_id,
            "org_id": self.org_id,
            "org_key_id": self.org_key_id,
            "sequence": self.sequence,
            "created": self.created,
            "recipient": self.recipient,
            "form_versions": list(self.form_versions),
            "count": self.count,
            "sha256": self.sha256,
        } | ({"audit_rows": self.audit_rows, "audit_head": self.audit_head} if self.audit_head is not None else {})

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")

    def signature_comment(self) -> str:
        """The trusted comment of ``manifest.json.minisig``."""
        return manifest_comment(self.batch_id, self.org_id, self.sequence)

    def matches(self, jsonl: bytes, lines: int) -> bool:
        """Whether ``jsonl`` (of ``lines`` lines) is what this manifest describes."""
        return hashlib.sha256(jsonl).hexdigest() == self.sha256 and lines == self.count

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """The manifest as received, checked whole: every key of its type and in its range, no key outside the
        format (the optional ``audit_head`` / ``audit_rows`` anchors aside), and canonical bytes.
        ``InvalidManifest`` names the first thing wrong."""
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InvalidManifest("JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise InvalidManifest("format")
        for key in sorted(set(doc) - set(_CHECKS) - {"format"}):
            raise InvalidManifest(key)
        for key, check in _CHECKS.items():
            if (key in doc or key not in OPTIONAL) and not check(doc.get(key)):
                raise InvalidManifest(key)
        if json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n" != raw:
            raise InvalidManifest("canonical")
        return cls(
            doc["batch_id"],
            doc["org_id"],
            doc["org_key_id"],
            doc["sequence"],
            doc["created"],
            doc["recipient"],
            tuple(doc["form_versions"]),
            doc["count"],
            doc["sha256"],
            doc.get("audit_rows"),
            doc.get("audit_head"),
        )


def _text(pattern: re.Pattern[str], limit: int = 200) -> Callable[[object], bool]:
    return lambda value: isinstance(value, str) and len(value) <= limit and pattern.fullmatch(value) is not None


def _number(low: int, high: int) -> Callable[[object], bool]:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _created(value: object) -> bool:
    if not isinstance(value, str) or not _CREATED.fullmatch(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def _versions(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= MAX_FORM_VERSIONS
        and all(isinstance(v, str) and CHECKLIST_VERSION.fullmatch(v) for v in value)
    )


# every manifest key (``format`` aside) and its check, in the order they are checked
_CHECKS: dict[str, Callable[[object], bool]] = {
    "batch_id": _text(UUID),
    "org_id": _text(ORG_ID, MAX_ORG_ID),
    "org_key_id": _text(re.compile(r"[0-9A-F]{16}")),
    "sequence": _number(1, MAX_SEQUENCE),
    "created": _created,
    "recipient": _text(re.compile(r"age1[02-9ac-hj-np-z]{58}")),
    "count": _number(1, MAX_COUNT),
    "sha256": _text(_HEX),
    "form_versions": _versions,
    "audit_head": _text(_HEX),  # optional: the vault's audit anchor (its last row's hash) at export
    "audit_rows": _number(0, 2**53),  # optional: the number of audit rows at export
}
OPTIONAL = frozenset({"audit_head", "audit_rows"})
