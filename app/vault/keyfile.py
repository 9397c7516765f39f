"""The key-slot file beside the vault (``vault.signaal.keys``), format ``signaal-keys/1``.

JSON with the vault id, a generation counter (raised on every change; the database remembers the last
one, so an old copy of this file is refused) and the slots. Each slot wraps the vault's data key with
AES-256-GCM under an Argon2id key; the slot's metadata is the associated data, so no field can be
changed without the slot failing to open. The whole file carries an HMAC under a sub-key of the data
key, checked right after a slot opens: removed or swapped slots are detected.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from typing import Any

from app.crypto.kdf import KdfParams
from app.vault.errors import KeyFileCorrupt

FORMAT = "signaal-keys/1"
MAX_BYTES = 1024 * 1024
MAX_SLOTS = 256
SLOT_KINDS = ("user", "recovery")


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    kind: str  # "user" or "recovery"
    label: str  # hex SHA-256 of the normalised user name (no names in clear text), or "recovery"
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes  # the data key (a slot of the first kind), or the slot's X25519 private key
    public: bytes = b""  # the slot's X25519 public key: the data key is ``box``-ed to it (re-keyable)
    box: bytes = b""

    def header(self) -> dict[str, Any]:
        """The slot fields bound to its ciphertext as associated data."""
        extra = {"public": _b64(self.public)} if self.public else {}
        return extra | {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "kdf": {
                "alg": "argon2id",
                "salt": _b64(self.kdf.salt),
                "t": self.kdf.iterations,
                "m": self.kdf.memory_kib,
                "p": self.kdf.lanes,
            },
        }

    def to_json(self) -> dict[str, Any]:
        extra = {"box": _b64(self.box)} if self.public else {}
        return self.header() | {"nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)} | extra


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    generation: int
    slots: tuple[Slot, ...]
    mac: bytes = b""

    def body(self) -> bytes:
        """Canonical bytes covered by the MAC."""
        doc = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
        }
        return canonical(doc)

    def find(self, kind: str, label: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind and s.label == label), None)

    def by_id(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        """Add ``slot``, replacing a slot with the same id or the same kind and label."""
        kept = tuple(s for s in self.slots if s.id != slot.id and not (s.kind == slot.kind and s.label == slot.label))
        return replace(self, slots=(*kept, slot), generation=self.generation + 1, mac=b"")

    def with_slots(self, slots: tuple[Slot, ...]) -> KeyFile:
        return replace(self, slots=slots, generation=self.generation + 1, mac=b"")

    def without_slot(self, slot_id: str) -> KeyFile:
        kept = tuple(s for s in self.slots if s.id != slot_id)
        return replace(self, slots=kept, generation=self.generation + 1, mac=b"")

    def to_bytes(self) -> bytes:
        doc = json.loads(self.body())
        doc["mac"] = _b64(self.mac)
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("ascii")


def canonical(doc: object) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def parse(data: bytes) -> KeyFile:
    """Parse and check the structure; raises ``KeyFileCorrupt`` with the reason."""
    if len(data) > MAX_BYTES:
        raise KeyFileCorrupt("te groot")
    try:
        doc = json.loads(data.decode("ascii"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileCorrupt("onbekend formaat")
        raw_slots = doc["slots"]
        if not isinstance(raw_slots, list) or len(raw_slots) > MAX_SLOTS:
            raise KeyFileCorrupt("slots")
        generation = doc["generation"]
        if not isinstance(generation, int) or isinstance(generation, bool) or generation < 0:
            raise KeyFileCorrupt("generation")
        return KeyFile(
            vault_id=_text(doc["vault_id"]),
            generation=generation,
            slots=tuple(_parse_slot(s) for s in raw_slots),
            mac=_unb64(doc["mac"]),
        )
    except KeyFileCorrupt:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error) as exc:
        raise KeyFileCorrupt(type(exc).__name__) from None


def _parse_slot(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise KeyFileCorrupt("slot")
    kdf = raw["kdf"]
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
        raise KeyFileCorrupt("kdf")
    params = KdfParams(
        salt=_unb64(kdf["salt"]), iterations=_int(kdf["t"]), memory_kib=_int(kdf["m"]), lanes=_int(kdf["p"])
    )
    try:
        params.check()
    except ValueError as exc:
        raise KeyFileCorrupt(str(exc)) from None
    kind = _text(raw["kind"])
    if kind not in SLOT_KINDS:
        raise KeyFileCorrupt("kind")
    return Slot(
        id=_text(raw["id"]),
        kind=kind,
        label=_text(raw["label"]),
        kdf=params,
        nonce=_unb64(raw["nonce"]),
        wrapped=_unb64(raw["wrapped"]),
        public=_unb64(raw["public"]) if "public" in raw else b"",
        box=_unb64(raw["box"]) if "public" in raw else b"",
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    return base64.b64decode(_text(value), validate=True)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 4096:
        raise KeyFileCorrupt("field")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise KeyFileCorrupt("field")
    return value
