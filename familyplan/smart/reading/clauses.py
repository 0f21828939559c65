"""A sentence read into its opening clauses, main verb group and predicate."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.clause import Clause
from familyplan.smart.reading.tokens import Token, _can_be_verb, _is_participle
from familyplan.smart.reading.verb_group import _find_verb_group, _predicate_end
from familyplan.smart.reading.verb_or_noun import verb_reading

_OPENING_CONDITION = frozenset(
    ["if", "when", "whenever", "once", "unless", "should", "where", "while", "whilst"]
)
_OPENING_TIME = w.word_set(
    "by before within until after following over during from at on in every each this next throughout for"
)


def read_clause(tokens: list[Token]) -> Clause:
    clause = Clause(tokens)
    clause.main = _strip_openings(clause)
    _find_verb_group(clause)
    clause.predicate_end = _predicate_end(clause)
    clause.purpose = _purpose(clause)
    return clause


def _purpose(clause: Clause) -> int | None:
    """ "Ring Dad to remind him ...", "visit on Tuesdays to help Mum plan": a "to" + verb after the object."""
    if clause.verb is None:
        return None
    tokens = clause.tokens
    for j in range(clause.verb + 2, len(tokens) - 1):
        if tokens[j].lower == "to" and verb_reading(tokens, j + 1):
            if tokens[j + 1].lower == "be" and j + 2 < len(tokens) and _is_participle(tokens[j + 2]):
                continue  # "- to be agreed at the review": what is still to be done, not what for
            if tokens[j - 1].lower in _ASKING:
                continue  # "think about what to do": the question, not what it is for
            return j
    return None


_ASKING = w.word_set("what whether which else")
_GREETINGS = w.word_set("hey hi hello dear please ok okay so right")


def _strip_openings(clause: Clause) -> int:
    tokens, start = clause.tokens, 0
    # "Hi Omar, ...", "Please ..." before a request.
    while start < len(tokens) and tokens[start].lower in _GREETINGS:
        comma = next(
            (i for i in range(start + 1, min(len(tokens), start + 4)) if tokens[i].text == ","), None
        )
        clause.openings.append(("greeting", start, comma if comma is not None else start + 1))
        start = (comma if comma is not None else start) + 1
    if (dated := _date_opening(tokens, start)) is not None:
        # "By 31.01.2027 there is a clear path...": a date before the clause, with no comma after it.
        clause.openings.append(("time", start, dated))
        start = dated
    while start < len(tokens):
        first = tokens[start]
        comma = next((i for i in range(start + 1, len(tokens)) if tokens[i].text == ","), None)
        if (main := _a_condition_without_its_comma(tokens, start, comma)) is not None:
            clause.openings.append(("condition", start, main))
            start = main
            continue
        if comma is None or comma - start > _LONGEST_OPENING.get(first.lower, 14) or not first.is_word:
            break
        rest = tokens[comma + 1 :]
        if not any(_can_be_verb(t) or t.lower in w.MODALS for t in rest):
            break
        lower = first.lower
        if lower == "to" or (
            lower == "in" and start + 2 < len(tokens) and tokens[start + 1].lower == "order"
        ):
            kind = "purpose"
        elif lower in _OPENING_CONDITION:
            kind = "condition"
        elif lower in _OPENING_TIME or lower in w.WEEKDAYS or lower in w.MONTHS:
            kind = "time"
        elif lower == "with" or lower == "through" or lower == "using":
            kind = "how"
        elif lower in w.SUBORDINATORS or lower in w.PREPOSITIONS:
            kind = "context"
        else:
            break
        clause.openings.append((kind, start, comma))
        start = comma + 1
    return start


# A condition may run long before its comma ("If I'm so tired at night that I might fall asleep with
# Ava on the sofa, I'll wake Jordan"); other openings that long are more often the sentence itself.
_LONGEST_OPENING = {word: 30 for word in ("if", "unless", "should", "when", "whenever")}

_SUBJECT_MODALS = w.word_set("will shall must can 'll")
_WHOSE = w.word_set("his her their my our the")
# "If Kayla says she will be home by 10pm, ...", "If Mum feels the children will be at risk, ...": what
# someone says or fears is still the condition.
_INSIDE_THE_CONDITION = w.word_set(
    "that because as since so says said feels felt thinks thought knows believes tells told worries hopes "
    "agrees promises decides decided fears"
)


def _a_condition_without_its_comma(tokens: list[Token], start: int, comma: int | None) -> int | None:
    """Where the main clause starts when no comma closes the condition before it: "If Mum is ill Nan
    will collect them" (the subject stands before its modal), or a long condition whose main clause
    comes before a late comma ("If Mum is ill Nan will collect them and keep them at hers, ...")."""
    if tokens[start].lower not in _OPENING_CONDITION:
        return None
    # With a comma after the condition ("If Dad thinks he will not manage, he will text Nan"), the
    # comma ends it; not a comma before "and" in the response ("..., and Dad will cook tea").
    closed = comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].lower not in w.CONJUNCTIONS
    if closed and comma is not None and comma - start <= 14:
        return None
    return _after_a_bare_condition(tokens, start, comma)


def _after_a_bare_condition(tokens: list[Token], start: int, comma: int | None) -> int | None:
    """Where the main clause starts after "If Tyler is excluded again he will ...", with no comma:
    a pronoun, a name or a family word (with "his", "her", "the" before it) just before a modal,
    after the condition's own verb. None if the sentence does not read so."""
    end = comma if comma is not None else len(tokens)
    for m in range(start + 3, end):
        if tokens[m].lower not in _SUBJECT_MODALS:
            continue
        subject = m - 1 - _where_they_live(tokens, m)
        before = tokens[subject]
        if before.lower in w.PERSONAL_PRONOUNS:
            pass
        elif _person_word(before):
            while subject - 1 > start + 1 and _person_word(tokens[subject - 1]):
                subject -= 1
            if tokens[subject - 1].lower in _WHOSE and subject - 1 > start + 1:
                subject -= 1
        else:
            return None
        if tokens[subject - 1].lower in _INSIDE_THE_CONDITION:
            continue  # "If Jess is so tired that she cannot stay awake, ...": still the condition
        condition = tokens[start + 1 : subject]
        if len(condition) < 2 or not any(_can_be_verb(t) for t in condition[1:]):
            return None
        return subject
    return None


