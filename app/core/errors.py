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


class WrongCredentials(SignaalError):
    def message(self) -> str:
        return _("Gebruikersnaam of wachtzin onjuist.")


class WrongRecoveryCode(SignaalError):
    def message(self) -> str:
        return _("De herstelcode klopt niet. Controleer de groepen en probeer het opnieuw.")


class TooManyAttempts(SignaalError):
    def __init__(self, wait_seconds: int) -> None:
        super().__init__(wait_seconds)
        self.wait_seconds = wait_seconds

    def message(self) -> str:
        return _("Te veel mislukte pogingen. Wacht {seconds} seconden en probeer het opnieuw.").format(
            seconds=self.wait_seconds
        )


class VaultNotFound(SignaalError):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location

    def message(self) -> str:
        return _("Geen kluis gevonden in {location}. Maak er een aan met ‘signaal init’.").format(
            location=self.location
        )


class VaultExists(SignaalError):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location

    def message(self) -> str:
        return _("Er staat al een kluis in {location}. Er is niets overschreven.").format(location=self.location)


class VaultCorrupt(SignaalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail

    def message(self) -> str:
        text = _(
            "De kluis is beschadigd of hoort niet bij dit sleutelbestand. Er is niets gewijzigd; "
            "zet zo nodig een reservekopie terug met ‘signaal restore’."
        )
        return f"{text} ({self.detail})" if self.detail else text


class KeyFileCorrupt(SignaalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail

    def message(self) -> str:
        text = _("Het sleutelbestand van de kluis is beschadigd of onleesbaar.")
        return f"{text} ({self.detail})" if self.detail else text


class KeyFileTampered(SignaalError):
    def message(self) -> str:
        return _(
            "Het sleutelbestand van de kluis is gewijzigd buiten Signaal om. De kluis is niet geopend; "
            "neem contact op met de beheerder."
        )


class KeyFileRolledBack(SignaalError):
    def message(self) -> str:
        return _(
            "Het sleutelbestand is ouder dan de kluis (een oude kopie teruggezet?). De kluis is niet "
            "geopend, omdat verwijderde gebruikers zo weer toegang zouden krijgen."
        )


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


class UnknownUser(SignaalError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def message(self) -> str:
        return _("Gebruiker ‘{name}’ bestaat niet.").format(name=self.name)


class UserExists(SignaalError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def message(self) -> str:
        return _("Gebruiker ‘{name}’ bestaat al.").format(name=self.name)


class LastAdmin(SignaalError):
    def message(self) -> str:
        return _("De laatste beheerder kan niet worden verwijderd.")


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


class StorageFull(SignaalError):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location

    def message(self) -> str:
        return _("Er is niet genoeg ruimte op {location}. Er is niets gewijzigd.").format(location=self.location)


class StorageUnavailable(SignaalError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(location, detail)
        self.location = location
        self.detail = detail

    def message(self) -> str:
        return _("Kan niet schrijven naar {location} ({detail}). Er is niets gewijzigd.").format(
            location=self.location, detail=self.detail
        )


class VaultTooNew(SignaalError):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version

    def message(self) -> str:
        return _(
            "Deze kluis is gemaakt met een nieuwere versie van Signaal (schema {version}). Werk Signaal bij."
        ).format(version=self.version)
