"""The key-slot file parser: round trip, and only ``KeyFileCorrupt`` for anything malformed."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import SignaalError
from app.vault.errors import KeyFileCorrupt
from app.vault.keyfile import KeyFile, parse
from app.vault.paths import VaultPaths
from app.vault.session import Session


def test_round_trip(session: Session, paths: VaultPaths) -> None:
    raw = paths.keyfile.read_bytes()
    keyfile = parse(raw)
    assert keyfile.to_bytes() == raw
    assert isinstance(keyfile, KeyFile) and len(keyfile.slots) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format="other/1"),
        lambda d: d.update(generation=-1),
        lambda d: d.update(generation=True),
        lambda d: d["slots"][0]["kdf"].update(m=1 << 40),
        lambda d: d["slots"][0]["kdf"].update(alg="scrypt"),
        lambda d: d["slots"][0].update(kind="root"),
        lambda d: d["slots"][0].update(nonce="!!"),
        lambda d: d.pop("mac"),
        lambda d: d.update(slots=[{}] * 300),
    ],
)
def test_malformed_fields_are_corrupt(session: Session, paths: VaultPaths, change: object) -> None:
    doc = json.loads(paths.keyfile.read_text())
    change(doc)  # type: ignore[operator]
    with pytest.raises(KeyFileCorrupt):
        parse(json.dumps(doc).encode())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_never_crash_the_parser(data: bytes) -> None:
    with contextlib.suppress(KeyFileCorrupt):
        parse(data)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_random_json_never_crashes_the_parser(doc: object) -> None:
    with contextlib.suppress(KeyFileCorrupt):
        parse(json.dumps(doc).encode())


def test_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(KeyFileCorrupt, match="te groot"):
        parse(b" " * (1024 * 1024 + 1))


def _same_content(mutated: bytes, original: bytes) -> bool:
    try:
        return parse(mutated) == parse(original)
    except SignaalError:
        return False


@pytest.fixture(scope="module")
def locked_vault(tmp_path_factory: pytest.TempPathFactory) -> VaultPaths:
    from app.core.settings import OrgType, Settings
    from app.vault.lifecycle import create_vault
    from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, cheap_kdf, secret

    paths = VaultPaths(tmp_path_factory.mktemp("fuzzvault") / "vault")
    session, _code = create_vault(
        paths,
        settings=Settings("F", OrgType.COA, "FZ"),
        admin_name=ADMIN,
        admin_passphrase=secret(ADMIN_PASS),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    session.lock()
    return paths


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_mutated_sidecar_fails_unlock_cleanly_and_changes_nothing(
    locked_vault: VaultPaths, data: st.DataObject
) -> None:
    from app.core.errors import SignaalError
    from app.vault.lifecycle import PassphraseCredentials, unlock
    from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret

    original = locked_vault.keyfile.read_bytes()
    database_before = locked_vault.db.read_bytes()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.integers(0, len(mutated) - 1))
        mutated[where] = data.draw(st.integers(0, 255))
    if bytes(mutated) == original or _same_content(bytes(mutated), original):
        return  # e.g. a newline turned into a space: JSON layout is not covered by the MAC, the content is
    locked_vault.keyfile.write_bytes(bytes(mutated))
    try:
        with pytest.raises(SignaalError):
            unlock(locked_vault, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), FixedClock()).lock()
        assert locked_vault.db.read_bytes() == database_before
        assert locked_vault.keyfile.read_bytes() == bytes(mutated)  # not "repaired" behind the user's back
        assert not any(p.exists() for p in locked_vault.sidefiles())
    finally:
        locked_vault.keyfile.write_bytes(original)
        locked_vault.attempts.unlink(missing_ok=True)
