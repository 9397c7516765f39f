"""Reading the checklist definitions and routes from the ``forms/`` folder."""

from __future__ import annotations

from pathlib import Path

from app.core.checklists.compose import validate_all
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
NOT_MODULES = (ROUTES_FILE, SHEET_FILE)


def forms_dir() -> Path:
    return data_dir("forms")


def _label(path: Path) -> str:
    return f"forms/{path.name}"


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
