"""Putting modules together into the checklist for a role, and checking references between items."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from app.core.checklists.conditions import referenced
from app.core.checklists.model import Checklist, Item, Module
from app.core.checklists.parse import FormError
from app.core.i18n import _


def checklist_ids(modules: Mapping[str, Module]) -> list[str]:
    """Modules that are a checklist of their own (they name the organisation types they serve)."""
    return sorted(m.id for m in modules.values() if m.org_types)


def compose(modules: Mapping[str, Module], checklist_id: str) -> Checklist:
    """The checklist ``checklist_id``: its required modules, itself, then its sub-modules."""
    order = _order(modules, checklist_id)
    items = tuple(item for module in order for item in module.items)
    by_id: dict[str, Item] = {}
    for item in items:
        if item.id in by_id:
            module = modules[item.module]
            raise FormError(
                module.file,
                item.id,
                "id",
                _("dubbele item-id (ook in module {other})").format(other=by_id[item.id].module),
            )
        by_id[item.id] = item
    _check_conditions(modules, items, by_id)
    digest = hashlib.sha256("\n".join(f"{m.id}:{m.content_hash}" for m in order).encode()).hexdigest()
    return Checklist(
        id=checklist_id,
        title=modules[checklist_id].title,
        modules=tuple(order),
        items=items,
        version=",".join(f"{m.id}@{m.version}" for m in order),
        content_hash=digest,
        rule=modules[checklist_id].rule,
        completeness=next((m.completeness for m in reversed(order) if m.completeness), None),
        _by_id=by_id,
    )


def validate_all(modules: Mapping[str, Module]) -> dict[str, Checklist]:
    """Compose every checklist and check every reference; raises ``FormError`` at the first problem."""
    checklists = {cid: compose(modules, cid) for cid in checklist_ids(modules)}
    if not checklists:
        raise FormError("forms/", "", "org_types", _("geen enkele module is een checklist (org_types ontbreekt)"))
    _check_facts(modules)
    known = {item.id for m in modules.values() for item in m.items}
    for module in modules.values():
        for question in module.opening_questions:
            missing = [i for i in question.leads_to if i not in known]
            if missing:
                raise FormError(
                    module.file, question.id, "leads_to", _("onbekende item-id: {ids}").format(ids=", ".join(missing))
                )
    return checklists


def _check_facts(modules: Mapping[str, Module]) -> None:
    """Items that share a fact id weigh the same everywhere: same grade and legal elements."""
    first: dict[str, Item] = {}
    for module in modules.values():
        for item in module.items:
            if not item.is_signal:
                continue
            seen = first.setdefault(item.fact_id, item)
            if (seen.grade, set(seen.elements)) != (item.grade, set(item.elements)):
                raise FormError(
                    module.file,
                    item.id,
                    "fact",
                    _("feit ‘{fact}’ weegt anders dan bij {other}").format(fact=item.fact_id, other=seen.id),
                )


def _order(modules: Mapping[str, Module], checklist_id: str) -> list[Module]:
    order: list[Module] = []

    def add(module_id: str, wanted_by: Module | None, field: str) -> None:
        if module_id not in modules:
            file = wanted_by.file if wanted_by else "forms/"
            raise FormError(file, "", field, _("onbekende module ‘{id}’").format(id=module_id))
        module = modules[module_id]
        if module in order:
            return
        for required in module.requires:
            add(required, module, "requires")
        order.append(module)

    add(checklist_id, None, "module")
    for sub in modules[checklist_id].submodules:
        add(sub, modules[checklist_id], "submodules")
    return order


def _check_conditions(modules: Mapping[str, Module], items: tuple[Item, ...], by_id: dict[str, Item]) -> None:
    position = {item.id: n for n, item in enumerate(items)}
    for item in items:
        if item.show_if is None:
            continue
        file = modules[item.module].file
        for ref in sorted(referenced(item.show_if)):
            if ref not in by_id:
                raise FormError(file, item.id, "show_if", _("verwijst naar onbekend item ‘{ref}’").format(ref=ref))
    cycle = _find_cycle(items, by_id)
    if cycle:
        first = by_id[cycle[0]]
        raise FormError(
            modules[first.module].file, first.id, "show_if", _("kringverwijzing: {path}").format(path=" → ".join(cycle))
        )
    for item in items:
        if item.show_if is None:
            continue
        for ref in sorted(referenced(item.show_if)):
            if position[ref] >= position[item.id]:
                raise FormError(
                    modules[item.module].file,
                    item.id,
                    "show_if",
                    _("verwijst naar ‘{ref}’, dat niet eerder gevraagd wordt").format(ref=ref),
                )


def _find_cycle(items: tuple[Item, ...], by_id: dict[str, Item]) -> list[str]:
    """A dependency cycle through ``show_if`` as a path (first id repeated at the end), or []."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(item_id: str) -> list[str]:
        state[item_id] = 1
        path.append(item_id)
        condition = by_id[item_id].show_if
        for ref in sorted(referenced(condition)) if condition else []:
            if state.get(ref) == 1:
                return [*path[path.index(ref) :], ref]
            if ref not in state:
                found = visit(ref)
                if found:
                    return found
        path.pop()
        state[item_id] = 2
        return []

    for item in items:
        if item.id not in state:
            found = visit(item.id)
            if found:
                return found
    return []
