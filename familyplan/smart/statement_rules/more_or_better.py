"""More, fewer, better: a change said as a comparison, and whether it says how much (seed 002:
"improve" says nothing of what will be different)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from familyplan.smart import words as w
from familyplan.smart.reading import Clause
from familyplan.smart.reading.tokens import Token
from familyplan.smart.statement_rules.statement import Statement

_COMPARISONS = w.word_set("more less fewer better worse further")


def _amount_unsaid(main: Clause) -> bool:
    """ "get fewer behaviour points", "have more money", "show better behaviour": what is had is more,
    fewer or better, and by how much is not said ("a flat with more bedrooms" is a flat)."""
    if main.verb is None:
        return False
    rest = [t.lower for t in main.tokens[main.verb + 1 : main.verb + 5]]
    while rest and rest[0] in _HOW_MUCH:
        rest = rest[1:]  # "far fewer", "a lot more", "much more sleep", "a better relationship"
    return bool(rest) and rest[0] in ("more", "less", "fewer", "better", "worse")


_HOW_MUCH = w.word_set("far much many even a an lot lots noticeably significantly considerably slightly")


def _comparatives_in(tokens: Sequence[Token]) -> bool:
    """ "in a better flat", "in a calmer home": how it should feel, not where."""
    return any(
        (t.lower in _COMPARISONS or _comparative_adjective(t.lower)) and not _a_quoted_word(tokens, i)
        for i, t in enumerate(tokens)
    )


def _a_quoted_word(tokens: Sequence[Token], i: int) -> bool:
    """ "asks for 'more'": the word he says, not more of anything."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].text in "'\u2018\"\u201c"
        and tokens[i + 1].text in "'\u2019\"\u201d"
    )


# What may follow a comparative that says how something goes, not which thing it is.
_AFTER_HOW = w.word_set(
    "with without at in on about around when by and or for during after before often quickly easily"
)


def _goes_better(main: Clause) -> bool:
    """ "will get on better with his stepdad", "will be calmer at bedtime": the change said as more
    of a quality, with nothing to compare it with. Not "a better flat" (which flat), "OK or better"
    (a threshold) or "better than last term's 52 per cent"."""
    tokens = main.tokens
    verb = main.verb
    if (
        verb is not None
        and main.lemma in ("grow", "gain")
        and verb + 1 < len(tokens)
        and tokens[verb + 1].lower == "in"
    ):
        return True  # "Dean grows in confidence caring for Lily": more of a quality, from where it is now
    for i in range((main.verb or 0) + 1, main.predicate_end):
        t = tokens[i]
        if (
            not (t.lower in _COMPARISONS or _comparative_adjective(t.lower))
            or tokens[i - 1].lower in _BEFORE_A_THING
        ):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is None or not after.text[0].isalpha() or after.lower in _AFTER_HOW:
            return True
        spelt_out = any(x.text == ":" for x in tokens[i:])  # "less aggressive by March: no incidents ..."
        if (
            t.lower in ("more", "less")
            and _A_STATE.match(after.lower)
            and w.can_be(after.lower, "ADJ")
            and not spelt_out
        ):
            # "will be more settled at home", "less anxious at night": more of a state, by no measure.
            following = tokens[i + 2] if i + 2 < len(tokens) else None
            if following is None or not following.text[0].isalpha() or following.lower in _AFTER_HOW:
                return True
        # "better than they do now": compared with today, by no measure.
        if after.lower == "than" and not any(
            t.kind == "num" or t.lower in w.NUMBER_WORDS for t in tokens[i + 2 : i + 8]
        ):
            return True
    return False


_A_STATE = re.compile(r"[a-z]+(?:ed|ent|ant|ive|ous|ful|able|ible|y)$")
_BEFORE_A_THING = w.word_set("a an the or his her their my our your")


def _comparative_adjective(word: str) -> bool:
    if not word.endswith("er") or len(word) <= 4 or word in ("older", "younger"):
        return False
    forms = w.lemmas(word)
    return forms.get("ADJ", [word])[0] != word and word not in forms.get("NOUN", ())


REGULAR = re.compile(
    r"\b(?:regular|frequent|more)\s+(?:contact|visits?|calls?|meetings?|sessions?)\b", re.IGNORECASE
)


def improving_to_nothing_said(s: Statement) -> bool:
    """ "Sleep will improve", "to reduce": the change promised with nothing said of how far."""
    main = s.reading.main
    if main is None or main.verb is None or "outcome-improve-without-measure" not in s.catalogue.rules:
        return False
    # "Esther improves", "is improved": said as a verb; not "Mia's reduced timetable", a word read as one.
    said_as_a_verb = main.mood == "finite" and (main.passive or main.tokens[main.verb].lower.endswith("s"))
    if main.mood not in ("modal", "infinitive") and not (said_as_a_verb and main.subject is not None):
        return False  # "will improve", "to reduce": the change promised
    if re.match(r"\s+(?:up\s+)?to\b", s.text[main.tokens[main.verb].end :]):
        return False  # "builds up to full days": to what is said
    if _goes_better(main):
        return True  # "will cope better with the move, as seen in her scaling": better than what?
    return main.lemma.split(" ")[0] in s.catalogue.rule("outcome-improve-without-measure").words
