"""The canonical encoding of one JSON line: sorted keys, no spaces, UTF-8 (not escaped), ending in LF."""

from __future__ import annotations

import json
from collections.abc import Mapping


def json_line(doc: Mapping[str, object]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"
