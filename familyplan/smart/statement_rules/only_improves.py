"""An outcome whose change is only that something improves: "Improve the relationship between Mo and
his dad, both scoring it 6/10". Seed 002 asks for "clear, declarative statements of well-being" that
"describe what we want to 'achieve'", and MISSION names "improve" among an outcome's vague words: a
score says how far things have moved, not what the family will see. A figure the improvement reaches
("improves from 81% to 92%") or what will be seen, and how often, says the change itself."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.not_wanted import negative
from familyplan.smart.statement_rules.outcome import improve_without_measure
from familyplan.smart.statement_rules.statement import Statement, _hits, matcher

_BETTER = w.word_set("better improved")
_HAD = w.word_set("have has had get gets show shows see sees")
# "(Jordan 2/10 now)": a score written as a figure.
_A_SCORE = re.compile(r"/\s*10\b|\bout\s+of\s+10\b", re.IGNORECASE)
# How it is known, not what is measured: "shown by", "confirmed by", done by a date.
_HOW_KNOWN = frozenset(["stated", "done by a date"])


@matcher("outcome-only-improves")
def only_improves(rule: Rule, s: Statement) -> list[Hit]:
    """Only when a score is all that measures it: a figure reached ("to 92%", "at least 50 words"), how
    often something is seen, or a description after a colon says what will be different."""
    main = s.reading.main
    if main is None:
        return []
    measured = [(kind, text) for kind, _, _, text in s.evidence if kind not in _HOW_KNOWN]
    if not measured or not all(kind == "scale" or _A_SCORE.search(text) for kind, text in measured):
        return []
    if any(kind == "frequency" for kind, *_ in s.when):
        return []  # "with Jack in bed by 7.30pm on 5 nights a week": what will be seen, how often
    said = _improvement_said(s, main)
    if said is None or an_instruction(s, main):
        return []  # "Improve ...": said as an instruction, which outcome-an-instruction says
    if s.catalogue.enabled("outcome-improve-without-measure") and improve_without_measure(
        s.catalogue.rule("outcome-improve-without-measure"), s
    ):
        return []  # that finding already says what is missing
    return _hits([said])


# The verbs of a change told to someone: "Improve Harvey's attendance to 90%", "Reduce the arrears".
_CHANGE_VERBS = w.word_set("improve increase reduce decrease raise lower lessen boost strengthen")


def an_instruction(s: Statement, main: Clause) -> Span | None:
    """An outcome written as an instruction to someone ("Improve Harvey's school attendance to 90% by
    12.02.2027"), not as how things will be: seed 002 asks for "clear, declarative statements of
    well-being"."""
    if main.verb is None or main.mood != "imperative" or main.lemma not in _CHANGE_VERBS:
        return None
    verb = main.tokens[main.verb]
    if any(t.is_word for t in main.tokens[: main.verb]):
        return None  # "Harvey's attendance ..." read oddly: the verb must open the clause
    after = main.tokens[main.verb + 1] if main.verb + 1 < len(main.tokens) else None
    if after is not None and after.text[:1].isupper() and not after.possessive:
        return None  # "Lower School attendance for Ben reaches 95%": a name, not an instruction
    return s.span(verb.start, verb.end)


@matcher("outcome-an-instruction")
def outcome_an_instruction(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    said = an_instruction(s, main) if main is not None else None
    if said is None:
        return []
    # What is missing besides, said by its own rule: no measure at all, or only less of what is not wanted.
    for other, judge in (
        ("outcome-improve-without-measure", improve_without_measure),
        ("outcome-negative", negative),
    ):
        if s.catalogue.enabled(other) and judge(s.catalogue.rule(other), s):
            return []
    return _hits([said])


def _improvement_said(s: Statement, main: Clause) -> Span | None:
    """ "will improve", "Improve ...", "is improved"; "have a better relationship"; "Improved sleep
    for Poppy", "Better emotional health for Sophie-Rose": the change said only as improvement."""
    tokens = main.tokens
    first = next((i for i, t in enumerate(tokens) if t.is_word), None)
    if first is not None and tokens[first].lower in _BETTER | {"improvement", "improvements"}:
        # "Better Start: ...", "Improved attendance for Ben - he is in school every day": a name or a
        # heading, with the outcome after it.
        named = first + 1 < len(tokens) and tokens[first + 1].text[:1].isupper()
        heading = any(t.text in (":", "-", "\u2013", "\u2014") for t in tokens[first : first + 7])
        if not (named or heading):
            return s.span(tokens[first].start, tokens[first].end)  # a topic, whatever verb is read after it
    if main.verb is not None:
        verb = tokens[main.verb]
        if main.lemma == "improve":
            return s.span(verb.start, verb.end)
        if main.lemma in _HAD:
            after = [t for t in tokens[main.verb + 1 : main.verb + 3] if t.lower not in ("a", "an")]
            if after and after[0].lower in _BETTER:
                return s.span(after[0].start, after[0].end)
    return None
