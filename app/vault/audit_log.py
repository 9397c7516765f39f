"""The hash-chained audit log inside the vault: append and verify."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from app.core.audit import GENESIS, AuditAction, AuditEntry, ChainProblem, entry_hash, verify_chain
from app.vault.database import Connection, transaction

REQUIRED_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def append(
    conn: Connection,
    *,
    at: str,
    actor: str,
    action: AuditAction,
    subject: str = "",
    detail: Mapping[str, object] | None = None,
) -> AuditEntry:
    """Add one row after the current head, in the caller's transaction (or its own)."""
    payload = dict(detail or {})
    with transaction(conn):
        prev_seq, prev_hash = head(conn)
        # Rows beyond the recorded head were added outside Signaal: write after them (so the vault keeps
        # working) but link to the real head, so the break stays visible to every later check.
        last = int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])
        seq = max(prev_seq, last) + 1
        digest = entry_hash(prev_hash, seq, at, actor, action.value, subject, payload)
        conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action.value, subject, _json(payload), prev_hash, digest),
        )
        conn.execute(
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            (seq, digest),
        )
    return AuditEntry(seq, at, actor, action.value, subject, payload, prev_hash, digest)


def add_note(conn: Connection, entry: AuditEntry, note: str) -> None:
    """Free text belonging to ``entry``, outside the chain; ``purge_notes`` removes it with expired cases."""
    if note:
        conn.execute("INSERT INTO audit_notes (seq, at, note) VALUES (?, ?, ?)", (entry.seq, entry.at, note))


def purge_notes(conn: Connection, before: str) -> int:
    """Remove notes written before ``before``; returns how many."""
    return int(conn.execute("DELETE FROM audit_notes WHERE at < ?", (before,)).rowcount)


def note(conn: Connection, seq: int) -> str | None:
    row = conn.execute("SELECT note FROM audit_notes WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])


def head(conn: Connection) -> tuple[int, str]:
    """The recorded last row: (seq, hash) — the anchor that goes into batches and backups."""
    row = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def beyond_head(conn: Connection) -> list[int]:
    """Row numbers after the recorded head that no Signaal append made (tampering)."""
    seq, _hash = head(conn)
    return [int(r[0]) for r in conn.execute("SELECT seq FROM audit_log WHERE seq > ? ORDER BY seq", (seq,))][:100]


def find_anchor(conn: Connection, anchor_hash: str) -> int | None:
    """The row whose hash is ``anchor_hash`` (a hash noted earlier, or from a batch or a backup), or None."""
    row = conn.execute("SELECT seq FROM audit_log WHERE hash = ?", (anchor_hash.strip().lower(),)).fetchone()
    return None if row is None else int(row[0])


def entries(conn: Connection, *, newest_first: bool = False, limit: int = -1) -> Iterator[AuditEntry]:
    order = "DESC" if newest_first else "ASC"
    cursor = conn.execute(
        f"SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq {order} LIMIT ?",
        (limit,),
    )
    for seq, at, actor, action, subject, detail, prev_hash, digest in cursor:
        yield AuditEntry(seq, at, actor, action, subject, json.loads(detail), prev_hash, digest)


@dataclass(frozen=True, slots=True)
class Verification:
    rows: int
    head_seq: int
    head_hash: str
    problems: list[ChainProblem]
    missing_triggers: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.missing_triggers


def verify(conn: Connection) -> Verification:
    head_seq, head_hash = head(conn)
    rows = list(entries(conn))
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return Verification(
        rows=len(rows),
        head_seq=head_seq,
        head_hash=head_hash,
        problems=verify_chain(rows, head_seq, head_hash),
        missing_triggers=[t for t in REQUIRED_TRIGGERS if t not in triggers],
    )


def _json(payload: Mapping[str, object]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
