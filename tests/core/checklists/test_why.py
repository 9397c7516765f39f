"""The F1 help says why a question is asked in words, never with file names or line numbers."""

from __future__ import annotations

import re

from app.core.checklists.why import why_asked
from app.forms_loader import load_checklists


def test_every_item_is_explained_without_file_names_or_seed_lines() -> None:
    for checklist in load_checklists().values():
        for item in checklist.items:
            text = " ".join(why_asked(item))
            assert not re.search(r"\.md|§|\d{3}:\d+|seeds", text), (item.id, text)
            assert "Bron:" in text


def test_a_signal_says_its_weight_and_a_context_item_says_it_is_not_one() -> None:
    ggd = load_checklists()["ggd_intake"]
    signal = next(i for i in ggd.items if i.grade is not None and i.grade.value == "strong")
    assert "sterk signaal" in " ".join(why_asked(signal))
    context = next(i for i in ggd.items if i.context)
    assert "geen signaal" in " ".join(why_asked(context))
