"""``manifest.json``: what the batch holds and for whom, as a typed object and as its exact bytes
(sorted keys, two-space indentation, ASCII, final newline)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.batch.errors import InvalidManifest
from app.batch.names import FORMAT, manifest_comment

# (key, JSON type) of every key the registry requires, in the order it checks them
_REQUIRED: tuple[tuple[str, type], ...] = (
    ("batch_id", str),
    ("org_id", str),
    ("org_key_id", str),
    ("sequence", int),
    ("created", str),
    ("recipient", str),
    ("count", int),
    ("sha256", str),
    ("form_versions", list),
)


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
    ) -> Manifest:
        """The manifest of ``jsonl`` (``count`` meldingen): its hash, and the versions sorted without repeats."""
        versions = tuple(sorted(set(form_versions)))
        digest = hashlib.sha256(jsonl).hexdigest()
        return cls(batch_id, org_id, org_key_id, sequence, utc_text(created), recipient, versions, count, digest)

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
        }

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
        """The manifest as received; ``InvalidManifest`` names the first thing wrong (other keys are ignored)."""
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise InvalidManifest("JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise InvalidManifest("format")
        for key, kind in _REQUIRED:
            if not isinstance(doc.get(key), kind) or isinstance(doc.get(key), bool):
                raise InvalidManifest(key)
        if not all(isinstance(version, str) for version in doc["form_versions"]):
            raise InvalidManifest("form_versions")
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
        )
