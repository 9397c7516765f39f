"""The live assessment panel and the end-of-interview summary: the 'onvolledig' outcome in a neutral colour,
and the route that fits the context (a companion who stays, detention, a minor without signals)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.assessment import Level, assess
from app.core.routing import advise
from app.core.settings import OrgType
from app.forms_loader import load_checklists, load_routes
from app.ui.interview.answer_keys import choices, value_for_key
from app.ui.interview.assessment_panel import AssessmentPanel
from app.ui.interview.summary_panel import SummaryPanel
from app.ui.labels import LEVEL_COLOURS, level_text

CHECKLISTS, ROUTES = load_checklists(), load_routes()
SAFE = {"CORE-C2": "alleen", "CORE-C3": "professioneel", "CORE-AGE": "volwassen"}
NEUTRAL = LEVEL_COLOURS[Level.ONVOLLEDIG]


def test_onvolledig_is_shown_in_a_neutral_colour_not_green(qtbot: QtBot) -> None:
    panel = AssessmentPanel()
    qtbot.addWidget(panel)
    result = assess(CHECKLISTS["ggd_intake"], SAFE | {"CORE-01": "refused", "CORE-02": "refused", "CORE-03": "refused"})
    panel.show_assessment(result)
    assert panel.level.text() == "? onvolledig – nog niet te beoordelen" == level_text(Level.ONVOLLEDIG)
    assert NEUTRAL in panel.level.styleSheet() and LEVEL_COLOURS[Level.GEEN] not in panel.level.styleSheet()
    assert NEUTRAL not in {LEVEL_COLOURS[lvl] for lvl in Level if lvl is not Level.ONVOLLEDIG}
    body = panel.body.text()
    assert "niet antwoorden" in body and "CORE-01, CORE-02, CORE-03" in body  # the refusals, as information
    assert "Context (geen signalen)" in body and "professionele tolk" in body


def test_summary_shows_the_second_conversation_route_for_an_incomplete_interview(qtbot: QtBot) -> None:
    summary = SummaryPanel()
    qtbot.addWidget(summary)
    answers = SAFE | {
        "DTV-CTX": "vreemdelingenbewaring",
        "CORE-01": "refused",
        "CORE-02": "refused",
        "CORE-03": "refused",
    }
    result = assess(CHECKLISTS["dtv"], answers)
    advice = advise(ROUTES, OrgType.DTV, result, "CN")
    summary.show_summary(result, advice, {})
    body = summary.body.text()
    assert f"color: {NEUTRAL}" in body and "onvolledig – nog niet te beoordelen" in body
    assert "tweede gesprek" in body and "DJI-medewerkers en de medische dienst" in body
    assert "IOM" not in body and "bedenktijd" not in body  # nothing for D9 or a bedenktijd without signals
    assert summary.track_checks == []


def test_summary_with_a_companion_stops_first_and_reads_nothing_out(qtbot: QtBot) -> None:
    summary = SummaryPanel()
    qtbot.addWidget(summary)
    answers = SAFE | {"CORE-C2": "begeleider_blijft", "CORE-04": "observed"}
    result = assess(CHECKLISTS["ggd_intake"], answers)
    advice = advise(ROUTES, OrgType.GGD_INTAKE, result, "RO")
    summary.show_summary(result, advice, {})
    body = summary.body.text()
    assert result.level is Level.AANWEZIG
    route = body[body.index("<ol>") : body.index("</ol>")]
    assert route.index("stop het gesprek over signalen") < route.index("politie")
    assert "Bespreek de signalen met de persoon" not in body
    assert "Nu niets voorlezen" in body and "recht op een bedenktijd" not in body


def test_summary_for_a_detainee_does_not_promise_a_bedenktijd(qtbot: QtBot) -> None:
    summary = SummaryPanel()
    qtbot.addWidget(summary)
    answers = SAFE | {"DTV-CTX": "vreemdelingenbewaring", "CORE-01": "reported"}
    result = assess(CHECKLISTS["dtv"], answers)
    summary.show_summary(result, advise(ROUTES, OrgType.DTV, result, "UA"), {})
    body = summary.body.text()
    assert "OM en politie akkoord" in body and "beslissen of u een bedenktijd" in body
    assert "In die tijd mag u in Nederland blijven" not in body


def test_a_minor_without_signals_gets_care_steps_but_no_signal_level(qtbot: QtBot) -> None:
    panel, summary = AssessmentPanel(), SummaryPanel()
    qtbot.addWidget(panel)
    qtbot.addWidget(summary)
    checklist = CHECKLISTS["coa"]
    answers = SAFE | {"CORE-AGE": "minderjarig", "COA-AMV": "yes", "COA-01": "no"}
    answers |= {i.id: "no" for i in checklist.items if i.key and i.is_signal}
    result = assess(checklist, answers)
    panel.show_assessment(result)
    summary.show_summary(result, advise(ROUTES, OrgType.COA, result, "AF"), {})
    assert panel.level.text() == level_text(Level.GEEN) and "minderjarig" in panel.body.text()
    body = summary.body.text()
    assert "Nidos" in body and "aandachtsfunctionaris" in body
    assert "Meldpunt Veiligheid" not in body and "beschermde opvang" not in body


def test_the_live_panel_shows_the_route_when_given_one(qtbot: QtBot) -> None:
    panel = AssessmentPanel()
    qtbot.addWidget(panel)
    result = assess(CHECKLISTS["ggd_intake"], SAFE | {"CORE-C2": "begeleider_blijft", "CORE-04": "observed"})
    panel.show_assessment(result)
    assert "<ol>" not in panel.body.text()  # without advice: the assessment only, as before
    panel.show_assessment(result, advise(ROUTES, OrgType.GGD_INTAKE, result, "RO"))
    body = panel.body.text()
    assert "<ol>" in body and body.index("stop het gesprek over signalen") < body.index("politie")


def test_wil_niet_antwoorden_has_its_own_key_apart_from_onbekend() -> None:
    item = CHECKLISTS["ggd_intake"].item("CORE-01")
    assert value_for_key(item, "x") == value_for_key(item, "X") == "refused"
    assert value_for_key(item, "?") == "unknown"
    assert ("refused", "Wil niet antwoorden") in [(value, label) for value, label, _k in choices(item)]


def test_one_key_map_for_every_question_type() -> None:
    """The same key always means the same kind of answer (issue 14 #6); digits only pick numbered options."""
    kinds = {"W": {"observed"}, "J": {"reported", "yes"}, "N": {"no"}, "?": {"unknown"}, "X": {"refused"}}
    kinds["-"] = {"not_asked"}
    seen_types = set()
    for checklist in CHECKLISTS.values():
        for item in checklist.items:
            seen_types.add(item.type.value)
            for key, allowed in kinds.items():
                value = value_for_key(item, key)
                assert value is None or value in allowed, (item.id, key, value)
            for key in ("?", "X", "-"):  # every type, incl. choice, date and number
                assert value_for_key(item, key) is not None, (item.id, key)
            digit = value_for_key(item, "1")
            assert digit is None or digit in {o.id for o in item.options}, (item.id, digit)
    assert {"signal", "yes_no_unknown", "choice", "number", "date"} <= seen_types
