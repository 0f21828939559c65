"""How each statement rule judges a statement, from the reading of its parts.

There are two sorts of rule. *Content* rules look at the slots the guidance asks
for (an outcome's change and its evidence, an action's doing and its when, a
contingency's trigger and responder) and say when one is missing or vague: these
are warnings and errors, and they decide the verdict. *Style* rules (acronyms,
jargon, absolutes, long sentences) are hints: shown with their fix, never
deciding the verdict on their own. When a style word is itself the statement's
criterion ("dress suitably", "keep the house clean and tidy") the content
rule for that criterion speaks instead.

Word lists live in the catalogue; only the shape of each test lives here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from familyplan.plan.parsing import ParsedWhen, parse_when, people_in
from familyplan.smart import words as w
from familyplan.smart.catalogue import Catalogue, Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Lexicon, Span, acronyms_in, lexicon, rule_lexicon, words
from familyplan.smart.reading import Clause, Reading, read

_STANDING_RULE = re.compile(r"\b(?:never|always)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[^\]]+\]|<[^>]+>|[Xx]{2,}|_{2,}|\*{3,}")
_OWNER_WORDS = re.compile(r"[A-Za-z]+(?:\(s\))?")
_ASAP_FIRST = re.compile(r"\s*(?:asap|as soon as possible)", re.IGNORECASE)
_REVIEW = re.compile(r"\breview", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the rest of the plan says about a statement: an action's who and when cells."""

    who: str = ""
    when: str = ""

    @property
    def has_who(self) -> bool:
        return bool(self.who.strip())

    @property
    def has_when(self) -> bool:
        return bool(self.when.strip())


NO_CONTEXT = Context()


@dataclass(frozen=True)
class Statement:
    text: str
    kind: str
    today: dt.date | None
    catalogue: Catalogue
    context: Context = NO_CONTEXT
    evidence_found: dict[tuple[str, ...], tuple[str, Span] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def reading(self) -> Reading:
        return read(self.text, self.kind)

    @cached_property
    def listed(self) -> dict[str, list[Span]]:
        """The listed words of every rule for this kind of statement, found in one pass."""
        kind, catalogue = self.kind, self.catalogue
        lexicon_for_kind = catalogue.memo(
            ("lexicon", kind),
            lambda: rule_lexicon({r.id: (r.words, r.phrases) for r in catalogue.for_kind(kind)}),
        )
        return lexicon_for_kind.find(self.text)

    @cached_property
    def listed_apart(self) -> dict[str, list[Span]]:
        return {key: _apart(spans) for key, spans in self.listed.items()}

    @cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.reading.tokens if t.kind == "word")

    @cached_property
    def people(self) -> list[Person]:
        """The people of a who cell, read once (three rules ask)."""
        return _read_people(self)

    @cached_property
    def parsed_when(self) -> ParsedWhen:
        return parse_when(self.text, self.today)

    @cached_property
    def predicate(self) -> tuple[int, int] | None:
        """Character span of the main predicate: the verb and what it says will happen."""
        main = self.reading.main
        if main is None or main.predicate is None:
            return None
        return main.span(*main.predicate)

    def in_predicate(self, span: Span) -> bool:
        p = self.predicate
        if p is None:
            main = self.reading.main
            return main is None or main.verb is None  # a topic is all predicate
        return p[0] <= span.start and span.end <= p[1]

    @cached_property
    def evidence(self) -> list[tuple[str, int, int, str]]:
        return self.reading.evidence

    @cached_property
    def when(self) -> list[tuple[str, int, int, str]]:
        return self.reading.when


Matcher = Callable[[Rule, Statement], list[Hit]]
MATCHERS: dict[str, Matcher] = {}


def matcher(rule_id: str) -> Callable[[Matcher], Matcher]:
    def register(fn: Matcher) -> Matcher:
        MATCHERS[rule_id] = fn
        return fn

    return register


def _listed(rule: Rule, s: Statement, words_of: str | None = None) -> list[Span]:
    """Spans of the rule's words (in all forms) and phrases (as written), without overlaps."""
    return s.listed_apart.get(words_of or rule.id, [])


def _apart(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda sp: (sp.start, -(sp.end - sp.start)))
    kept: list[Span] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _hits(spans: list[Span]) -> list[Hit]:
    return [Hit(sp, {"match": sp.text}) for sp in spans]


def _whole(text: str) -> Span:
    return Span(0, len(text), text)


def _is_blank(text: str) -> bool:
    return not text.strip(" \t\r\n.-–—?")


def _span(s: Statement, start: int, end: int) -> Span:
    return Span(start, end, s.text[start:end])


