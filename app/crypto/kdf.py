"""Argon2id key derivation for passphrases and recovery codes."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32
TARGET_SECONDS = 0.65  # one unlock costs about 0.5–0.8 s on the machine that made the slot
ADVISED_MEMORY_KIB = 256 * 1024  # KeePassXC and Bitwarden advise at least 256 MiB for Argon2id
FLOOR_MEMORY_KIB = 64 * 1024  # never below RFC 9106's second option, even on a slow or small machine
MAX_ITERATIONS = 12
LANES = 4
Cost = tuple[int, int, int]  # iterations, memory in KiB, lanes


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored with every key slot so they can be raised later per slot."""

    salt: bytes
    iterations: int = 3
    memory_kib: int = 65536  # 64 MiB: RFC 9106 second recommended option
    lanes: int = 4

    @classmethod
    def fresh(cls, iterations: int = 3, memory_kib: int = 65536, lanes: int = 4) -> KdfParams:
        return cls(salt=os.urandom(16), iterations=iterations, memory_kib=memory_kib, lanes=lanes)

    @classmethod
    def calibrated(cls) -> KdfParams:
        """Fresh salt with the cost measured on this machine (once per process, see ``calibrate``)."""
        global _calibrated
        if _calibrated is None:
            _calibrated = calibrate()
        iterations, memory_kib, lanes = _calibrated
        return cls.fresh(iterations=iterations, memory_kib=memory_kib, lanes=lanes)

    def check(self) -> None:
        """Reject parameters no honest writer would use (a tampered file could ask for 1 TiB of memory)."""
        if not (16 <= len(self.salt) <= 64):
            raise ValueError("salt length")
        if not (1 <= self.iterations <= 64 and 8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("argon2 cost out of range")
        if not 1 <= self.lanes <= 16:
            raise ValueError("argon2 lanes out of range")


def derive_key(secret: bytes | bytearray, params: KdfParams) -> bytearray:
    """A 256-bit key from ``secret``. The result is a bytearray so the caller can wipe it."""
    params.check()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(bytes(secret)))


_calibrated: Cost | None = None


def calibrate(
    *,
    target: float = TARGET_SECONDS,
    available_kib: int | None = None,
    measure: Callable[[int, int, int], float] | None = None,
) -> Cost:
    """The Argon2id cost for new slots: 256 MiB when the machine has RAM to spare (a quarter of what is
    free, never below 64 MiB), and as many passes as fit in ``target`` seconds (at least one)."""
    available = _available_memory_kib() if available_kib is None else available_kib
    memory = ADVISED_MEMORY_KIB
    if available is not None and available // 4 < ADVISED_MEMORY_KIB:
        memory = max(FLOOR_MEMORY_KIB, (available // 4) // 1024 * 1024)
    timer = measure or _seconds_for
    per_pass = timer(1, memory, LANES)
    while per_pass > target and memory > FLOOR_MEMORY_KIB:  # a slow machine: less memory first
        memory = max(FLOOR_MEMORY_KIB, memory // 2)
        per_pass = timer(1, memory, LANES)
    # One pass includes a fixed cost (allocating and filling the memory); each further pass adds less.
    extra_pass = max(timer(2, memory, LANES) - per_pass, 1e-6)
    iterations = max(1, min(MAX_ITERATIONS, 1 + round((target - per_pass) / extra_pass)))
    for _ in range(3):  # check the estimate and step into the window target ± 0.15 s
        took = timer(iterations, memory, LANES)
        if took > target + 0.15 and iterations > 1:
            iterations -= 1
        elif took < target - 0.15 and iterations < MAX_ITERATIONS:
            iterations += 1
        else:
            break
    return iterations, memory, LANES


def _seconds_for(iterations: int, memory_kib: int, lanes: int) -> float:
    params = KdfParams(os.urandom(16), iterations, memory_kib, lanes)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        wipe(derive_key(b"signaal:calibrate", params))
        best = min(best, time.perf_counter() - start)
    return max(best, 1e-6)


def _available_memory_kib() -> int | None:
    """Free physical memory in KiB, or None when the platform does not say."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_available_kib()
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text("ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1])
    with contextlib.suppress(OSError, ValueError, AttributeError):
        return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024)
    return None


def _windows_available_kib() -> int | None:  # pragma: no cover - Windows only
    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("length", ctypes.c_ulong),
            ("load", ctypes.c_ulong),
            ("total_phys", ctypes.c_ulonglong),
            ("avail_phys", ctypes.c_ulonglong),
            ("total_page", ctypes.c_ulonglong),
            ("avail_page", ctypes.c_ulonglong),
            ("total_virtual", ctypes.c_ulonglong),
            ("avail_virtual", ctypes.c_ulonglong),
            ("avail_extended", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    with contextlib.suppress(OSError, AttributeError):
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined,unused-ignore]
            return int(status.avail_phys // 1024)
    return None


def wipe(buffer: bytearray) -> None:
    """Overwrite a secret in place (best effort: copies made by libraries are out of reach)."""
    for i in range(len(buffer)):
        buffer[i] = 0
