"""Fuzzing the importer: random bytes and mutated real batches never crash it and never import half."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.batch.schema import Basis, Melding, Person, Status
from app.crypto.minisign import SecretKey, parse_signature
from app.export.seal import BatchFiles, pack
from app.registry import keys
from app.registry.importer import import_file
from app.vault.session import Session
from tests.export.vector import CREATED, MELDINGEN
from tests.registry.batches import seal_raw

ORG_KEY = SecretKey(bytes(range(8)), bytes(range(1, 33)))  # TEST ONLY (the same as batches.KEY_A)


@pytest.fixture
def trusted(registry: Session) -> Iterator[tuple[Session, BatchFiles]]:
    keys.trust(registry, ORG_KEY.public().to_text(), "Fuzz GGD")
    recipient = keys.load(registry).recipient
    extra = [
        Melding(
            f"4444444{n}-4444-4444-8444-444444444444",
            Status.NEW,
            Basis.CONSENT,
            MELDINGEN[0].facts,
            Person("Ana", "Voorbeeld", "1999-02-03", ""),
        )
        for n in range(3)
    ]
    files = pack(
        [*MELDINGEN, *extra],
        key=ORG_KEY,
        org_id="fuzz-ggd",
        sequence=1,
        batch_id="00000000-0000-4000-8000-00000000f022",
        created=CREATED,
        recipient=recipient,
        form_versions=[],
    )
    yield registry, files


def _state(session: Session) -> tuple[object, ...]:
    tables = ("reg_meldingen", "received_batches", "duplicate_candidates")
    counts = tuple(session.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    last = session.conn.execute("SELECT last_sequence FROM trusted_senders").fetchall()
    return counts, tuple(last)


def _try(session: Session, folder: Path, data: bytes, signature: bytes) -> bool:
    path = folder / "fuzz-ggd-20260331-000001.signaal.age"
    path.write_bytes(data)
    Path(str(path) + ".minisig").write_bytes(signature)
    before = _state(session)
    outcome = import_file(session, path)
    if not outcome.accepted:
        assert _state(session) == before and outcome.message
    return outcome.accepted


def test_the_real_batch_imports(trusted: tuple[Session, BatchFiles], tmp_path: Path) -> None:
    session, files = trusted
    assert _try(session, tmp_path, files.encrypted, files.outer_sig)
    assert _state(session)[0] == (6, 1, 3)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), signature=st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly(
    trusted: tuple[Session, BatchFiles], tmp_path_factory: pytest.TempPathFactory, data: bytes, signature: bytes
) -> None:
    session, _files = trusted
    assert not _try(session, tmp_path_factory.mktemp("fuzz"), data, signature)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_batches_are_refused_cleanly(
    trusted: tuple[Session, BatchFiles], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    session, files = trusted
    payload, signature = bytearray(files.encrypted), bytearray(files.outer_sig)
    mutation = data.draw(st.sampled_from(["flip", "truncate", "append", "sig_flip", "sig_line"]))
    if mutation == "flip":
        spot = data.draw(st.integers(0, len(payload) - 1))
        payload[spot] ^= data.draw(st.integers(1, 255))
    elif mutation == "truncate":
        payload = payload[: data.draw(st.integers(0, len(payload) - 1))]
    elif mutation == "append":
        payload += data.draw(st.binary(min_size=1, max_size=64))
    elif mutation == "sig_flip":
        spot = data.draw(st.integers(0, len(signature) - 1))
        signature[spot] = data.draw(st.integers(32, 126).filter(lambda b: b != signature[spot]))
    else:
        lines = bytes(signature).split(b"\n")
        lines[data.draw(st.integers(0, 3))] = data.draw(st.binary(max_size=80)).replace(b"\n", b"")
        signature = bytearray(b"\n".join(lines))
    accepted = _try(session, tmp_path_factory.mktemp("mut"), bytes(payload), bytes(signature))
    if accepted:  # only when nothing that is signed changed (the untrusted comment, or equivalent base64)
        assert bytes(payload) == files.encrypted
        assert parse_signature(bytes(signature).decode()) == parse_signature(files.outer_sig.decode())
        session.conn.execute("DELETE FROM reg_meldingen")
        session.conn.execute("DELETE FROM received_batches")
        session.conn.execute("DELETE FROM duplicate_candidates")
        session.conn.execute("UPDATE trusted_senders SET last_sequence = 0")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.sampled_from(["v", "SU", "NL", "2026-03"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(MELDINGEN[0].to_json())), value=_JSON, raw=st.binary(max_size=200))
def test_signed_batches_with_hostile_lines_are_refused_cleanly(
    trusted: tuple[Session, BatchFiles],
    tmp_path_factory: pytest.TempPathFactory,
    field: str,
    value: object,
    raw: bytes,
) -> None:
    """Signed by a trusted key, so every check after the signature is reached: a changed field or raw bytes
    as a line never crash the importer (no ``internal`` refusal) and never import half."""
    session, _files = trusted
    recipient = keys.load(session).recipient
    doc = MELDINGEN[0].to_json() | {field: value}
    line = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
    for jsonl in (line, raw + b"\n"):
        folder = tmp_path_factory.mktemp("signed")
        path = seal_raw(folder, recipient=recipient, jsonl=jsonl)
        before = _state(session)
        outcome = import_file(session, path)
        if not outcome.accepted:
            assert _state(session) == before
            last = session.conn.execute("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
            assert json.loads(last)["reason"] != "internal", outcome.message
        else:
            session.conn.execute("DELETE FROM reg_meldingen")
            session.conn.execute("DELETE FROM received_batches")
