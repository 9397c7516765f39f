"""Terminal input and output for commands: secrets via getpass on a terminal, or one line each from
standard input when it is not a terminal (scripts, tests). Secrets are never taken from arguments."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass, field
from typing import TextIO

from app.core.errors import InvalidInput
from app.core.i18n import _


@dataclass
class Console:
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    @property
    def interactive(self) -> bool:
        return self.stdin.isatty()

    def say(self, text: str = "") -> None:
        print(text, file=self.stdout, flush=True)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr, flush=True)

    def ask(self, prompt: str) -> str:
        if self.interactive:
            print(prompt, end="", file=self.stderr, flush=True)
        return self._line()

    def secret(self, prompt: str) -> bytearray:
        """A passphrase as a bytearray (UTF-8), so the caller can wipe it after use."""
        text = getpass.getpass(prompt, stream=self.stderr) if self.interactive else self._line()
        return bytearray(text.encode("utf-8"))

    def new_secret(self, prompt: str) -> bytearray:
        """A new passphrase; asked twice on a terminal."""
        first = self.secret(prompt)
        if self.interactive:
            again = self.secret(_("Herhaal de wachtzin: "))
            if again != first:
                raise InvalidInput(_("De twee wachtzinnen zijn niet gelijk. Er is niets gewijzigd."))
        return first

    def confirm(self, prompt: str) -> bool:
        answer = self.ask(prompt + " [j/N] ").strip().lower()
        return answer in ("j", "ja", "y", "yes")

    def _line(self) -> str:
        line = self.stdin.readline()
        if not line:
            raise InvalidInput(_("Invoer ontbreekt (einde van standaardinvoer)."))
        return line.rstrip("\r\n")
