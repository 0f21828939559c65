"""A statement written in long professional words: "Demonstrable consolidation of Mum's capacity to
independently administer ...". Seed 001 asks that the plan be "written in family and child friendly
language" and seed 002 that it "be free of jargon"; a family cannot agree to what they cannot read.

The plan as a whole is judged by its reading grade (plan-reading-level). A single statement is too
short for a grade to mean much, so it is judged by its long words instead: words of four syllables or
more, leaving out names (capitalised inside the sentence), the parts of hyphenated words and the long
words of everyday family life ("application", "interpreter", "community"). The words of the
professional register ("demonstrate", "evidenced", "attuned", the catalogue's jargon) count with them
however short they are: a family reads "Mum will demonstrate attuned caregiving" no more easily."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.readability import syllables
from familyplan.smart.statement_rules.statement import Statement, _listed, _whole, matcher

# Three long words, making a tenth of the statement or more: "go through Hossein's autism diagnosis
# with an interpreter" reads easily around one or two; a sentence built of them does not.
_LONG_WORD_SYLLABLES, _AT_LEAST, _SHARE = 4, 3, 0.10
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# A word of four syllables has seven letters or more ("ability", "capacity"). Only those are counted,
# and only in a statement with enough of them: counting syllables needs textstat's pronouncing
# dictionary, whose loading costs more than checking a thousand statements. A part of a hyphenated
# word ("pre-apprenticeship") is not a word of its own.
_LONG_ENOUGH = re.compile(r"(?<![\w'\u2019-])[A-Za-z][A-Za-z'\u2019]{6,}(?![\w'\u2019-])")


def long_words(text: str, already: int = 0) -> tuple[list[str], int]:
    """The long words of a statement, and how many words it has; ``already`` hard words were found
    by other means."""
    candidates = []
    for m in _LONG_ENOUGH.finditer(text):
        word = m[0]
        if word[0].isupper() and m.start() and text[: m.start()].rstrip()[-1:] not in ".!?:":
            continue  # a name, capitalised inside the sentence
        if word.lower() not in w.EVERYDAY_LONG_WORDS:
            candidates.append(word)
    if len(_different(candidates)) + already < _AT_LEAST:
        return [], 0  # too few to be hard to read, whatever their syllables
    count = len(_WORD.findall(text))
    if len(candidates) + already < _SHARE * count:
        return [], count
    return [word for word in candidates if syllables(word.lower()) >= _LONG_WORD_SYLLABLES], count


def _different(found: list[str]) -> set[str]:
    # "applications for apprenticeships ... an apprenticeship": a word read once is easier the second time.
    return {word.lower().rstrip("s") for word in found}


@matcher("hard-words")
def hard_words(rule: Rule, s: Statement) -> list[Hit]:
    register = [sp.text for sp in _listed(rule, s)]
    if s.catalogue.enabled("jargon"):
        register += [sp.text for sp in _listed(s.catalogue.rule("jargon"), s)]
    long, count = long_words(s.text, len(_different(register)))
    found = register + [word for word in long if word.lower() not in {r.lower() for r in register}]
    if len(_different(found)) < _AT_LEAST or len(found) < _SHARE * (count or s.word_count):
        return []
    return [Hit(_whole(s.text), {"words": ", ".join(dict.fromkeys(found[:4]))})]
