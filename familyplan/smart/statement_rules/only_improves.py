"""An outcome whose change is only that something improves: "Improve the relationship between Mo and
his dad, both scoring it 6/10". Seed 002 asks for "clear, declarative statements of well-being" that
"describe what we want to 'achieve'", and MISSION names "improve" among an outcome's vague words: a
score says how far things have moved, not what the family will see. A figure the improvement reaches
("improves from 81% to 92%") says the change itself."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.outcome import improve_without_measure
from familyplan.smart.statement_rules.statement import Statement, _hits, matcher

_BETTER = w.word_set("better improved")
_HAD = w.word_set("have has had get gets show shows see sees")
# "... to 92%", "from 81% to 92%", "to at least 6 out of 10": the figure the improvement reaches.
_TO_A_FIGURE = re.compile(
    r"[^.;]{0,60}?\bto\s+(?:at\s+least\s+|over\s+|above\s+|more\s+than\s+)?[£]?\s?\d", re.IGNORECASE
)


@matcher("outcome-only-improves")
def only_improves(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    said = _improvement_said(s, main)
    if said is None or _TO_A_FIGURE.match(s.text, said.end):
        return []
    if s.catalogue.enabled("outcome-improve-without-measure") and improve_without_measure(
        s.catalogue.rule("outcome-improve-without-measure"), s
    ):
        return []  # that finding already says what is missing
    return _hits([said])


def _improvement_said(s: Statement, main: Clause) -> Span | None:
    """ "will improve", "Improve ...", "is improved"; "have a better relationship"; "Improved sleep
    for Poppy", "Better emotional health for Sophie-Rose": the change said only as improvement."""
    tokens = main.tokens
    first = next((t for t in tokens if t.is_word), None)
    if first is not None and first.lower in _BETTER | {"improvement", "improvements"}:
        return s.span(first.start, first.end)  # a topic, whatever verb is read after it
    if main.verb is not None:
        verb = tokens[main.verb]
        if main.lemma == "improve":
            return s.span(verb.start, verb.end)
        if main.lemma in _HAD:
            after = [t for t in tokens[main.verb + 1 : main.verb + 3] if t.lower not in ("a", "an")]
            if after and after[0].lower in _BETTER:
                return s.span(after[0].start, after[0].end)
    return None
