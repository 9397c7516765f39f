"""Audit log entries and the hash chain that makes edits and deletions visible.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields, in a canonical
JSON form. ``verify_chain`` recomputes the chain and says exactly which rows break it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

GENESIS = "0" * 64


class AuditAction(StrEnum):
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    CASE_CREATE = "case_create"
    CASE_VIEW = "case_view"
    CASE_EDIT = "case_edit"
    CASE_CLOSE = "case_close"
    CASE_REOPEN = "case_reopen"
    CASE_DELETE = "case_delete"
    CASE_PURGE = "case_purge"
    IDENTITY_VIEW = "identity_view"
    IDENTITY_EDIT = "identity_edit"
    INTERVIEW_START = "interview_start"
    INTERVIEW_EDIT = "interview_edit"
    INTERVIEW_FINISH = "interview_finish"
    ANSWER_EDIT = "answer_edit"
    ANSWER_CORRECT = "answer_correct"  # an answer of a finished interview changed afterwards, with a reason
    TRACK_TRANSITION = "track_transition"
    EXPORT = "export"
    REPORT = "report"  # a case report was made (identifying or not)
    USER_ADD = "user_add"
    USER_REMOVE = "user_remove"
    PASSPHRASE_CHANGE = "passphrase_change"
    PASSPHRASE_RESET = "passphrase_reset"
    RECOVERY_USED = "recovery_used"
    RECOVERY_ROTATE = "recovery_rotate"
    SETTINGS_EDIT = "settings_edit"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"
    INIT = "init"
    KEY_CREATE = "key_create"
    TRUST_ADD = "trust_add"
    TRUST_REVOKE = "trust_revoke"
    IMPORT = "import"
    IMPORT_REJECTED = "import_rejected"
    DUPLICATE_LINK = "duplicate_link"
    DUPLICATE_DISMISS = "duplicate_dismiss"
    REKEY = "rekey"  # a new data key (and signing key) after a user was removed or the recovery code renewed
    AUDIT_TAMPERED = "audit_tampered"  # rows found beyond the recorded head at unlock


# Reasons the audit log keeps as codes; any other text is kept as a note outside the chain, which the
# retention purge removes (a free-text reason may name a person, and the log outlives every case).
DELETE_REASONS = ("dubbel", "test", "fout_ingevoerd", "verzoek_betrokkene", "anders")
OVERRIDE_REASONS = ("afgesproken_met_register", "anders")


def reason_code(text: str, codes: tuple[str, ...]) -> tuple[str, str]:
    """(code, note): a known code as it is, anything else as ``anders`` with the text as note."""
    cleaned = text.strip()
    return (cleaned, "") if cleaned in codes else ("anders", cleaned)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    detail: Mapping[str, object]
    prev_hash: str
    hash: str


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, subject: str, detail: Mapping[str, object]
) -> str:
    payload = json.dumps(
        [prev_hash, seq, at, actor, action, subject, detail],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    kind: str  # "edited", "missing", "truncated", "bad_link", "unexpected"


def verify_chain(entries: Iterable[AuditEntry], head_seq: int, head_hash: str) -> list[ChainProblem]:
    """Check links and hashes of ``entries`` (in seq order) against the recorded head."""
    problems: list[ChainProblem] = []
    prev_hash, expected_seq = GENESIS, 1
    for entry in entries:
        if entry.seq != expected_seq:
            problems.extend(ChainProblem(s, "missing") for s in range(expected_seq, entry.seq))
        if entry.prev_hash != prev_hash:
            problems.append(ChainProblem(entry.seq, "bad_link"))
        recomputed = entry_hash(
            entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.detail
        )
        if recomputed != entry.hash:
            problems.append(ChainProblem(entry.seq, "edited"))
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    last_seq = expected_seq - 1
    if last_seq < head_seq:
        problems.extend(ChainProblem(s, "truncated") for s in range(last_seq + 1, head_seq + 1))
    elif last_seq > head_seq:
        problems.extend(ChainProblem(s, "unexpected") for s in range(head_seq + 1, last_seq + 1))
    elif prev_hash != head_hash and not problems:
        problems.append(ChainProblem(head_seq, "edited"))
    return problems
