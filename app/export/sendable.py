"""The exporter checks its own meldingen with the registry's check before anything is written: a melding the
registry would refuse (a made-up country code, a name beyond the format's bounds) would make it refuse the
whole batch, so it is named here, with the case, and nothing leaves the device."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from app.batch.errors import InvalidMelding
from app.batch.schema import Melding
from app.core.errors import InvalidInput
from app.core.i18n import _


class _Outgoing(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def melding(self) -> Melding: ...


def check_sendable(sending: Sequence[_Outgoing]) -> None:
    for item in sending:
        try:
            Melding.from_json(json.loads(item.melding.line()))
        except InvalidMelding as error:
            raise InvalidInput(
                _(
                    "De melding van zaak {code} zou door het register worden geweigerd: {field} = {value}. "
                    "Pas de zaak aan en exporteer opnieuw; er is niets geschreven."
                ).format(code=item.code, field=error.detail, value=error.shown_value())
            ) from None
