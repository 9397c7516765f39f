"""The organisation's settings and keys: change settings, show the signing key, set the registry's recipient.
Who may do what is decided here, not in the repositories."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import _
from app.core.settings import Settings
from app.core.users import Role
from app.crypto.age import recipient_fingerprint
from app.crypto.minisign import PublicKey
from app.vault.repos import exports
from app.vault.repos import settings as settings_repo
from app.vault.session import Session


@dataclass(frozen=True, slots=True)
class OrgKeys:
    """What the keys tab and ``signaal keys show`` print: the signing key and the registry's recipient."""

    org_name: str
    public_key: PublicKey
    recipient: str
    recipient_fingerprint: str  # "" while no recipient is set


def update_settings(session: Session, **changes: object) -> Settings:
    """Change settings (admin only); each change is audited with old and new value."""
    session.require(Role.ADMIN, _("instellingen wijzigen"))
    return settings_repo.update(session, **changes)


def org_keys(session: Session) -> OrgKeys:
    settings = settings_repo.load(session.conn)
    public = exports.ensure_org_key(session).public()
    recipient = settings.registry_recipient
    return OrgKeys(settings.org_name, public, recipient, recipient_fingerprint(recipient) if recipient else "")


def set_recipient(session: Session, text: str) -> str:
    """An admin sets the registry's age recipient; returns its fingerprint for comparison by phone."""
    session.require(Role.ADMIN, _("de ontvanger van meldingen instellen"))
    return exports.set_recipient(session, text)
