"""Errors of the vault and its files (key file, attempts, storage), raised by app/vault and shown by the
UI and the CLI like every ``SignaalError``."""

from __future__ import annotations

from app.core.errors import SignaalError
from app.core.i18n import _


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
    def __init__(self, location: str, *, traces: bool = False) -> None:
        super().__init__(location)
        self.location = location
        self.traces = traces  # vault files or a ``replaced-…`` folder are there: never advise a new vault

    def message(self) -> str:
        if self.traces:
            return _(
                "De kluis in {location} is onvolledig (een onderbroken terugzetting?). Maak GEEN nieuwe kluis "
                "aan: de gegevens staan nog in die map (ook in een map ‘replaced-…’). Zet een reservekopie terug "
                "met ‘signaal restore’ of vraag de beheerder om hulp."
            ).format(location=self.location)
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


class VaultBusy(SignaalError):
    def message(self) -> str:
        return _(
            "De kluis is nog op een andere plek geopend (een tweede Signaal-venster of opdracht). Sluit die eerst; "
            "er is niets gewijzigd."
        )


class AuditTampered(SignaalError):
    """Not raised: a warning at unlock. The vault opens; ``signaal audit verify`` names the rows."""

    def __init__(self, rows: list[int]) -> None:
        super().__init__(rows)
        self.rows = rows

    def message(self) -> str:
        return _(
            "Waarschuwing: het auditlog bevat rijen die buiten Signaal zijn toegevoegd (rij {rows}). "
            "Iemand heeft de kluis met andere middelen bewerkt. De kluis is geopend; meld dit aan de beheerder "
            "en controleer met ‘signaal audit verify’."
        ).format(rows=", ".join(str(r) for r in self.rows[:10]))


class BackupOfOtherVault(SignaalError):
    def message(self) -> str:
        return _("Deze reservekopie hoort bij een andere kluis. Er is niets gewijzigd.")


class BackupExists(SignaalError):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location

    def message(self) -> str:
        return _(
            "Er staat al een bestand {location} (of {location}.keys). Er is niets overschreven; kies een andere "
            "naam of een map."
        ).format(location=self.location)


class VaultTooNew(SignaalError):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version

    def message(self) -> str:
        return _(
            "Deze kluis is gemaakt met een nieuwere versie van Signaal (schema {version}). Werk Signaal bij."
        ).format(version=self.version)