# "Mrs Khan next door will ...": a neighbour named with where they live.
_WHERE_THEY_LIVE = (
    ("next", "door"),
    ("upstairs",),
    ("downstairs",),
    ("across", "the", "road"),
    ("over", "the", "road"),
)


def _where_they_live(tokens: list[Token], m: int) -> int:
    """How many words before ``m`` say where the subject lives."""
    for tail in _WHERE_THEY_LIVE:
        if m - len(tail) > 0 and tuple(t.lower for t in tokens[m - len(tail) : m]) == tail:
            return len(tail)
    return 0


def _person_word(t: Token) -> bool:
    return t.name or t.lower in w.FAMILY_WORDS or t.lower in _TITLES


_TITLES = w.word_set("mr mrs ms miss mx dr")


_BY = w.word_set("by before until from")


def _date_opening(tokens: list[Token], start: int) -> int | None:
    """Where the clause starts after an opening "By 31.01.2027" or "By 31 January 2027" with no
    comma after it; None if the sentence does not open so."""
    n = len(tokens)
    if start + 2 >= n or tokens[start].lower not in _BY:
        return None
    j = start + 1
    if tokens[j].kind == "date":
        j += 1
    else:
        day = tokens[j].kind == "num"
        j += day
        # "May" is left out of the months, as it is a modal verb far more often; after "By 14" or
        # with its capital straight after "By", it is the month.
        may = j < n and tokens[j].lower == "may" and (day or tokens[j].text == "May")
        if j >= n or (tokens[j].lower not in w.MONTHS and not may):
            return None
        j += 1
        j += j < n and tokens[j].kind == "num"
    return j if j < n and tokens[j].is_word and tokens[j].lower not in w.PREPOSITIONS else None
