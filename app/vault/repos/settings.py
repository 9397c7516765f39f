"""Installation settings, stored as JSON values in the vault."""

from __future__ import annotations

import dataclasses
import json

from app.core.audit import AuditAction
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.settings import SETTING_BOUNDS, OrgType, Settings
from app.vault.database import Connection
from app.vault.session import Session

_FIELDS = {f.name for f in dataclasses.fields(Settings)}


def write_initial(conn: Connection, settings: Settings) -> None:
    for name in _FIELDS:
        _put(conn, name, getattr(settings, name))


def load(conn: Connection) -> Settings:
    values = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings") if k in _FIELDS}
    values["org_type"] = OrgType(values["org_type"])
    return Settings(**values)


def update(session: Session, **changes: object) -> Settings:
    """Change settings; each change is audited with old and new value (who may: ``app.workflows``)."""
    current = load(session.conn)
    for name, value in changes.items():
        _validate(name, value)
    with session.transaction():
        for name, value in changes.items():
            old = getattr(current, name)
            if old != value:
                _put(session.conn, name, value)
                session.audit(AuditAction.SETTINGS_EDIT, name, {"old": _plain(old), "new": _plain(value)})
    return load(session.conn)


def put_checked(session: Session, name: str, value: object) -> None:
    """Store a setting another module has validated (e.g. the registry recipient); audited."""
    old = getattr(load(session.conn), name)
    with session.transaction():
        _put(session.conn, name, value)
        session.audit(AuditAction.SETTINGS_EDIT, name, {"old": _plain(old), "new": _plain(value)})


def _validate(name: str, value: object) -> None:
    if name not in _FIELDS or name in ("org_type", "registry_recipient"):
        raise InvalidInput(_("Onbekende of vaste instelling: {name}.").format(name=name))
    if name in SETTING_BOUNDS:
        low, high = SETTING_BOUNDS[name]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise InvalidInput(
                _("{name} moet een getal van {low} tot en met {high} zijn.").format(name=name, low=low, high=high)
            )
    if name in ("org_name", "case_prefix") and (not isinstance(value, str) or not value.strip()):
        raise InvalidInput(_("{name} mag niet leeg zijn.").format(name=name))


def _put(conn: Connection, name: str, value: object) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (name, json.dumps(_plain(value))),
    )


def _plain(value: object) -> object:
    return value.value if isinstance(value, OrgType) else value
