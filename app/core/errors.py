"""Errors the user can act on. ``str(error)`` is the translated, user-facing message.

Anything else that escapes is a bug and is reported as such by the UI and the CLI.
"""

from __future__ import annotations

from app.core.i18n import _


class SignaalError(Exception):
    """Base class of expected, user-actionable problems."""

    def message(self) -> str:
        return _("Er ging iets mis.")

    def __str__(self) -> str:
        return self.message()


class WeakPassphrase(SignaalError):
    def __init__(self, min_length: int) -> None:
        super().__init__(min_length)
        self.min_length = min_length

    def message(self) -> str:
        return _("De wachtzin is te zwak: gebruik minstens {n} tekens, bij voorkeur enkele woorden.").format(
            n=self.min_length
        )


class NotAllowed(SignaalError):
    def __init__(self, action: str) -> None:
        super().__init__(action)
        self.action = action

    def message(self) -> str:
        return _("U hebt geen rechten voor: {action}.").format(action=self.action)


class NotFound(SignaalError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what

    def message(self) -> str:
        return _("Niet gevonden: {what}.").format(what=self.what)


class InvalidInput(SignaalError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def message(self) -> str:
        return self.text
