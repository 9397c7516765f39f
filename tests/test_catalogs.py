"""The gettext catalogs: complete in Dutch and English, client texts in every interview language,
placeholders kept, templates current with the code, and compiled catalogs that gettext loads."""

from __future__ import annotations

import gettext
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from app.catalogs import DOMAINS, compile_all, coverage, i18n_root, is_client_text, po_files, read_catalog
from app.core.languages import INTERVIEW_LANGUAGES, UI_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = po_files()


def _placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def _pairs(message: Message) -> list[tuple[str, str]]:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    plural_id = ids[-1]
    return [(ids[min(n, len(ids) - 1)] if n < 1 else plural_id, text) for n, text in enumerate(strings) if text]


def _ids(catalog: Catalog) -> set[object]:
    return {m.id for m in catalog if m.id}


def test_there_are_catalogs_for_every_ui_and_interview_language() -> None:
    found = {(p.parents[1].name, p.stem) for p in CATALOGS}
    assert {(lang, domain) for lang in UI_LANGUAGES for domain in DOMAINS} <= found
    assert {(lang, "forms") for lang in INTERVIEW_LANGUAGES} <= found


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_every_translation_keeps_the_placeholders_of_its_msgid(po: Path) -> None:
    broken = [
        (msgid, text)
        for message in read_catalog(po)
        if message.id
        for msgid, text in _pairs(message)
        if _placeholders(text) != _placeholders(msgid)
    ]
    assert broken == []


def test_the_placeholder_check_catches_a_lost_placeholder() -> None:
    message = Message("Zaak {code} gesloten", "Case closed")
    assert [_placeholders(t) != _placeholders(i) for i, t in _pairs(message)] == [True]


@pytest.mark.parametrize("domain", DOMAINS)
def test_templates_are_current_with_the_code_and_forms(
    domain: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``make i18n-extract`` was run: extracting again yields exactly the msgids of the committed template."""
    monkeypatch.chdir(ROOT)
    out = tmp_path / f"{domain}.pot"
    config = {
        "app": ["-F", "i18n/babel.cfg", "-k", "N_", "-k", "ngettext:1,2"],
        "forms": ["-F", "i18n/babel-forms.cfg"],
    }
    CommandLineInterface().run(["pybabel", "-q", "extract", "--no-location", "-o", str(out), *config[domain], "."])
    with out.open("rb") as fresh:
        assert _ids(read_po(fresh)) == _ids(read_catalog(i18n_root() / f"{domain}.pot"))


@pytest.mark.parametrize("language", UI_LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_ui_languages_have_every_msgid_translated(language: str, domain: str) -> None:
    template = _ids(read_catalog(i18n_root() / f"{domain}.pot"))
    catalog = read_catalog(i18n_root() / language / "LC_MESSAGES" / f"{domain}.po")
    assert template - _ids(catalog) == set()
    report = coverage(i18n_root() / language / "LC_MESSAGES" / f"{domain}.po")
    assert report.translated == report.total == len(template)


@pytest.mark.parametrize("language", INTERVIEW_LANGUAGES)
def test_every_client_text_is_translated_into_every_interview_language(language: str) -> None:
    report = coverage(i18n_root() / language / "LC_MESSAGES" / "forms.po")
    template = read_catalog(i18n_root() / "forms.pot")
    assert report.client_total == sum(map(is_client_text, template)) > 40
    assert report.client_translated == report.client_total


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_every_catalog_states_its_review_status(po: Path) -> None:
    assert coverage(po).review != "unknown"


def test_compiled_catalogs_load_in_gettext_and_are_rebuilt_only_when_stale(tmp_path: Path) -> None:
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "app.po").write_bytes((i18n_root() / "en" / "LC_MESSAGES" / "app.po").read_bytes())
    assert [p.name for p in compile_all(tmp_path)] == ["app.mo"]
    assert compile_all(tmp_path) == []
    english = gettext.translation("app", tmp_path, languages=["en"])
    assert english.gettext("Zaken") == "Cases"
