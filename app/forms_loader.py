"""Reading the checklist definitions and routes from the ``forms/`` folder."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from app.core.checklists.compose import validate_all
from app.core.checklists.migration import Migration, check_migration, parse_migration
from app.core.checklists.model import Checklist, Module
from app.core.checklists.parse import FormError, parse_module
from app.core.client_sheet import ClientSheet, parse_client_sheet
from app.core.errors import NotFound
from app.core.i18n import _
from app.core.routing import Routes, parse_routes
from app.core.settings import OrgType
from app.resources import data_dir

ROUTES_FILE = "routing.yaml"
SHEET_FILE = "client_sheet.yaml"
MIGRATION_FILE = "migration.yaml"
NOT_MODULES = (ROUTES_FILE, SHEET_FILE, MIGRATION_FILE)
VERSION_DIR = re.compile(r"^\d{4}\.\d{2}$")  # forms/2026.11/: an earlier version, kept for its interviews


def forms_dir() -> Path:
    return data_dir("forms")


def _label(path: Path) -> str:
    parent = path.parent.name
    return f"forms/{parent}/{path.name}" if VERSION_DIR.match(parent) else f"forms/{path.name}"


def load_modules(folder: Path | None = None) -> dict[str, Module]:
    folder = folder or forms_dir()
    modules: dict[str, Module] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name in NOT_MODULES:
            continue
        module = parse_module(_label(path), path.read_text("utf-8"))
        if module.id in modules:
            raise FormError(_label(path), "", "module", _("module-id ‘{id}’ komt twee keer voor").format(id=module.id))
        if path.stem != module.id:
            raise FormError(_label(path), "", "module", _("bestandsnaam en module-id moeten gelijk zijn"))
        modules[module.id] = module
    return modules


def load_checklists(folder: Path | None = None) -> dict[str, Checklist]:
    """Every checklist, validated; raises ``FormError`` naming the first problem."""
    return validate_all(load_modules(folder))


def load_routes(folder: Path | None = None) -> Routes:
    path = (folder or forms_dir()) / ROUTES_FILE
    return parse_routes(_label(path), path.read_text("utf-8"))


def load_client_sheet(folder: Path | None = None) -> ClientSheet:
    path = (folder or forms_dir()) / SHEET_FILE
    return parse_client_sheet(_label(path), path.read_text("utf-8"))


def checklist_for(org_type: OrgType, folder: Path | None = None) -> Checklist:
    checklists = load_checklists(folder)
    for checklist in checklists.values():
        if org_type.value in checklist.modules[-1].org_types or any(
            org_type.value in m.org_types for m in checklist.modules
        ):
            return checklist
    raise NotFound(_("checklist voor {org}").format(org=org_type.value))


# -- versions ------------------------------------------------------------------------------------------
def current_version(folder: Path | None = None) -> str:
    """The version of the checklists in ``forms/`` itself (the routes carry the same version)."""
    return load_routes(folder).version


def archived_versions(folder: Path | None = None) -> list[str]:
    """Earlier versions kept in ``forms/<version>/`` so interviews recorded under them keep their assessment."""
    root = folder or forms_dir()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and VERSION_DIR.match(p.name))


def version_dir(version: str, folder: Path | None = None) -> Path:
    root = folder or forms_dir()
    if version == current_version(root):
        return root
    if version in archived_versions(root):
        return root / version
    raise NotFound(_("checklistversie {version}").format(version=version))


@cache
def _checklists_in(path: str) -> dict[str, Checklist]:
    return load_checklists(Path(path))


def load_checklists_at(version: str, folder: Path | None = None) -> dict[str, Checklist]:
    """Every checklist of one version (archived versions are read once per process)."""
    return dict(_checklists_in(str(version_dir(version, folder))))


def load_routes_at(version: str, folder: Path | None = None) -> Routes:
    return load_routes(version_dir(version, folder))


def version_of(form_version: str) -> str:
    """The release of an interview's stored version string, e.g. "core@2026.11,coa@2026.11" -> "2026.11"."""
    releases = {part.partition("@")[2] for part in form_version.split(",") if part}
    if len(releases) != 1:
        raise NotFound(_("checklistversie {version}").format(version=form_version))
    return releases.pop()


def checklist_for_interview(form_id: str, form_version: str, folder: Path | None = None) -> Checklist:
    """The checklist an interview was recorded with, so it is assessed against its own version."""
    checklist = load_checklists_at(version_of(form_version), folder).get(form_id)
    if checklist is None or checklist.version != form_version:
        raise NotFound(_("checklist {form} versie {version}").format(form=form_id, version=form_version))
    return checklist


def load_migration(folder: Path | None = None) -> Migration | None:
    """The answer mapping from the previous version to the current one (``forms/migration.yaml``), if any."""
    path = (folder or forms_dir()) / MIGRATION_FILE
    if not path.exists():
        return None
    return parse_migration(_label(path), path.read_text("utf-8"))


def check_versions(folder: Path | None = None) -> Migration | None:
    """Every archived version loads, and the migration map covers every checklist it moves between."""
    root = folder or forms_dir()
    for version in archived_versions(root):
        load_checklists_at(version, root)
    migration = load_migration(root)
    if migration is not None:
        old, new = load_checklists_at(migration.source, root), load_checklists(root)
        for checklist_id in sorted(set(old) & set(new)):
            check_migration(_label(root / MIGRATION_FILE), migration, old[checklist_id], new[checklist_id])
    return migration