def _verb_span(s: Statement) -> Span:
    main = s.reading.main
    if main is None or main.verb is None:
        return _whole(s.text)
    t = main.tokens[main.verb]
    return _span(s, t.start, t.end)


def _verb_hit(s: Statement) -> list[Hit]:
    span = _verb_span(s)
    return [Hit(span, {"match": span.text})]


def _lemma_in(rule_words: tuple[str, ...], lemma: str) -> bool:
    return bool(lemma) and (lemma in rule_words or (lemma.split(" ")[0] in rule_words and " " not in lemma))


# --- What shows an outcome is reached ---------------------------------------------------

_ACTIVITY_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]+(?:weekly\s+|week\s+)?"
    r"(?:sessions?|appointments?|meetings?|visits?|classes|workshops?|courses?|referrals?|calls?|programmes?)\b"
    r"|\b(?:\d+|six|eight|ten|twelve)[\s-]+week\s+(?:course|programme|group)\b|\byear\s+\d+\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d+(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|once|"
    r"twice|half)\b",
    re.IGNORECASE,
)
_PLACE_WORDS = w.word_set(
    "school nursery college home bed class lessons work church club breakfast tea dinner lunch"
)


def _numbers_that_measure(s: Statement) -> list[Span]:
    """Numbers that are not dates, times, timescales, school years or counts of sessions."""
    taken = [(a, b) for kind, a, b, _ in s.when if kind in ("date", "time", "relative", "month", "day")]
    taken += [(m.start(), m.end()) for m in _ACTIVITY_COUNT.finditer(s.text)]
    found = []
    for m in _NUMBER.finditer(s.text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(Span(m.start(), m.end(), m[0]))
    return found


def _observable(s: Statement, state_words: tuple[str, ...]) -> bool:
    """Can someone see or hear the change happen? "gets dressed", "is in school", not "feels happy"."""
    main = s.reading.main
    if main is None or main.verb is None:
        return False
    if main.copular:
        after = main.tokens[main.verb + 1 : main.predicate_end]
        first = after[0].lower if after else ""
        # "be at nursery", "be at home", "be in bed by 8pm": being somewhere can be seen.
        return first in ("in", "at", "on", "home") and any(t.lower in _PLACE_WORDS for t in after[:4])
    lemma = main.lemma.split(" ")[0]
    return lemma not in state_words and lemma not in _CHANGE_WORDS


_ONE_OFF = w.word_set(
    "move pay clear find secure obtain register enrol start begin return pass gain buy open sign join "
    "finish complete get"
)


def _perfect(main: Clause) -> bool:
    """ "will have moved": done by then."""
    group = main.tokens[main.group[0] : main.verb] if main.group else []
    return any(t.lower in w.HAVE for t in group)


_CHANGE_WORDS = w.word_set(
    "improve increase reduce decrease develop progress better enhance grow boost lessen lower raise "
    "strengthen build"
)


def has_evidence(s: Statement, state_words: tuple[str, ...]) -> bool:
    return evidence_of(s, state_words) is not None


def evidence_of(s: Statement, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """What says how we will know, worked out once per statement (several rules ask)."""
    if state_words not in s.evidence_found:
        s.evidence_found[state_words] = _evidence_of(s, state_words)
    return s.evidence_found[state_words]


def _evidence_of(s: Statement, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """What says how we will know (seed 004: "what evidence will prove a difference"), and why it counts."""
    for kind, a, b, _ in s.evidence:
        if kind in ("threshold", "scale", "stated"):
            return kind, _span(s, a, b)
    numbers = _numbers_that_measure(s)
    if numbers:
        return "a number", numbers[0]
    main = s.reading.main
    if main is None or main.verb is None:
        return None
    for kind, a, b, _ in s.evidence:
        if kind == "independent":
            return "without help", _span(s, a, b)
    return _behaviour_evidence(s, main, state_words)


def _behaviour_evidence(s: Statement, main: Clause, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """An observable behaviour with its condition: how often, by when, or in what situation."""
    if not _observable(s, state_words):
        return None
    for kind, a, b, _ in s.when:
        if kind in ("frequency", "time", "duration"):
            return (
                f"seen {kind}" if kind != "frequency" else "how often it is seen",
                _span(s, a, b),
            )
    if main.ended:
        return "an end point", _verb_span(s)  # "no longer misses breakfast"
    # A one-off change done by a date can be checked: "the arrears will be cleared by December".
    one_off = main.passive or main.lemma.split(" ")[0] in _ONE_OFF or _perfect(main)
    for kind, a, b, _ in s.when:
        if one_off and kind in ("date", "month", "day"):
            return "done by a date", _span(s, a, b)
    for t in main.tokens[main.verb :]:
        if t.lower in ("when", "whenever", "if", "before", "after"):
            return "in a situation", _span(s, t.start, main.tokens[-1].end)
    return None


# --- Outcomes ----------------------------------------------------------------------


def _state_words(s: Statement) -> tuple[str, ...]:
    c = s.catalogue
    return c.rule("outcome-no-measure").words if "outcome-no-measure" in c.rules else ()


@matcher("outcome-no-measure")
def no_measure(rule: Rule, s: Statement) -> list[Hit]:
    if _is_blank(s.text) or has_evidence(s, rule.words):
        return []
    if s.catalogue.enabled("outcome-improve-without-measure") and improve_without_measure(
        s.catalogue.rule("outcome-improve-without-measure"), s
    ):
        return []  # that finding already says what is missing
    return [Hit(_whole(s.text))]


@matcher("outcome-improve-without-measure")
def improve_without_measure(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or has_evidence(s, _state_words(s)):
        return []
    if main.verb is not None and _lemma_in(rule.words, main.lemma):
        return _verb_hit(s)
    comparative = _comparatives(s)
    if comparative:
        return _hits(comparative[:1])
    # "Improved attendance", "Better sleep": a topic that is only a change word.
    spans = [sp for sp in _listed(rule, s) if s.in_predicate(sp)]
    return _hits(spans[:1]) if main.verb is None else []


def _comparatives(s: Statement) -> list[Span]:
    """ "more", "less", "better", "healthier" in the main predicate, with no number to say how much."""
    main = s.reading.main
    if main is None or main.verb is None:
        return []
    out = []
    tokens = main.tokens[main.verb : main.predicate_end]
    for i, t in enumerate(tokens):
        if not t.is_word or (i and tokens[i - 1].lower in ("any", "no", "once")):
            continue  # "any more", "no more", "once more" are not comparisons
        if t.lower in ("more", "less", "fewer", "better", "worse", "further"):
            out.append(Span(t.start, t.end, t.text))
        elif t.lower.endswith(("er", "ier")) and len(t.lower) > 4:
            adj = w.lemmas(t.lower).get("ADJ")
            if adj and adj[0] != t.lower and t.lower not in ("older", "younger"):
                out.append(Span(t.start, t.end, t.text))
    if out and (_numbers_that_measure(s) or any(kind == "time" for kind, *_ in s.when)):
        return []  # "more than 3 times", "15 minutes earlier", "by 8pm": the number says how much
    return out


@matcher("outcome-professional-phrase")
def professional_phrase(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    candidates = [main.lemma, *main.looked_through]
    if any(_lemma_in(rule.words, lemma) for lemma in candidates):
        for sp in _listed(rule, s):
            return _hits([sp])
    return []


@matcher("outcome-generic")
def generic(rule: Rule, s: Statement) -> list[Hit]:
    # Only when the outcome *is* keeping things as they are: the main verb, or a helper before it.
    main = s.reading.main
    if main is None or main.verb is None:
        return []
    lemmas = [main.lemma, *main.looked_through]
    if any(_lemma_in(rule.words, lemma) for lemma in lemmas):
        spans = _listed(rule, s)
        if spans:
            return _hits(spans[:1])
    return []


@matcher("outcome-negative")
def negative(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or main.ended:
        return []  # "no longer misses breakfast" describes the end point
    if main.verb is None:
        first = next((t for t in main.tokens[main.main :] if t.is_word), None)
        if first is not None and first.lower in ("no", "zero", "fewer", "less", "nil"):
            return [Hit(Span(first.start, first.end, first.text), {"match": first.text})]
        return []
    if main.negated:
        start = main.tokens[main.group[0] if main.group else main.verb].start
        end = main.tokens[main.verb].end
        return [Hit(_span(s, start, end), {"match": s.text[start:end]})]
    if _lemma_in(rule.words, main.lemma):
        return _verb_hit(s)
    return []


_SERVICE_OBJECTS = re.compile(
    r"\b(?:sessions?|appointments?|course|courses|programmes?|groups?|class(?:es)?|counsell?ing|therapy|"
    r"services?|meetings?|workshops?|clinic|support|intervention|assessment|referral|treatment|"
    r"the\s+(?:team|agency|centre|project))\b",
    re.IGNORECASE,
)


# Verbs that are only about a service when their object is one: "attend the group", "book a course".
_SERVICE_VERBS = w.word_set("attend complete finish go undertake use receive have get do enrol book arrange")
_SERVICE_TOPICS = ("refer", "engag", "access", "attend", "participat", "receiv")


@matcher("outcome-is-an-activity")
def activity(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    if main.verb is None:
        # "Referral to CAMHS", "Engagement with the service": a topic that is a service.
        spans = [
            sp for sp in _listed(rule, s) if sp.start < 30 and sp.text.lower().startswith(_SERVICE_TOPICS)
        ]
        return _hits(spans[:1])
    lemma = main.lemma.split(" ")[0]
    if main.passive and lemma in ("refer", "offer", "support", "signpost", "allocate"):
        return _verb_hit(s)
    if not _lemma_in(rule.words, main.lemma) and lemma not in rule.words:
        return []
    if lemma in _SERVICE_VERBS:
        obj = main.tokens[main.verb + 1 : main.predicate_end]
        cut = next((i for i, t in enumerate(obj) if t.text == ","), min(len(obj), 7))
        rest = s.text[obj[0].start : obj[cut - 1].end] if cut else ""
        if not _SERVICE_OBJECTS.search(rest):
            return []  # "attend school every day" is the change itself
    return _verb_hit(s)


# --- Words that decide only when they are the criterion -----------------------------


def _criterion_hits(rule: Rule, s: Statement) -> list[Hit]:
    """Listed words inside the main predicate: what success is measured against."""
    return _hits([sp for sp in _listed(rule, s) if s.in_predicate(sp)])


def _aside_hits(rule_id: str, s: Statement) -> list[Hit]:
    if rule_id not in s.catalogue.rules:
        return []
    return _hits([sp for sp in _listed(s.catalogue.rule(rule_id), s) if not s.in_predicate(sp)])


@matcher("outcome-vague-word")
@matcher("subjective-standard")
def criterion_words(rule: Rule, s: Statement) -> list[Hit]:
    return _criterion_hits(rule, s)


@matcher("vague-word-aside")
def vague_aside(rule: Rule, s: Statement) -> list[Hit]:
    return _aside_hits("outcome-vague-word", s) + _aside_hits("subjective-standard", s)


@matcher("jargon")
@matcher("action-written-agreement")
def listed_words(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_listed(rule, s))


_SITUATION = re.compile(
    r"\b(?:when|whenever|if|while|whilst|in\s+the|at\s+the|on\s+the|near|around)\b",
    re.IGNORECASE,
)


@matcher("action-absolute")
def absolute(rule: Rule, s: Statement) -> list[Hit]:
    """An absolute is the criterion when it promises never (or always, totally) to do something,
    with no situation it applies to: "I will never drink again" (seed 002). A safety rule for a
    situation ("never leave the baby alone in the bath") is kept every time, rightly."""
    main = s.reading.main
    spans = [sp for sp in _listed(rule, s) if s.in_predicate(sp)]
    if main is None or main.verb is None or not spans:
        return []
    strong = [sp for sp in spans if sp.text.lower() not in ("always", "never")]
    if strong:
        return _hits(strong[:1])
    never = [sp for sp in spans if sp.text.lower() == "never"]
    rest = s.text[never[0].end :] if never else ""
    if never and not _SITUATION.search(rest):
        return _hits(never[:1])
    return []


@matcher("absolute-word")
def absolute_word(rule: Rule, s: Statement) -> list[Hit]:
    if "action-absolute" not in s.catalogue.rules:
        return []
    strong = {(h.span.start, h.span.end) for h in absolute(s.catalogue.rule("action-absolute"), s)}
    spans = _listed(s.catalogue.rule("action-absolute"), s)
    return _hits([sp for sp in spans if (sp.start, sp.end) not in strong])


@matcher("action-restriction")
def restriction(rule: Rule, s: Statement) -> list[Hit]:
    spans = _listed(rule, s)
    # A family's own choice written as "we agreed" is theirs to make (seed 002).
    if not spans or _FAMILY_CHOICE.search(s.text):
        return []
    return _hits(spans)


_FAMILY_CHOICE = re.compile(
    r"\b(?:we|family|they)\s+(?:have\s+)?(?:agreed|decided|chose|want)\b", re.IGNORECASE
)


# --- Actions -------------------------------------------------------------------------

_PURPOSE = re.compile(
    r"\b(?:so\s+that|so\s+(?:she|he|they|we|i|you|[A-Z]\w+)\s+(?:can|will|could|feels?|knows?|is|are)|"
    r"in\s+order\s+to|which\s+will|"
    r"and\s+(?:use|try|practise|put|talk|share|agree|tell|plan|write|make)|for\s+(?:him|her|them)\s+to)\b",
    re.IGNORECASE,
)


def _has_purpose(s: Statement) -> bool:
    main = s.reading.main
    if main is not None and (main.purpose is not None or any(k == "purpose" for k, *_ in main.openings)):
        return True
    return bool(_PURPOSE.search(s.text))


def _has_time(s: Statement) -> bool:
    return any(kind != "vague" and kind != "relative" for kind, *_ in s.when)


_HOW = re.compile(
    r"\b(?:by\s+(?:phone|email|e-mail|text|letter|post)|in\s+(?:an?\s+)?(?:person|email|letter|writing|text)|"
    r"over\s+the\s+phone|face\s+to\s+face|using|through|with\s+the\s+help\s+of|step\s+by\s+step)\b",
    re.IGNORECASE,
)


def _has_detail(s: Statement) -> bool:
    """Beyond what is done: when, how often, what for, in what situation, or how (seed 001)."""
    if _has_time(s) or _has_purpose(s) or _HOW.search(s.text):
        return True
    main = s.reading.main
    if main is None:
        return False
    standing_rule = _STANDING_RULE.search(s.text)
    if standing_rule and _SITUATION.search(s.text[standing_rule.end() :]):
        return True  # a safety rule's "when" is the situation it is for: "never ... in the bath"
    return any(kind in ("condition", "time") for kind, *_ in main.openings) or any(
        t.lower in ("if", "when", "whenever", "before", "after") for t in main.tokens[(main.verb or 0) :]
    )


@matcher("action-no-doing")
def no_doing(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if _is_blank(s.text) or main is None or main.verb is not None:
        return []
    # A topic such as "Referral to CAMHS" or "Monitoring of attendance" is named by those rules.
    c = s.catalogue
    for other in ("action-referral-only", "action-purposeless-verb"):
        if c.enabled(other) and MATCHERS[other](c.rule(other), s):
            return []
    return [Hit(_whole(s.text.strip()), {"match": s.text.strip()})]


@matcher("action-purposeless-verb")
def purposeless_verb(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    if main.verb is None:
        # "Monitoring of weight", "Support with forms": the topic is the vague verb.
        spans = [sp for sp in _listed(rule, s) if sp.start <= 2]
        return _hits(spans[:1])
    if not _lemma_in(rule.words, main.lemma):
        return []
    # Saying what for and how often makes even "monitor" purposeful (seed 002: "it's not purposeful").
    if _has_purpose(s) and (_has_time(s) or s.context.has_when):
        return []
    return _verb_hit(s)


@matcher("action-referral-only")
def referral_only(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or _has_purpose(s):
        return []
    spans = _listed(rule, s)
    if main.verb is None:
        return _hits(spans[:1])
    lemma = main.lemma.split(" ")[0]
    referral = [sp for sp in spans if sp.text.lower().startswith(("refer", "signpost"))]
    if lemma in ("refer", "signpost", "re-refer") or (main.passive and lemma == "complete" and referral):
        return _hits(referral[:1]) or _verb_hit(s)
    if lemma in _SERVICE_VERBS:
        in_predicate = [sp for sp in spans if s.in_predicate(sp)]
        return _hits(in_predicate[:1])
    return []


@matcher("action-is-an-outcome")
def action_is_outcome(rule: Rule, s: Statement) -> list[Hit]:
    """ "We will improve response times": a change wanted, not a step anyone takes (seed 002's columns)."""
    main = s.reading.main
    if main is None or main.verb is None or not _lemma_in(rule.words, main.lemma):
        return []
    return _verb_hit(s)


@matcher("action-inner-state")
def inner_state(rule: Rule, s: Statement) -> list[Hit]:
    """ "Dad will reflect on it", "Mum will understand": nothing anyone could see being done."""
    main = s.reading.main
    if main is None or main.verb is None or main.copular:
        return []
    if not _lemma_in(rule.words, main.lemma.split(" ")[0]):
        return []
    return _verb_hit(s)


@matcher("action-intention")
def intention(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or not main.tentative or main.group is None:
        return []
    start = main.tokens[main.group[0]].start
    end = main.tokens[main.verb].start if main.verb is not None else main.tokens[main.group[1] - 1].end
    words_ = s.text[start:end].strip()
    return [Hit(_span(s, start, start + len(words_)), {"match": words_})]


@matcher("action-vague-comparative")
def vague_comparative(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_comparatives(s)[:1])


@matcher("action-negative")
def action_negative(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or main.verb is None or not main.negated or main.ended:
        return []
    c = s.catalogue
    for other in ("action-absolute", "action-restriction"):
        if c.enabled(other) and MATCHERS[other](c.rule(other), s):
            return []  # said more exactly there
    group = main.tokens[main.group[0] if main.group else main.verb : main.verb]
    if any(t.lower == "never" for t in group):
        return []  # "never" is weighed by the absolute rules: a safety rule for a situation is right
    start = main.tokens[main.group[0] if main.group else main.verb].start
    end = main.tokens[main.verb].end
    return [Hit(_span(s, start, end), {"match": s.text[start:end]})]


@matcher("action-no-agent")
def no_agent(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.context.has_who or main is None or main.verb is None or _is_blank(s.text):
        return []
    if main.mood == "imperative" or (main.mood == "infinitive" and main.subject is None):
        return []  # an instruction ("Call the school", "To call the school"): the "who" column says who
    # A task done to nobody's name ("CAMHS referral to be completed"). A thing made available
    # ("a quiet room will be available") is provision, and the "who" column says whose.
    if main.passive and not _BY_AGENT.search(s.text):
        return _verb_hit(s)
    if not main.copular and main.subject is None and main.mood not in ("imperative", "infinitive"):
        return _verb_hit(s)
    return []


_BY_AGENT = re.compile(r"\bby\s+(?:[A-Z]\w+|the\s+\w+|her|his|their|mum|dad)")


@matcher("action-no-when")
def no_when(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.context.has_when or _is_blank(s.text) or _has_detail(s) or main is None or main.verb is None:
        return []
    if any(kind in ("vague", "relative") for kind, *_ in s.when):
        return []  # the "when" rules say what is wrong with it
    return [Hit(_whole(s.text.strip()), {"match": s.text.strip()})]


@matcher("action-vague-when")
def vague_when(rule: Rule, s: Statement) -> list[Hit]:
    if s.context.has_when or _has_time(s):
        return []
    vague = [(a, b, t) for kind, a, b, t in s.when if kind in ("vague", "relative")]
    return [Hit(_span(s, a, a + len(t)), {"match": t}) for a, b, t in vague[:1]]


def _word_count(s: Statement) -> int:
    return s.word_count


@matcher("action-too-short")
def too_short(rule: Rule, s: Statement) -> list[Hit]:
    count = _word_count(s)
    return [Hit(_whole(s.text))] if 0 < count < 5 else []


@matcher("long-statement")
def long_statement(rule: Rule, s: Statement) -> list[Hit]:
    count = _word_count(s)
    return [Hit(_whole(s.text), {"words": str(count)})] if count > 45 else []


@matcher("outcome-well-measured")
def well_measured(rule: Rule, s: Statement) -> list[Hit]:
    if not has_evidence(s, _state_words(s)):
        return []
    if any(kind in ("date", "month", "relative", "time") for kind, *_ in s.when) or s.parsed_when.dates:
        return [Hit(_whole(s.text))]
    return []


# --- Acronyms --------------------------------------------------------------------


@matcher("acronym")
def acronym(rule: Rule, s: Statement) -> list[Hit]:
    hits = []
    for span in acronyms_in(s.text, s.catalogue.known_abbreviations):
        if len(set(span.text.rstrip("s"))) == 1:
            continue  # "XX", "XXX": a name left out on purpose, not an abbreviation
        expansion = s.catalogue.acronyms.get(span.text.rstrip("s")) or s.catalogue.acronyms.get(span.text)
        if not expansion and w.is_english_word(span.text.lower()):
            continue  # "PLAN", "PLEASE": a capitalised word, not an abbreviation
        values = {
            "match": span.text,
            "expansion": f" ({span.text} = {expansion})" if expansion else "",
            "expansion_suggestion": f': "{expansion}"' if expansion else "",
        }
        hits.append(Hit(span, values))
    return hits


# --- Who -------------------------------------------------------------------------

_FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "all",
        "our",
        "their",
        "his",
        "her",
        "my",
        "each",
        "every",
        "and",
        "of",
        "year",
        "whole",
    ]
    + [str(n) for n in range(1, 14)]
)
_PERSON_WORDS = re.compile(
    r"^(?:mum|mam|mom|mother|dad|father|grandma|gran|nan|nanna|grandad|granddad|grandmother|grandfather|"
    r"auntie|aunt|uncle|stepdad|stepmum|step-dad|step-mum|brother|sister|cousin|i|me|we|you|myself)$",
    re.IGNORECASE,
)
_NOBODY = frozenset(
    [
        "n/a",
        "na",
        "tbc",
        "tba",
        "none",
        "unknown",
        "?",
        "to be confirmed",
        "to be agreed",
    ]
)


def _organisations(s: Statement) -> Lexicon:
    return s.catalogue.memo("organisations", lambda: lexicon(s.catalogue.rule("who-organisation").words))


def _roles(s: Statement) -> Lexicon:
    def build() -> Lexicon:
        c = s.catalogue
        acronyms = tuple(a.lower() for a in c.acronyms)
        return lexicon(c.rule("who-role-without-name").words + c.rule("who-organisation").words + acronyms)

    return s.catalogue.memo("roles", build)


@dataclass(frozen=True)
class Person:
    """One person named in a who cell, with what the word lists make of the name."""

    span: Span
    name: str
    role: str
    placeholder: bool  # "[worker]", "XXX": stands for a name
    organisation: bool  # "School", "Housing team"
    role_only: bool  # "Health visitor": a role with no name


def _read_people(s: Statement) -> list[Person]:
    organisations, roles = _organisations(s), _roles(s)
    return [
        Person(
            span,
            name,
            role,
            _is_placeholder(name),
            organisations.covers(name, _FILLER),
            roles.covers(name, _FILLER),
        )
        for span, name, role in _people(s)
    ]


def _people(s: Statement) -> list[tuple[Span, str, str]]:
    out: list[tuple[Span, str, str]] = []
    roles = _roles(s)
    for (start, _end, raw), name, role, _kind in people_in(s.text):
        lead = len(raw) - len(raw.lstrip())
        span = Span(start + lead, start + len(raw.rstrip()), raw.strip())
        if not span.text:
            continue
        # "Mrs March; Head of Year 6": a name, then its role after the separator.
        previous = out[-1] if out else None
        role_only = previous and not previous[2] and not role and roles.covers(name, _FILLER | _ROLE_FILLER)
        if previous and role_only and not roles.covers(previous[1], _FILLER):
            joined = Span(previous[0].start, span.end, s.text[previous[0].start : span.end])
            out[-1] = (joined, previous[1], name)
            continue
        out.append((span, name, role))
    return out


_ROLE_FILLER = frozenset(["of", "for", "in", "at", "year", "reception", "nursery"])


def _is_placeholder(name: str) -> bool:
    stripped = name.strip()
    return bool(_PLACEHOLDER.fullmatch(stripped))


@matcher("who-missing")
def who_missing(rule: Rule, s: Statement) -> list[Hit]:
    text = s.text.strip().lower()
    passive = re.fullmatch(
        r"(?:to\s+be\s+|will\s+be\s+)?(?:allocated|assigned|confirmed|agreed|decided|arranged)",
        text,
    )
    blank = _is_blank(s.text) or text in _NOBODY or bool(passive)
    return [Hit(_whole(s.text))] if blank else []


@matcher("who-organisation")
def who_organisation(rule: Rule, s: Statement) -> list[Hit]:
    organisations = _organisations(s)
    if s.kind == "action":
        main = s.reading.main
        if s.context.has_who or main is None or main.subject is None:
            return []
        a, b = main.span(*main.subject)
        subject = s.text[a:b]
        family = any(x.lower() in w.FAMILY_WORDS for x in words(subject))
        group = organisations.covers(subject, _FILLER) and not family
        return [Hit(_span(s, a, b), {"match": subject})] if group else []
    hits = []
    for person in s.people:
        if person.placeholder:
            continue
        span, name = person.span, person.name
        plural = _plural_owner(name) or "(s)" in span.text
        if person.organisation or plural or _group_subject(s, name):
            hits.append(Hit(span, {"match": span.text}))
    return hits


def _plural_owner(name: str) -> bool:
    """ "Teachers", "key adult(s)": more than one person and nobody named."""
    tokens = _OWNER_WORDS.findall(name)
    if not tokens or any(t[0].isupper() and not w.is_english_word(t) for t in tokens):
        return False
    head = tokens[-1].lower()
    if head.endswith("(s)"):
        return True
    lemma = w.noun_lemma(head)
    return lemma is not None and lemma != head and head.endswith("s") and head not in w.FAMILY_WORDS


def _group_subject(s: Statement, name: str) -> bool:
    """A who cell written as a sentence ("Admissions team to post the forms"): judge its subject."""
    if len(name.split()) < 4:
        return False
    main = read(name, "action").main
    if main is None or main.subject is None:
        return False
    a, b = main.span(*main.subject)
    return _organisations(s).covers(name[a:b], _FILLER) or _plural_owner(name[a:b])


@matcher("who-role-without-name")
def role_without_name(rule: Rule, s: Statement) -> list[Hit]:
    roles = _roles(s)
    hits = []
    for p in s.people:
        if p.placeholder or p.organisation:
            continue  # a placeholder stands for a name; an organisation is reported already
        if p.role_only or (not p.name and roles.covers(p.role, _FILLER)):
            hits.append(Hit(p.span, {"match": p.span.text}))
    return hits


@matcher("who-no-role")
def who_no_role(rule: Rule, s: Statement) -> list[Hit]:
    roles = _roles(s)
    hits = []
    for p in s.people:
        if p.role or p.organisation or p.role_only:
            continue
        if all(_PERSON_WORDS.match(x) for x in words(p.name)):
            continue  # "Mum", "Grandad" say who they are
        if roles.find(p.name):
            continue  # "Sarah Family Support Worker"
        if s.text.strip().lower() in _NOBODY or _is_blank(p.name) or who_missing(rule, s):
            continue
        hits.append(Hit(p.span, {"match": p.span.text}))
    return hits


# --- When ------------------------------------------------------------------------


@matcher("when-missing")
def when_missing(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(_whole(s.text))] if _is_blank(s.text) else []


@matcher("when-asap")
def when_asap(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if parsed.dates and not _ASAP_FIRST.match(s.text):
        return []  # "as needed (review 03/05/2025)" has a date to hold it to
    return _hits(_listed(rule, s)[:1])


@matcher("when-ongoing")
def when_ongoing(rule: Rule, s: Statement) -> list[Hit]:
    if s.parsed_when.dates:
        return []
    return _hits(_listed(rule, s)[:1])


# A timescale that floats: "within 6 weeks" means a different day each time the plan is read.
_RELATIVE = re.compile(
    r"\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?(?:\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?|terms?)\b|"
    r"\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:week|month|term|year)\b|"
    r"\b(?:next|this|coming|following)\s+(?:week|month|term|half[\s\-]term|year|meeting|review|taf|visit)\b|"
    r"\b(?:by|before|at|until)\s+(?:the\s+)?(?:next|following)\s+(?:\w+\s+)?(?:review|meeting|taf|tac|core\s+group|conference|visit)\b|"
    r"\b(?:short|medium|long)[\s\-]term\b|\bweeks?\s+\d+\s*-\s*\d+\b",
    re.IGNORECASE,
)
# A point the family can recognise but that has no date yet: "end of term", "by Christmas".
_CALENDAR_POINT = re.compile(
    r"\b(?:by|before|at|until)\s+(?:the\s+)?end\s+of(?:\s+the)?\s+(?:\w+\s+)?(?:term|half[\s\-]term|week|month|year)\b|"
    r"\b(?:end\s+of|by|before)\s+(?:the\s+)?(?:term|half[\s\-]term|summer|holidays?|christmas|easter|new\s+year)\b|"
    r"\b(?:autumn|spring|summer)\s+(?:term|half[\s\-]term)\b",
    re.IGNORECASE,
)


@matcher("when-relative")
def when_relative(rule: Rule, s: Statement) -> list[Hit]:
    if s.parsed_when.dates:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]}) for m in _RELATIVE.finditer(s.text)][:1]


@matcher("when-calendar-point")
def calendar_point(rule: Rule, s: Statement) -> list[Hit]:
    if s.parsed_when.dates:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]}) for m in _CALENDAR_POINT.finditer(s.text)][
        :1
    ]


def recurring_review(s: Statement) -> bool:
    """ "Review every 6 weeks", "reviewed at each half term": the recurrence is the review point."""
    return bool(s.parsed_when.recurrence) and bool(_REVIEW.search(s.text))


@matcher("when-recurring-without-review")
def recurring_without_review(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if not parsed.recurrence or parsed.dates or parsed.recurrence_span is None:
        return []
    if _REVIEW.search(s.text):
        return []  # "reviewed every 6 weeks": the recurrence is the review point itself
    start, end = parsed.recurrence_span
    return [Hit(Span(start, end, parsed.recurrence), {"match": parsed.recurrence})]


@matcher("when-month-only")
def month_only(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if parsed.dates:
        return []
    return [Hit(Span(a, b, t), {"match": t}) for a, b, t in parsed.month_only][:1]


@matcher("when-invalid-date")
def invalid_date(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(Span(a, b, t), {"match": t}) for a, b, t in s.parsed_when.invalid_dates]


_WEEKDAY_ONLY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|tonight)\b",
    re.IGNORECASE,
)


def weekday_named(s: Statement) -> re.Match[str] | None:
    return _WEEKDAY_ONLY.search(s.text)


@matcher("when-day-only")
def day_only(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    m = weekday_named(s)
    if parsed.dates or parsed.recurrence or m is None:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]})]


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
# A capitalised name that is not the first word of a sentence: "Aunt Rosa", "Sarah".
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")
_TRIGGER = re.compile(
    r"\b(?:if|when|whenever|should|unless|otherwise|in\s+case|in\s+the\s+event|where|once|"
    r"(?:does|do|is|are)\s+not\s+(?:work|working|happen|met|improve)|fails?|breaks?\s+down|relapses?)\b",
    re.IGNORECASE,
)


def _names_someone(text: str) -> bool:
    return bool(
        _NETWORK_PERSON.search(text) or _NAME.search(text) or re.search(r"\[[^\]]+\]|\bX{2,}\b", text)
    )


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


@matcher("contingency-no-trigger")
def no_trigger(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s) or _TRIGGER.search(s.text):
        return []
    return [Hit(_whole(s.text))]


def context_from(values: Mapping[str, str] | None) -> Context:
    if not values:
        return NO_CONTEXT
    return Context(who=str(values.get("who", "") or ""), when=str(values.get("when", "") or ""))
