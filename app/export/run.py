"""The export as users run it: prepare (build + re-identification check), then write (sign, encrypt,
write, read back, verify) and only then mark the meldingen as exported."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.batch.schema import Basis, Melding
from app.core.checklists.book import ChecklistBook
from app.core.checklists.model import Checklist
from app.core.errors import InvalidInput, SignaalError
from app.core.i18n import _
from app.core.ids import CaseId
from app.core.reidentification import Decision, Outcome, check
from app.core.users import Role
from app.crypto.age import recipient_fingerprint
from app.export.build import build_drafts
from app.export.seal import pack
from app.export.sendable import check_sendable
from app.export.writer import check_folder, write_batch
from app.vault import audit_log
from app.vault.repos import exports
from app.vault.repos import settings as settings_repo
from app.vault.session import Session

Progress = Callable[[int, str], None]


class NoRecipient(SignaalError):
    def message(self) -> str:
        return _(
            "Er is nog geen ontvanger ingesteld. Een beheerder doet dat met ‘signaal keys set-recipient age1…’ "
            "of onder Instellingen → Sleutels."
        )


class NothingToExport(SignaalError):
    def message(self) -> str:
        return _(
            "Er zijn geen meldingen om te exporteren (zet het spoor ‘Melding CoMensha’ van een zaak op ‘concept’)."
        )


@dataclass(frozen=True, slots=True)
class Outgoing:
    case_id: CaseId
    code: str
    melding: Melding
    decision: Decision | None  # None: consent melding or withdrawal, not generalised


@dataclass(frozen=True, slots=True)
class ExportPlan:
    k: int
    outgoing: list[Outgoing]
    held: list[Outgoing]
    k_setting: int = 5  # the vault's k: a lower k needs a coordinator and a reason
    outcome: Outcome | None = None  # the check of the anonymous meldingen (None: there were none)

    def summary(self) -> str:
        """The chosen generalisation, the information loss and how many are held back, in words."""
        return self.outcome.describe() if self.outcome is not None else ""

    def explanations(self) -> list[tuple[str, str]]:
        out = []
        for item in self.outgoing + self.held:
            if item.decision is not None:
                out.append((item.code, item.decision.explain(self.k)))
            elif item.melding.basis is Basis.CONSENT:
                out.append((item.code, _("Met schriftelijke toestemming: met naam, niet gegeneraliseerd.")))
            else:
                out.append((item.code, _("Intrekking: alleen het kenmerk van de melding.")))
        return out


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sig_path: Path
    sequence: int
    batch_id: str
    meldingen: list[Melding]
    org_key_id: str
    org_fingerprint: str
    recipient_fingerprint: str
    age_sha256: str


def prepare(
    session: Session,
    checklists: Mapping[str, Checklist] | ChecklistBook,
    *,
    k: int | None = None,
    only: set[CaseId] | None = None,
) -> ExportPlan:
    """Build the pending meldingen (or ``only`` those cases) and run the re-identification check."""
    settings = settings_repo.load(session.conn)
    k = k or settings.k_anonymity
    if k < 1:
        raise InvalidInput(_("k is minstens 1."))
    if k < settings.k_anonymity:
        session.require(Role.COORDINATOR, _("met een kleinere k dan de instelling exporteren"))
    drafts = [d for d in build_drafts(session, checklists, settings.org_type) if only is None or d.case_id in only]
    anonymous = [
        (d.melding.uuid, d.melding.facts) for d in drafts if d.melding.basis is Basis.ANONYMOUS and d.melding.facts
    ]
    uuids = {d.melding.uuid for d in drafts}
    history = exports.history(session, uuids)
    outcome = check(anonymous, history, k, earlier=exports.released(session, uuids)) if anonymous else None
    decisions = {d.uuid: d for d in outcome.decisions} if outcome else {}
    outgoing: list[Outgoing] = []
    held: list[Outgoing] = []
    for draft in drafts:
        decision = decisions.get(draft.melding.uuid)
        melding = draft.melding.with_facts(decision.facts) if decision else draft.melding
        item = Outgoing(draft.case_id, draft.code, melding, decision)
        (held if decision is not None and decision.held else outgoing).append(item)
    return ExportPlan(k, outgoing, held, settings.k_anonymity, outcome)


def execute(
    session: Session,
    plan: ExportPlan,
    folder: Path,
    *,
    override_reason: str | None = None,
    k_reason: str | None = None,
    progress: Progress = lambda _percent, _step: None,
) -> ExportResult:
    """Write ``plan``. Held-back meldingen go along only with ``override_reason``, a k below the vault's
    setting only with ``k_reason``; both need a coordinator and are audited with k and the reason."""
    settings = settings_repo.load(session.conn)
    if not settings.registry_recipient:
        raise NoRecipient()
    if plan.k < max(plan.k_setting, settings.k_anonymity):
        session.require(Role.COORDINATOR, _("met een kleinere k dan de instelling exporteren"))
        if not (k_reason or "").strip():
            raise InvalidInput(
                _("Geef een reden om met k = {k} te exporteren (instelling: {setting}).").format(
                    k=plan.k, setting=settings.k_anonymity
                )
            )
    sending = list(plan.outgoing)
    if override_reason is not None and plan.held:
        session.require(Role.COORDINATOR, _("achtergehouden meldingen toch meesturen"))
        if not override_reason.strip():
            raise InvalidInput(_("Geef een reden om achtergehouden meldingen toch mee te sturen."))
        sending += plan.held
    if not sending:
        raise NothingToExport()
    check_sendable(sending)
    check_folder(folder)  # before a batch number is taken
    key = exports.ensure_org_key(session)
    progress(10, _("Volgnummer vastleggen"))
    sequence, batch_id = exports.reserve(session, [(o.case_id, o.melding.uuid) for o in sending])
    progress(30, _("Ondertekenen en versleutelen"))
    meldingen = [o.melding for o in sending]
    versions = [m.facts.checklist_version for m in meldingen if m.facts and m.facts.checklist_version]
    files = pack(
        meldingen,
        key=key,
        org_id=settings.org_slug,
        sequence=sequence,
        batch_id=batch_id,
        created=session.clock.now(),
        recipient=settings.registry_recipient,
        form_versions=versions,
        audit_anchor=audit_log.head(session.conn),
    )
    progress(60, _("Schrijven en controleren"))
    path = write_batch(folder, files, key.public())
    progress(90, _("Vastleggen in de kluis"))
    digest = hashlib.sha256(files.encrypted).hexdigest()
    overridden = [o.melding.uuid for o in plan.held if o in sending]
    recipient_fp = recipient_fingerprint(settings.registry_recipient)
    exports.complete(
        session,
        sequence=sequence,
        file_name=files.name,
        recipient_fp=recipient_fp,
        age_sha256=digest,
        sent=[(o.case_id, o.melding) for o in sending],
        overridden=overridden,
        override_reason=override_reason if overridden else None,
        check={
            "k": plan.k,
            "k_setting": settings.k_anonymity,
            "k_reason": k_reason if plan.k < settings.k_anonymity else None,
            "held": len(plan.held) - len(overridden),
            "info_loss": round(plan.outcome.info_loss, 4) if plan.outcome else 0.0,
            "levels": plan.outcome.levels if plan.outcome else {},
        },
    )
    progress(100, _("Klaar"))
    public = key.public()
    return ExportResult(
        path,
        path.with_name(files.sig_name),
        sequence,
        batch_id,
        meldingen,
        public.key_id_hex,
        public.fingerprint(),
        recipient_fp,
        digest,
    )
