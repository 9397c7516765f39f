"""Process hardening at start (app, CLI and bundle): no core dumps, so an unlocked process's memory —
data key, passphrases, decrypted pages — never lands in a core file or a crash report.

Linux and other Unix: RLIMIT_CORE 0 (soft and hard, so a child cannot raise it) and, on Linux,
PR_SET_DUMPABLE 0 (no core even when the limit is raised by a debugger wrapper, and no ptrace attach by
other processes of the same user). Windows: no crash dialog and no Windows Error Reporting dump for this
program (best effort; WER's LocalDumps policy set by an administrator is outside our reach).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> None:
    """Called first thing by ``python -m app``, the bundle and ``signaal``; safe to call twice."""
    if sys.platform == "win32":
        _windows()
        return
    import resource

    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool:
    """Whether this process may still write a core file (for the tests and the self-test)."""
    if sys.platform == "win32":
        return False
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
        return True
    if sys.platform.startswith("linux"):
        return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    return False


def _windows() -> None:  # pragma: no cover - Windows only
    sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
    with contextlib.suppress(OSError, AttributeError):
        wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined,unused-ignore]
        wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
