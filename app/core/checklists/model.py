"""The checklist model: modules of items, each a signal or a context question, composed per role."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.checklists.conditions import Condition
from app.core.i18n import N_, _


class AnswerType(StrEnum):
    SIGNAL = "signal"  # ja – waargenomen / ja – verteld / nee / onbekend / niet gevraagd
    YES_NO_UNKNOWN = "yes_no_unknown"
    CHOICE = "choice"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"


class SignalAnswer(StrEnum):
    OBSERVED = "observed"
    REPORTED = "reported"
    NO = "no"
    UNKNOWN = "unknown"
    NOT_ASKED = "not_asked"
    REFUSED = "refused"  # the person does not want to answer: information, not a "no" and not "unknown"

    @property
    def label(self) -> str:
        return _(_SIGNAL_LABELS[self])

    @property
    def is_present(self) -> bool:
        return self in (SignalAnswer.OBSERVED, SignalAnswer.REPORTED)


_SIGNAL_LABELS = {
    SignalAnswer.OBSERVED: N_("Ja – waargenomen"),
    SignalAnswer.REPORTED: N_("Ja – verteld"),
    SignalAnswer.NO: N_("Nee"),
    SignalAnswer.UNKNOWN: N_("Onbekend"),
    SignalAnswer.NOT_ASKED: N_("Niet gevraagd"),
    SignalAnswer.REFUSED: N_("Wil niet antwoorden"),
}

YES_NO_UNKNOWN = ("yes", "no", "unknown")
YES_NO_LABELS = {"yes": N_("Ja"), "no": N_("Nee"), "unknown": N_("Onbekend")}
# Answers every question accepts, whatever its type: what the worker could not learn is recorded as such,
# never as a made-up value ("0 uur", today's date). A signal item has them among its own answers.
SPECIAL_ANSWERS = {
    "unknown": N_("Onbekend"),
    "refused": N_("Wil niet antwoorden"),
    "not_asked": N_("Niet gevraagd"),
}


class ExploitationForm(StrEnum):
    """Forms of exploitation as the National Rapporteur counts them (art. 273f Sr)."""

    SEKSUEEL = "SU"  # seksuele uitbuiting
    ARBEID = "AU"  # arbeidsuitbuiting
    DIENSTEN = "GD"  # gedwongen dienstverlening, incl. bedelarij
    CRIMINEEL = "CU"  # criminele uitbuiting
    ORGAAN = "OV"  # orgaanverwijdering

    @property
    def label(self) -> str:
        return _(_FORM_LABELS[self])


_FORM_LABELS = {
    ExploitationForm.SEKSUEEL: N_("seksuele uitbuiting"),
    ExploitationForm.ARBEID: N_("arbeidsuitbuiting"),
    ExploitationForm.DIENSTEN: N_("gedwongen dienstverlening (incl. bedelarij)"),
    ExploitationForm.CRIMINEEL: N_("criminele uitbuiting"),
    ExploitationForm.ORGAAN: N_("orgaanverwijdering"),
}


class Element(StrEnum):
    """The legal element of art. 273f Sr a signal points to."""

    MEANS = "means"  # dwang, misleiding, controle, misbruik van kwetsbare positie
    EXPLOITATION = "exploitation"  # uitbuitende omstandigheden
    VULNERABILITY = "vulnerability"  # kwetsbaarheid en context: nooit genoeg op zichzelf

    @property
    def label(self) -> str:
        return _(_ELEMENT_LABELS[self])


_ELEMENT_LABELS = {
    Element.MEANS: N_("middelen (dwang, misleiding, controle)"),
    Element.EXPLOITATION: N_("uitbuitende omstandigheden"),
    Element.VULNERABILITY: N_("kwetsbaarheid en context"),
}


class Grade(StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"

    @property
    def label(self) -> str:
        return _(_GRADE_LABELS[self])


_GRADE_LABELS = {Grade.STRONG: N_("sterk"), Grade.MEDIUM: N_("middel"), Grade.WEAK: N_("zwak")}


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    text: str  # Dutch source text


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    module: str
    text: str  # Dutch source text: the signal as the worker records it, or the context question
    type: AnswerType
    source: str
    help: str = ""  # guidance for the worker (Dutch)
    ask: str = ""  # plain-language question to the person (Dutch; translated for the client view)
    section: str = ""
    show_if: Condition | None = None
    forms: tuple[ExploitationForm, ...] = ()  # empty: points to every form
    elements: tuple[Element, ...] = ()
    grade: Grade | None = None
    marks_minor: tuple[str, ...] = ()  # answers that mean the person is (possibly) under 18
    options: tuple[Option, ...] = ()
    multiple: bool = False
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    max_length: int = 200
    ilo: tuple[str, ...] = ()  # related ILO/Delphi indicator references
    fact: str = ""  # items that record the same fact share a fact id; counted once (default: the item id)
    key: bool = False  # a key item: needed before "geen signalen" can be said (see Completeness)
    context: str = ""  # the context this answer sets (age, amv, detention, companion, interpreter); never graded
    context_map: tuple[tuple[str, str], ...] = ()  # answer -> context value (default: the answer itself)

    @property
    def is_signal(self) -> bool:
        return self.type is AnswerType.SIGNAL

    @property
    def fact_id(self) -> str:
        return self.fact or self.id

    def context_value(self, answer: str) -> str | None:
        """The context value an answer sets, or None when this answer sets nothing."""
        if not self.context:
            return None
        mapping = dict(self.context_map)
        if not mapping and answer in ("refused", "not_asked"):
            return None  # a refusal or an unasked question sets no context
        return mapping.get(answer) if mapping else answer


@dataclass(frozen=True, slots=True)
class OpeningQuestion:
    id: str
    text: str
    source: str
    leads_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Completeness:
    """When enough was asked to say "geen signalen" (data in the checklist module, see docs/assessment.md)."""

    min_key_answered: float  # share of the shown key items answered with a yes or a no
    max_refused: int  # refusals ("wil niet antwoorden") above this make the interview incomplete


LEGACY_RULE = "2026.11"  # the rule of the first checklists: kept so their interviews keep their assessment


@dataclass(frozen=True, slots=True)
class Module:
    id: str
    version: str
    title: str
    file: str
    items: tuple[Item, ...]
    opening_questions: tuple[OpeningQuestion, ...] = ()
    requires: tuple[str, ...] = ()  # modules asked before this one
    submodules: tuple[str, ...] = ()  # modules asked after this one (e.g. amv after coa)
    org_types: tuple[str, ...] = ()  # non-empty: a checklist of its own for these organisation types
    content_hash: str = ""
    rule: str = LEGACY_RULE  # the version of the assessment rule the module was written for
    completeness: Completeness | None = None


@dataclass(frozen=True, slots=True)
class Checklist:
    """The modules asked in one interview, in order, with one version string and one content hash."""

    id: str
    title: str
    modules: tuple[Module, ...]
    items: tuple[Item, ...]
    version: str
    content_hash: str
    rule: str = LEGACY_RULE
    completeness: Completeness | None = None
    _by_id: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def item(self, item_id: str) -> Item:
        return self._by_id[item_id]

    def has(self, item_id: str) -> bool:
        return item_id in self._by_id

    @property
    def opening_questions(self) -> tuple[OpeningQuestion, ...]:
        return tuple(q for m in self.modules for q in m.opening_questions)
