"""A statement as the rules see it: its text, kind and context, read once, and the rule registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from familyplan.plan.parsing import ParsedWhen, parse_when
from familyplan.smart import words as w
from familyplan.smart.catalogue import Catalogue, Rule, registry
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span, rule_lexicon
from familyplan.smart.reading import Reading, read
from familyplan.smart.reading.verb_group import in_a_title

# What the main verb acts on is a few words long; a phrase that begins with one of these words
# says when, where, how or how much, not what ("attend school for 95% of sessions").
_OBJECT_MOST_TOKENS = 10
_OBJECT_ENDS = w.word_set(
    "for by at in on with until within during from every each because so when while after before"
)
# Particles and prepositions that lead into the object of a phrasal verb: "go to the group".
_OBJECT_LEADS = w.word_set("to into onto on in with up along back")


@dataclass(frozen=True)
class Context:
    """What the rest of the plan says about a statement: an action's who and when cells, and the
    people the family knows by name (its members and support network, as the plan lists them)."""

    who: str = ""
    when: str = ""
    family_knows: frozenset[str] = frozenset()
    # Checked as part of a whole plan, whose own rules judge its dates knowing each action's status
    # and when the plan began; a statement on its own is judged by its dates alone.
    in_plan: bool = False
    # For a when cell, the action's own words: "Ben will start at Oakfield Primary" is done on the
    # day its "From 18.01.2027" gives.
    action: str = ""

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
    # What the rule modules work out once and share (the people of a who cell, ...).
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    evidence_found: dict[tuple[str, ...], tuple[str, Span] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def reading(self) -> Reading:
        return read(self.text, self.kind, self.today)

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
    def lower(self) -> str:
        """The text in lower case, for the cheap tests that decide whether a pattern is worth trying."""
        return self.text.lower()

    @cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.reading.tokens if t.kind == "word")

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

    @cached_property
    def verb_object(self) -> tuple[int, int] | None:
        """Character span of what the main verb acts on: "the parenting course" in "attend the
        parenting course on Tuesdays", "school" in "attend school for 95% of sessions". It ends at a
        comma, or at a word that starts a phrase about when, where, how or how much, once a word of
        its own has come: "go to the group" keeps its "to"."""
        main = self.reading.main
        if main is None or main.verb is None:
            return None
        tokens = main.tokens[main.verb + 1 : main.predicate_end][:_OBJECT_MOST_TOKENS]
        end, seen = len(tokens), False
        for i, token in enumerate(tokens):
            if token.text == "," or (seen and token.lower in _OBJECT_ENDS and not in_a_title(tokens, i)):
                end = i
                break
            seen = seen or (token.is_word and token.lower not in _OBJECT_LEADS)
        if end == 0:
            return None
        return tokens[0].start, tokens[end - 1].end

    def in_verb_object(self, span: Span) -> bool:
        where = self.verb_object
        return where is not None and where[0] <= span.start and span.end <= where[1]

    def in_predicate(self, span: Span) -> bool:
        p = self.predicate
        if p is None:
            main = self.reading.main
            return main is None or main.verb is None  # a topic is all predicate
        return p[0] <= span.start and span.end <= p[1]

    def into_predicate(self, span: Span) -> bool:
        """In the predicate, or a phrase that runs into it from the subject ("her needs are met")."""
        p = self.predicate
        return self.in_predicate(span) or (p is not None and span.start < p[0] < span.end <= p[1])

    @property
    def is_blank(self) -> bool:
        """Nothing written, or only a dash, a full stop or a question mark."""
        return _is_blank(self.text)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def verb_span(self) -> Span:
        """The main verb, or the whole statement when it has none."""
        main = self.reading.main
        if main is None or main.verb is None:
            return _whole(self.text)
        t = main.tokens[main.verb]
        return self.span(t.start, t.end)

    def verb_hit(self) -> list[Hit]:
        """A finding on the main verb."""
        span = self.verb_span()
        return [Hit(span, {"match": span.text})]

    @cached_property
    def evidence(self) -> list[tuple[str, int, int, str]]:
        return self.reading.evidence

    @cached_property
    def when(self) -> list[tuple[str, int, int, str]]:
        return self.reading.when


Matcher = Callable[[Rule, Statement], list[Hit]]
MATCHERS: dict[str, Matcher] = {}
matcher = registry(MATCHERS)


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


def _lemma_in(rule_words: tuple[str, ...], lemma: str) -> bool:
    return bool(lemma) and (lemma in rule_words or (lemma.split(" ")[0] in rule_words and " " not in lemma))


def context_from(values: Mapping[str, str] | None) -> Context:
    if not values:
        return NO_CONTEXT
    return Context(who=str(values.get("who", "") or ""), when=str(values.get("when", "") or ""))
