"""A worker's visit to someone with nothing said of what it is for ("visit the family", "do home
visits"): seed 002 calls "monitor" not purposeful, and a visit that only arrives is no more."""

from __future__ import annotations

import re

from familyplan.plan.kinds import PersonKind
from familyplan.plan.who_cells import people_in
from familyplan.smart import words as w
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.statement import Statement

# Only when and where, after whom: "at home", "on Tuesday mornings", "every fortnight", "after school".
_ONLY_WHEN_AND_WHERE = (
    r"(?:\s*,?\s+(?:at\s+(?:home|school|nursery|college|the\s+family\s+home)|after\s+school|regularly|weekly|"
    r"fortnightly|monthly|as\s+and\s+when\s+(?:needed|required)|(?:at\s+least\s+)?(?:once|twice)"
    r"(?:\s+a\s+(?:week|fortnight|month))?|on\s+(?:[A-Z][a-z]+days?|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s+(?:mornings?|afternoons?|evenings?))?|(?:every|each)\s+(?:other\s+)?[A-Za-z]+"
    r"(?:\s+(?:mornings?|afternoons?|evenings?))?))*\s*[.!]?\s*$"
)
# A visit made to someone, or visits done: "visit the family", "visit Natasha", "do home visits".
_VISITED = re.compile(
    r"(?:the\s+family(?:\s+home)?|the\s+children|the\s+home|mum|dad|them|her|him|"
    r"(?-i:[A-Z])[\w'\u2019-]+(?:['\u2019]s\s+(?:mum|dad))?)"
    r"(?:\s+and\s+(?:(?-i:[A-Z])[\w'\u2019-]+|the\s+children|(?:the\s+)?baby|mum|dad))?"
    + _ONLY_WHEN_AND_WHERE,
    re.IGNORECASE,
)
_VISITS_DONE = re.compile(
    r"(?:out\s+)?(?:an?\s+)?(?:regular\s+|weekly\s+|fortnightly\s+|monthly\s+|unannounced\s+)?(?:home\s+)?visits?"
    r"(?:\s+to\s+(?:the\s+family|mum|dad|them|her|him))?" + _ONLY_WHEN_AND_WHERE,
    re.IGNORECASE,
)
_DOING = frozenset(("do", "make", "carry out", "undertake", "complete", "conduct"))


def _the_family_visits(s: Statement, main: Clause) -> bool:
    """ "Dad will visit Kai every Saturday", "Mum and Jo will visit Brambles": family time, or a visit
    the family makes, even where the who cell names a worker beside them."""
    subject = main.tokens[main.subject[0] : main.subject[1]] if main.subject else []
    family = {
        name.split()[0].lower()
        for _, name, _, kind in people_in(s.context.who)
        if name and kind is not PersonKind.PRACTITIONER
    }
    return any(t.lower in w.FAMILY_WORDS or t.lower in family for t in subject)


def visit_with_nothing_after(s: Statement, main: Clause) -> Span | None:
    """A visit to someone with nothing after whom ("visit the family"), or visits done ("do home
    visits"): what the visit is for is unsaid."""
    what = s.verb_object
    if what is None or main.verb is None or _the_family_visits(s, main):
        return None
    rest = s.text[what[0] :]
    if main.lemma == "visit" and _VISITED.match(rest):
        verb = main.tokens[main.verb]
        return s.span(verb.start, verb.end)
    if main.lemma in _DOING and _VISITS_DONE.match(rest):
        return s.span(main.tokens[main.verb].start, what[1])
    return None
