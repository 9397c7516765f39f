"""Why the registry refuses a batch: one reason code each, with its own message. The audit log keeps the code
and the line and field, never a refused value (which may be the very free text that must not be stored)."""

from __future__ import annotations

from app.core.errors import SignaalError
from app.core.i18n import N_, _

_REASONS = {
    "signature_file": N_("Het handtekeningbestand (.minisig) ontbreekt of is onleesbaar."),
    "not_regular": N_("{file} is geen gewoon bestand (een koppeling, map of apparaat) en wordt niet gelezen."),
    "wrong_key": N_("Het bestand is ondertekend met een andere sleutel dan die van deze organisatie."),
    "truncated": N_("Het bestand is afgekapt: {actual} van de {expected} bytes (niet volledig gekopieerd?)."),
    "tampered": N_("Het bestand is na ondertekening gewijzigd of beschadigd: de handtekening klopt niet."),
    "outer_comment": N_("De ondertekende regel van de handtekening past niet bij dit bestand ({detail})."),
    "recipients": N_(
        "De batch is niet voor precies één ontvanger versleuteld ({count} ontvangers): iemand anders kan hem"
        " misschien lezen."
    ),
    "not_for_us": N_("Het bestand is niet voor deze ontvanger versleuteld (of de versleuteling is beschadigd)."),
    "archive": N_("De inhoud van de batch is geen geldig archief met de drie verwachte bestanden ({detail})."),
    "manifest_signature": N_("De handtekening van het manifest klopt niet."),
    "manifest_comment": N_("De ondertekende regel van de handtekening van het manifest past niet bij het manifest."),
    "manifest": N_("Het manifest is onvolledig of heeft een onbekend formaat: {detail}."),
    "hash": N_("De meldingen passen niet bij het manifest (andere SHA-256 of een ander aantal)."),
    "recipient": N_("De batch is bestemd voor een andere ontvanger ({recipient})."),
    "file_name": N_("De bestandsnaam past niet bij het manifest; verwacht: {expected}."),
    "org_id": N_("Deze afzender stuurde eerder als ‘{known}’ en nu als ‘{org}’."),
    "replay": N_("Volgnummer {sequence} van {org} is al eerder ontvangen (hoogste: {last}): herhaalde batch."),
    "sequence_jump": N_(
        "Volgnummer {sequence} ligt meer dan {jump} boven het hoogste ontvangen volgnummer ({highest})."
    ),
    "melding_format": N_("Regel {line} van de meldingen volgt het formaat niet ({detail})."),
    "melding": N_("Regel {line} van de meldingen is ongeldig: veld {field} heeft de waarde {value}."),
    "duplicate_uuid": N_("Regel {line}: melding {uuid} staat twee keer in deze batch."),
    "known_uuid": N_("Regel {line}: melding {uuid} is al bekend; een nieuwe melding heeft een eigen UUID."),
    "other_sender": N_("Regel {line}: melding {uuid} is van een andere afzender; alleen die kan hem wijzigen."),
    "after_withdrawal": N_("Regel {line}: melding {uuid} is ingetrokken en kan niet meer worden gecorrigeerd."),
    "too_large": N_("Het bestand is groter dan een batch mag zijn."),
    "internal": N_("Deze batch kon niet worden verwerkt ({error}); niets ervan is opgeslagen."),
}
AUDITED_DETAILS = ("line", "field", "detail", "sequence")  # what of a refusal goes into the audit log


class BatchRejected(SignaalError):
    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason, details)
        self.reason, self.details = reason, details

    def message(self) -> str:
        return _(_REASONS[self.reason]).format(**self.details)

    def audit_detail(self) -> dict[str, object]:
        return {"reason": self.reason} | {k: self.details[k] for k in AUDITED_DETAILS if k in self.details}
