from __future__ import annotations

from dataclasses import replace

from app.core.audit import GENESIS, AuditEntry, entry_hash, verify_chain


def _chain(n: int) -> list[AuditEntry]:
    entries, prev = [], GENESIS
    for seq in range(1, n + 1):
        detail = {"n": seq}
        digest = entry_hash(prev, seq, "2026-01-01T00:00:00Z", "anna", "case_view", f"TS-{seq}", detail)
        entries.append(AuditEntry(seq, "2026-01-01T00:00:00Z", "anna", "case_view", f"TS-{seq}", detail, prev, digest))
        prev = digest
    return entries


def test_intact_chain_has_no_problems() -> None:
    chain = _chain(5)
    assert verify_chain(chain, 5, chain[-1].hash) == []


def test_edited_field_is_found() -> None:
    chain = _chain(5)
    chain[2] = replace(chain[2], actor="mallory")
    assert [(p.seq, p.kind) for p in verify_chain(chain, 5, chain[-1].hash)] == [(3, "edited")]


def test_deleted_middle_row_is_found() -> None:
    chain = _chain(5)
    del chain[1]
    kinds = {(p.seq, p.kind) for p in verify_chain(chain, 5, chain[-1].hash)}
    assert (2, "missing") in kinds and (3, "bad_link") in kinds


def test_deleted_last_rows_are_found() -> None:
    chain = _chain(5)
    problems = verify_chain(chain[:3], 5, chain[-1].hash)
    assert [(p.seq, p.kind) for p in problems] == [(4, "truncated"), (5, "truncated")]


def test_rows_beyond_head_are_found() -> None:
    chain = _chain(5)
    assert [(p.seq, p.kind) for p in verify_chain(chain, 4, chain[3].hash)] == [(5, "unexpected")]


def test_rewritten_last_row_with_fresh_hash_is_found_by_head() -> None:
    chain = _chain(3)
    last = chain[2]
    forged_hash = entry_hash(last.prev_hash, 3, last.at, "mallory", last.action, last.subject, last.detail)
    chain[2] = replace(last, actor="mallory", hash=forged_hash)
    assert [(p.seq, p.kind) for p in verify_chain(chain, 3, last.hash)] == [(3, "edited")]
