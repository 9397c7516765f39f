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
    def __init__(self, min_length: int, reason: str = "") -> None:
        super().__init__(min_length)
        self.min_length, self.reason = min_length, reason

    def message(self) -> str:
        text = _("De wachtzin is te zwak: gebruik minstens {n} tekens, bij voorkeur enkele woorden.").format(
            n=self.min_length
        )
        return f"{text} {self.reason}".strip()


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


class InvalidRecipient(InvalidInput):
    """The registry's age recipient as typed or pasted, and exactly what is wrong with it."""

    def __init__(self, problem: str, start: str = "") -> None:
        super().__init__(problem)
        self.problem, self.start = problem, start

    def message(self) -> str:
        texts = {
            "empty": _("Vul de ontvanger in: de regel die met ‘age1’ begint, zoals CoMensha hem heeft gegeven."),
            "secret": _(
                "Dit is een geheime sleutel (AGE-SECRET-KEY-…), geen ontvanger. Plak hem nergens en meld het aan "
                "CoMensha; vraag om de ontvanger die met ‘age1’ begint."
            ),
            "spaces": _("De ontvanger bevat spaties of een regeleinde: kopieer hem als één regel zonder spaties."),
            "prefix": _("Een ontvanger begint met ‘age1’ (kleine letters); deze begint met ‘{start}’."),
            "length": _("Een ontvanger is precies 62 tekens lang; controleer of hij volledig is gekopieerd."),
            "damaged": _(
                "De ontvanger begint goed en is 62 tekens, maar de controlecode klopt niet: er is een teken "
                "verkeerd overgenomen. Kopieer hem opnieuw of vergelijk hem teken voor teken."
            ),
        }
        return texts.get(self.problem, texts["damaged"]).format(start=self.start)
