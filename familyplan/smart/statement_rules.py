"""How each statement rule in the catalogue recognises its problem in one statement.

A matcher gets the rule (for its word lists) and the statement, and returns the
spans it objects to, each with the words to fill the rule's message. Word lists
live in the catalogue; only the shape of the test lives here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from familyplan.plan.parsing import parse_when, people_in
from familyplan.smart.catalogue import Catalogue, Rule
from familyplan.smart.language import (
    Lexicon,
    Span,
    acronyms_in,
    has_measure,
    lexicon,
    main_clause,
    negation_in,
    rule_lexicon,
    word_pattern,
    words,
)


@dataclass(frozen=True)
class Hit:
    span: Span
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Statement:
    text: str
    kind: str
    today: dt.date | None
    catalogue: Catalogue

    @cached_property
    def listed(self) -> dict[str, list[Span]]:
        """The listed words of every rule for this kind of statement, found in one pass."""
        kind, catalogue = self.kind, self.catalogue
        lexicon_for_kind = catalogue.memo(
            ("lexicon", kind),
            lambda: rule_lexicon({r.id: (r.words, r.phrases) for r in catalogue.for_kind(kind)}),
        )
        return lexicon_for_kind.find(self.text)


Matcher = Callable[[Rule, Statement], list[Hit]]
MATCHERS: dict[str, Matcher] = {}


def matcher(rule_id: str) -> Callable[[Matcher], Matcher]:
    def register(fn: Matcher) -> Matcher:
        MATCHERS[rule_id] = fn
        return fn

    return register


def _listed(rule: Rule, s: Statement, upto: int | None = None) -> list[Span]:
    """Spans of the rule's words (in all forms) and phrases (as written), without overlaps.

    With ``upto``, only those that end by that offset (the statement's main clause).
    """
    spans = [sp for sp in s.listed.get(rule.id, []) if upto is None or sp.end <= upto]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _hits(spans: list[Span]) -> list[Hit]:
    return [Hit(s, {"match": s.text}) for s in spans]


def _whole(text: str) -> Span:
    return Span(0, len(text), text)


def _is_blank(text: str) -> bool:
    return not text.strip(" \t\r\n.-–—?")


# --- Words that are vague, subjective, jargon ----------------------------------


@matcher("outcome-vague-word")
@matcher("subjective-standard")
@matcher("jargon")
@matcher("action-written-agreement")
@matcher("action-absolute")
def listed_words(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_listed(rule, s))


@matcher("action-restriction")
def restriction(rule: Rule, s: Statement) -> list[Hit]:
    # A family's own choice written as "we agreed" is theirs to make (seed 002).
    if re.search(
        r"\b(?:we|family|they)\s+(?:have\s+)?(?:agreed|decided|chose|want)\b", s.text, re.IGNORECASE
    ):
        return []
    return _hits(_listed(rule, s))


@matcher("outcome-professional-phrase")
def professional_phrase(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_listed(rule, s, main_clause(s.text).end))


@matcher("outcome-improve-without-measure")
def improve_without_measure(rule: Rule, s: Statement) -> list[Hit]:
    if has_measure(s.text):
        return []
    return _hits(_listed(rule, s)[:1])


@matcher("outcome-generic")
def generic(rule: Rule, s: Statement) -> list[Hit]:
    # Only when the outcome *is* keeping things as they are: the verb leads the clause.
    clause = main_clause(s.text).text
    pattern = word_pattern(rule.words)
    if pattern is None:
        return []
    m = re.match(
        rf"\s*(?:to\s+|(?:[A-Z][\w']*\s+){{0,3}}(?:will|to|should|must)\s+)?({pattern.pattern})",
        clause,
        re.IGNORECASE,
    )
    return [Hit(Span(m.start(1), m.end(1), m[1]), {"match": m[1]})] if m else []


@matcher("outcome-negative")
def negative(rule: Rule, s: Statement) -> list[Hit]:
    clause = main_clause(s.text)
    found = negation_in(clause.text)
    if found is None:
        return []
    return [Hit(found, {"match": found.text})]


@matcher("outcome-is-an-activity")
def activity(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_listed(rule, s, main_clause(s.text).end)[:1])


@matcher("outcome-no-measure")
def no_measure(rule: Rule, s: Statement) -> list[Hit]:
    if _is_blank(s.text) or has_measure(s.text):
        return []
    return [Hit(_whole(s.text))]


_NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_TIMESCALE = re.compile(r"\b(?:by|at|before)\s+(?:the\s+)?(?:next|each|every|end)\b", re.IGNORECASE)


@matcher("outcome-well-measured")
def well_measured(rule: Rule, s: Statement) -> list[Hit]:
    # A date alone is not a measure: look for one in the text without its dates.
    if not has_measure(_NUMERIC_DATE.sub("", s.text)):
        return []
    if _TIMESCALE.search(s.text) or parse_when(s.text, s.today).dates:
        return [Hit(_whole(s.text))]
    return []


# --- Actions ---------------------------------------------------------------------

# "Family support worker", "support network" and "support group" are names, not the verb.
_SUPPORT_AS_NAME = re.compile(
    r"\bsupport(?=\s+(?:worker|network|group|officer|plan|assistant|services?|team|line|worker's))|"
    r"(?<=family\s)support|(?<=peer\s)support",
    re.IGNORECASE,
)
# Saying how and what for makes even "support" purposeful.
_PURPOSEFUL = re.compile(
    r"\b(?:by\s+\w+ing|so\s+that|in\s+order\s+to|which\s+will|to\s+(?:help|show|teach|learn|practise|plan|make|"
    r"build|find|set|agree|fill|complete|prepare|write|read|check\s+that|go|get|use|try))\b",
    re.IGNORECASE,
)


_LEADING_PURPOSE = re.compile(r"\s*(?:in order )?to\s[^,;.]{3,80},", re.IGNORECASE)
_FREQUENCY = re.compile(r"\d|\b(?:every|each|weekly|daily|monthly|fortnightly)\b", re.IGNORECASE)


@matcher("action-purposeless-verb")
def purposeless_verb(rule: Rule, s: Statement) -> list[Hit]:
    names = {(m.start(), m.end()) for m in _SUPPORT_AS_NAME.finditer(s.text)}
    # "To support Ben's attendance, Ben will arrive at 9am": the verb states the purpose
    # of a concrete action that follows, so it is not the action itself.
    purpose = _LEADING_PURPOSE.match(s.text)
    purpose_end = purpose.end() if purpose and len(words(s.text[purpose.end() :])) >= 4 else -1
    spans = [sp for sp in _listed(rule, s) if (sp.start, sp.end) not in names and sp.end > purpose_end]
    if not spans:
        return []
    if _PURPOSEFUL.search(s.text) and _FREQUENCY.search(s.text):
        return []
    return _hits(spans[:1])


_CHANGE_DESCRIBED = re.compile(
    r"\b(?:so\s+that|in\s+order\s+to|to\s+(?:help|learn|understand|practise|find|manage|get|use|try|talk|"
    r"cope|build|reduce|make)|and\s+(?:use|try|practise|put|talk|share|agree|tell|plan|write)|which\s+will)\b",
    re.IGNORECASE,
)


_ATTENDS = re.compile(
    r"\b(?:attend\w*|complete\w*|finish\w*|go(?:es)?\s+to|do(?:es)?|enrol\w*|sign\s+up)\b", re.I
)


@matcher("action-referral-only")
def referral_only(rule: Rule, s: Statement) -> list[Hit]:
    if _CHANGE_DESCRIBED.search(s.text):
        return []
    # Only what the action is mainly about: "while Mum goes to her college course" is context.
    clause = main_clause(s.text).text
    spans = _listed(rule, s, len(clause))
    referral = [sp for sp in spans if sp.text.lower().startswith(("refer", "signpost"))]
    if referral:
        return _hits(referral[:1])
    if spans and _ATTENDS.search(clause):
        return _hits(spans[:1])
    return []


@matcher("action-too-short")
def too_short(rule: Rule, s: Statement) -> list[Hit]:
    count = len(words(s.text))
    return [Hit(_whole(s.text))] if 0 < count < 5 else []


@matcher("long-statement")
def long_statement(rule: Rule, s: Statement) -> list[Hit]:
    count = len(words(s.text))
    return [Hit(_whole(s.text), {"words": str(count)})] if count > 45 else []


# --- Acronyms --------------------------------------------------------------------


@matcher("acronym")
def acronym(rule: Rule, s: Statement) -> list[Hit]:
    hits = []
    for span in acronyms_in(s.text, s.catalogue.known_abbreviations):
        expansion = s.catalogue.acronyms.get(span.text.rstrip("s")) or s.catalogue.acronyms.get(span.text)
        values = {
            "match": span.text,
            "expansion": f" ({span.text} = {expansion})" if expansion else "",
            "expansion_suggestion": f': "{expansion}"' if expansion else "",
        }
        hits.append(Hit(span, values))
    return hits


# --- Who -------------------------------------------------------------------------

_FILLER = frozenset(
    ["the", "a", "an", "all", "our", "their", "his", "her", "my", "each", "every", "and", "of", "year"]
    + [str(n) for n in range(1, 14)]
)
_PERSON_WORDS = re.compile(
    r"^(?:mum|mam|mother|dad|father|grandma|gran|nan|nanna|grandad|granddad|grandmother|grandfather|"
    r"auntie|aunt|uncle|stepdad|stepmum|step-dad|step-mum|brother|sister|cousin|i|me|we|you)$",
    re.IGNORECASE,
)


def _organisations(s: Statement) -> Lexicon:
    return s.catalogue.memo("organisations", lambda: lexicon(s.catalogue.rule("who-organisation").words))


def _roles(s: Statement) -> Lexicon:
    def build() -> Lexicon:
        c = s.catalogue
        acronyms = tuple(a.lower() for a in c.acronyms)
        return lexicon(c.rule("who-role-without-name").words + c.rule("who-organisation").words + acronyms)

    return s.catalogue.memo("roles", build)


def _people(s: Statement) -> list[tuple[Span, str, str]]:
    """Each person named in a who cell: their span, name and role."""
    return _people_in(s.text)


@lru_cache(maxsize=4096)
def _people_in(text: str) -> list[tuple[Span, str, str]]:
    out = []
    for (start, _end, raw), name, role, _kind in people_in(text):
        lead = len(raw) - len(raw.lstrip())
        span = Span(start + lead, start + len(raw.rstrip()), raw.strip())
        if span.text:
            out.append((span, name, role))
    return out


@matcher("who-missing")
def who_missing(rule: Rule, s: Statement) -> list[Hit]:
    blank = _is_blank(s.text) or s.text.strip().lower() in {"n/a", "na", "tbc", "none", "unknown", "?"}
    return [Hit(_whole(s.text))] if blank else []


@matcher("who-organisation")
def who_organisation(rule: Rule, s: Statement) -> list[Hit]:
    organisations = _organisations(s)
    return [
        Hit(span, {"match": span.text}) for span, name, _ in _people(s) if organisations.covers(name, _FILLER)
    ]


@matcher("who-role-without-name")
def role_without_name(rule: Rule, s: Statement) -> list[Hit]:
    organisations, roles = _organisations(s), _roles(s)
    hits = []
    for span, name, role in _people(s):
        if organisations.covers(name, _FILLER):
            continue  # reported as an organisation already
        if roles.covers(name, _FILLER) or (not name and roles.covers(role, _FILLER)):
            hits.append(Hit(span, {"match": span.text}))
    return hits


@matcher("who-no-role")
def who_no_role(rule: Rule, s: Statement) -> list[Hit]:
    organisations, roles = _organisations(s), _roles(s)
    hits = []
    for span, name, role in _people(s):
        if role or organisations.covers(name, _FILLER) or roles.covers(name, _FILLER):
            continue
        if all(_PERSON_WORDS.match(w) for w in words(name)):
            continue  # "Mum", "Grandad" say who they are
        if roles.find(name):
            continue  # "Sarah Family Support Worker"
        hits.append(Hit(span, {"match": span.text}))
    return hits


# --- When ------------------------------------------------------------------------


@matcher("when-missing")
def when_missing(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(_whole(s.text))] if _is_blank(s.text) else []


@matcher("when-asap")
def when_asap(rule: Rule, s: Statement) -> list[Hit]:
    parsed = parse_when(s.text, s.today)
    if parsed.dates and not re.match(r"\s*(?:asap|as soon as possible)", s.text, re.IGNORECASE):
        return []  # "as needed (review 03/05/2025)" has a date to hold it to
    return _hits(_listed(rule, s)[:1])


@matcher("when-ongoing")
def when_ongoing(rule: Rule, s: Statement) -> list[Hit]:
    if parse_when(s.text, s.today).dates:
        return []
    return _hits(_listed(rule, s)[:1])


_RELATIVE = re.compile(
    r"\b(?:within|in|over|after|for)\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?|terms?)\b|"
    r"\b(?:next|this|coming|following)\s+(?:week|month|term|half[\s\-]term|year|meeting|review|taf|visit)\b|"
    r"\b(?:by|before|at|until)\s+(?:the\s+)?(?:next|following|first|end\s+of(?:\s+the)?)\s+"
    r"(?:\w+\s+)?(?:review|meeting|taf|tac|core\s+group|conference|visit|term|half[\s\-]term|week|month|year)\b|"
    r"\b(?:end\s+of|by|before)\s+(?:the\s+)?(?:term|half[\s\-]term|summer|holidays?|christmas|easter|new\s+year)\b|"
    r"\b(?:short|medium|long)[\s\-]term\b|\bweeks?\s+\d+\s*-\s*\d+\b",
    re.IGNORECASE,
)


@matcher("when-relative")
def when_relative(rule: Rule, s: Statement) -> list[Hit]:
    if parse_when(s.text, s.today).dates:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]}) for m in _RELATIVE.finditer(s.text)][:1]


@matcher("when-recurring-without-review")
def recurring_without_review(rule: Rule, s: Statement) -> list[Hit]:
    parsed = parse_when(s.text, s.today)
    if not parsed.recurrence or parsed.dates or parsed.recurrence_span is None:
        return []
    start, end = parsed.recurrence_span
    return [Hit(Span(start, end, parsed.recurrence), {"match": parsed.recurrence})]


@matcher("when-month-only")
def month_only(rule: Rule, s: Statement) -> list[Hit]:
    parsed = parse_when(s.text, s.today)
    if parsed.dates:
        return []
    return [Hit(Span(a, b, t), {"match": t}) for a, b, t in parsed.month_only][:1]


@matcher("when-invalid-date")
def invalid_date(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(Span(a, b, t), {"match": t}) for a, b, t in parse_when(s.text, s.today).invalid_dates]


# "when-no-date" is decided in checker.py: it applies only when no other "when" rule spoke.


# --- Contingency -----------------------------------------------------------------


@matcher("contingency-missing")
def contingency_missing(rule: Rule, s: Statement) -> list[Hit]:
    text = s.text.strip().strip(".").lower()
    if _is_blank(s.text) or text in rule.phrases:
        return [Hit(_whole(s.text))]
    return []


_NETWORK_PERSON = re.compile(
    r"\b(?:mum|mam|mother|dad|father|parents?|carers?|grandma|gran|nan|nanna|grandad|granddad|grandparents?|"
    r"grandmother|grandfather|aunt|auntie|aunty|uncle|cousin|brother|sister|sibling|friend|neighbou?r|"
    r"godparent|godmother|godfather|family\s+friend|partner|he|she|they|we|i)\b",
    re.IGNORECASE,
)
# A capitalised name that is not the first word of a sentence: "Grandma Pat", "Sarah".
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")


def _names_someone(text: str) -> bool:
    return bool(_NETWORK_PERSON.search(text) or _NAME.search(text))


@matcher("contingency-process-only")
def process_only(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    if _NETWORK_PERSON.search(s.text):
        return []
    return _hits(_listed(rule, s)[:1])


@matcher("contingency-no-network")
def no_network(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s) or _names_someone(s.text):
        return []
    if process_only(s.catalogue.rule("contingency-process-only"), s):
        return []  # the process finding already says it
    return [Hit(_whole(s.text))]
