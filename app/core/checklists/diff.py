"""What changed between two versions of a checklist, for ``signaal forms diff OLD NEW``: added, removed,
moved, split, regraded and reworded items, with the notes of the migration map."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.checklists.migration import Migration
from app.core.checklists.model import Checklist, Item
from app.core.i18n import N_, _

KIND_LABELS = {
    "added": N_("nieuw"),
    "removed": N_("vervallen"),
    "moved": N_("verplaatst"),
    "split": N_("gesplitst"),
    "regraded": N_("ander gewicht"),
    "reworded": N_("andere tekst"),
    "fact": N_("ander feit"),
    "context": N_("context"),
}


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # a key of KIND_LABELS
    item: str
    detail: str = ""

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self.kind])


def weight(item: Item) -> str:
    if item.context:
        return _("context: {key}").format(key=item.context)
    if not item.is_signal or item.grade is None:
        return item.type.value
    elements = ", ".join(e.value for e in item.elements) or "-"
    return f"{item.grade.value} ({elements})"


def diff_checklists(old: Checklist, new: Checklist, migration: Migration | None = None) -> list[Change]:
    rules = migration.rules if migration else {}
    changes: list[Change] = []
    for item in old.items:
        rule = rules.get(item.id)
        if rule is not None and rule.kind == "split":
            changes.append(Change("split", item.id, "→ " + ", ".join(rule.targets) + _note(rule.note)))
            continue
        if rule is not None and rule.kind == "to":
            mapping = ", ".join(f"{a} → {b}" for a, b in rule.answers.items()) if rule.answers else ""
            detail = f"→ {rule.targets[0]}" + (f" [{mapping}]" if mapping else "") + _note(rule.note)
            changes.append(Change("moved", item.id, detail))
            continue
        if not new.has(item.id):
            changes.append(Change("removed", item.id, rule.note if rule else ""))
            continue
        found = _compare(item, new.item(item.id), _shared_facts(new))
        note = _note(rule.note) if rule is not None and rule.kind == "keep" else ""  # why the old answer holds
        changes.extend(Change(c.kind, c.item, c.detail + note) if c.kind == "reworded" else c for c in found)
    for item in new.items:
        if not old.has(item.id):
            changes.append(Change("context" if item.context else "added", item.id, f"{weight(item)}: {item.text}"))
    return changes


def _shared_facts(checklist: Checklist) -> set[str]:
    """Fact ids recorded by more than one item: those are counted once."""
    seen: set[str] = set()
    shared: set[str] = set()
    for item in checklist.items:
        if item.is_signal:
            (shared if item.fact_id in seen else seen).add(item.fact_id)
    return shared


def _compare(before: Item, after: Item, shared: set[str]) -> list[Change]:
    found = []
    if weight(before) != weight(after):
        kind = "context" if after.context or before.context else "regraded"
        found.append(Change(kind, after.id, f"{weight(before)} → {weight(after)}"))
    if before.text != after.text:
        found.append(Change("reworded", after.id, after.text))
    if before.fact_id != after.fact_id and (before.fact or after.fact_id in shared):  # a new name alone is no change
        found.append(
            Change(
                "fact", after.id, _("{fact}, ook gevraagd in een ander item: telt één keer").format(fact=after.fact_id)
            )
        )
    return found


def _note(note: str) -> str:
    return f" ({note})" if note else ""
