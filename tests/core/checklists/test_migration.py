"""Moving an open 2026.11 interview to 2026.12 with the migration map, and ``forms diff``."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.core.assessment import Level, assess
from app.core.checklists.diff import diff_checklists
from app.core.checklists.migration import migrate_answers
from app.core.checklists.parse import FormError
from app.forms_loader import check_versions, forms_dir, load_checklists, load_checklists_at, load_migration

OLD, NEW = load_checklists_at("2026.11"), load_checklists()
MIGRATION = load_migration()


def test_the_map_goes_from_the_archived_version_to_the_current_one() -> None:
    assert MIGRATION is not None and (MIGRATION.source, MIGRATION.target) == ("2026.11", "2026.12")
    assert check_versions() == MIGRATION


def test_answers_are_carried_mapped_or_asked_again_never_silently() -> None:
    assert MIGRATION is not None
    old = {"CORE-C1": "no", "CORE-01": "reported", "CORE-14": "observed", "DTV-01": "reported", "DTV-04": "no"}
    moved = migrate_answers(MIGRATION, OLD["dtv"], NEW["dtv"], old)
    assert moved.answers == {"CORE-C2": "begeleider_blijft", "CORE-01": "reported", "CORE-AGE": "mogelijk_minderjarig"}
    assert ("DTV-01", ("CORE-01", "CORE-02", "CORE-03")) in moved.ask_again
    assert ("DTV-04", ("CORE-02",)) in moved.ask_again  # 'nee' to the sex-work wording is no answer to CORE-02
    accounted = {c[0] for c in moved.carried} | {a[0] for a in moved.ask_again} | {d[0] for d in moved.dropped}
    assert accounted == set(old)
    result = assess(NEW["dtv"], moved.answers)
    assert result.minor and result.level is Level.AANWEZIG  # the age is context now, the passport a signal


def test_an_item_that_changes_meaning_without_a_rule_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    text = (folder / "migration.yaml").read_text("utf-8")
    cut = re.sub(r"\n  GZ-04:\n    keep: [^\n]*\n", "\n", text)
    assert cut != text
    (folder / "migration.yaml").write_text(cut, "utf-8")
    with pytest.raises(FormError, match="GZ-04"):
        check_versions(folder)


def test_diff_names_added_removed_split_moved_and_regraded_items() -> None:
    assert MIGRATION is not None
    changes = {(c.kind, c.item) for c in diff_checklists(OLD["dtv"], NEW["dtv"], MIGRATION)}
    assert {("split", "DTV-01"), ("moved", "CORE-14"), ("added", "CORE-19"), ("context", "CORE-AGE")} <= changes
    assert ("fact", "DTV-02") in changes  # now the same fact as CORE-01: counted once
    regraded = {(c.kind, c.item) for c in diff_checklists(OLD["health"], NEW["health"], None)}
    assert ("regraded", "GZ-01") in regraded and ("removed", "GZ-12") in regraded
