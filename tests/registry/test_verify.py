"""Every way a batch can be wrong is rejected with its own message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.batch.archive import zip_bytes
from app.batch.names import MANIFEST, MANIFEST_SIG, MELDINGEN
from app.crypto.age import encrypt, generate_identity, recipient_of
from app.crypto.minisign import SecretKey
from app.export.seal import BatchFiles, pack
from app.registry.verify import BatchRejected, open_batch, verify_outer
from tests.export import vector as v

RECIPIENT = recipient_of(v.REGISTRY_IDENTITY)
PUBLIC = v.ORG_KEY.public()


def _batch(sequence: int = v.SEQUENCE, recipient: str = RECIPIENT) -> BatchFiles:
    return pack(
        v.MELDINGEN,
        key=v.ORG_KEY,
        org_id=v.ORG_ID,
        sequence=sequence,
        batch_id=v.BATCH_ID,
        created=v.CREATED,
        recipient=recipient,
        form_versions=[],
    )


def _open(
    files: BatchFiles, received: tuple[int, ...] = (), data: bytes | None = None, sig: bytes | None = None
) -> object:
    return open_batch(
        data if data is not None else files.encrypted,
        (sig or files.outer_sig).decode(),
        PUBLIC,
        identity=v.REGISTRY_IDENTITY,
        recipient=RECIPIENT,
        received=received,
    )


def _reason(files: BatchFiles, **kwargs: object) -> tuple[str, str]:
    with pytest.raises(BatchRejected) as caught:
        _open(files, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason, str(caught.value)


def test_a_good_batch_opens() -> None:
    opened = _open(_batch(), received=(1, 2, 3, 4, 5))
    assert opened.manifest.sequence == 7 and len(opened.meldingen) == 3 and opened.gap == 1  # type: ignore[attr-defined]


def test_distinct_messages_for_each_failure() -> None:
    files = _batch()
    flipped = bytearray(files.encrypted)
    flipped[len(flipped) // 2] ^= 0x01
    signed_by_other = replace(files, outer_sig=SecretKey.generate().sign(files.encrypted, "x").encode())
    _other_identity, other_recipient = generate_identity()
    cases = {
        "tampered": _reason(files, data=bytes(flipped)),
        "truncated": _reason(files, data=files.encrypted[:-100]),
        "wrong_key": _reason(signed_by_other),
        "replay": _reason(files, received=(7,)),
        "not_for_us": _reason(_batch(recipient=other_recipient)),
        "signature_file": _reason(files, sig=b"garbage"),
    }
    assert {reason for reason, _text in cases.values()} == set(cases)
    assert len({text for _reason, text in cases.values()}) == len(cases)
    assert "afgekapt" in cases["truncated"][1] and "herhaalde batch" in cases["replay"][1]


def _resigned(archive: bytes, recipients: list[str]) -> BatchFiles:
    """A batch built by someone holding the org key but breaking the inner rules."""
    encrypted = encrypt(archive, recipients)
    comment = f"signaal-batch/1 file=x size={len(encrypted)} sequence=7"  # no file name is checked here
    return replace(_batch(), encrypted=encrypted, outer_sig=v.ORG_KEY.sign(encrypted, comment).encode())


def test_inner_checks() -> None:
    good = _batch()
    forwarded = _batch(recipient=generate_identity()[1])  # signed for someone else, re-encrypted to us
    assert _reason(_resigned(forwarded.archive, [RECIPIENT]))[0] == "recipient"
    wrong_manifest_sig = zip_bytes(
        [
            (MELDINGEN, good.jsonl),
            (MANIFEST, good.manifest),
            (MANIFEST_SIG, SecretKey.generate().sign(good.manifest, "x").encode()),
        ]
    )
    assert _reason(_resigned(wrong_manifest_sig, [RECIPIENT]))[0] == "manifest_signature"
    extra_line = zip_bytes(
        [
            (MELDINGEN, good.jsonl + b'{"status":"withdrawn","uuid":"44444444-4444-4444-8444-444444444444"}\n'),
            (MANIFEST, good.manifest),
            (MANIFEST_SIG, good.manifest_sig),
        ]
    )
    assert _reason(_resigned(extra_line, [RECIPIENT]))[0] == "hash"
    assert _reason(_resigned(b"not a zip", [RECIPIENT]))[0] == "archive"


def test_outer_check_without_decrypting() -> None:
    files = _batch()
    assert verify_outer(files.encrypted, files.outer_sig.decode(), PUBLIC).startswith("signaal-batch/1 file=")
