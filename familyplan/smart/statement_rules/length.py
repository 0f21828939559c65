"""How much one box holds: too little to say what is done, too many words to read, or several actions
where a plan wants one to a row (seed 000: "a single family goal may be broken down into a number of
smaller, specific action points")."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, _whole, matcher


def _word_count(s: Statement) -> int:
    return s.word_count


@matcher("action-too-short")
def too_short(rule: Rule, s: Statement) -> list[Hit]:
    count = _word_count(s)
    return [Hit(_whole(s.text))] if 0 < count < 5 else []


@matcher("long-statement")
def long_statement(rule: Rule, s: Statement) -> list[Hit]:
    count = _word_count(s)
    if count <= 45 or (s.kind == "action" and several_statements(rule, s)):
        return []  # several statements in one box is the finding to fix first
    return [Hit(_whole(s.text), {"words": str(count)})]


# Beyond these, one box holds a list of statements, not one: "a goal may be broken down into a
# number of smaller, specific action points" (seed 000), each with its own who and when.
_MOST_LINES, _MOST_SENTENCES, _MOST_WORDS = 2, 3, 80
# A sentence ends where the next begins with a capital, not after a title or an initial ("Dr.",
# "a.m.") nor inside a time or date ("9.30am", "05.01.2027").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Za-z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)[.!?](?=\s+[\"\u201c(]?[A-Z]|\s*$)"
)
# A line that ends a statement, or starts one as an item of a list; not a sentence wrapped.
_LINE_ENDS = re.compile(r"[.!?;]$|^(?:[-•*]|\d{1,2}[.)])\s")


# A sentence that goes on with the one before it: "She will use the picture card.", "Then Shannon
# will make one.", "On Friday, Sue asks Harvey ...": one action told in short steps, as easy read is.
_GOES_ON = re.compile(
    r"[\"\u201c(]?(?:he|she|they|it|this|that|these|those|then|after|afterwards|next|on|at|each|every|both|"
    r"together|if|when|while|before|once|so|we|i|you|his|her|their)\b",
    re.IGNORECASE,
)


def _new_statements(text: str) -> int:
    """Sentences that each start something new: not the steps of one action, nor a note of a few
    words ("Bath at 6.45pm.")."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    count = 0
    for i, start in enumerate(starts[:-1]):
        sentence = text[start : starts[i + 1]].strip()
        if i == 0 or (len(sentence.split()) > 4 and not _GOES_ON.match(sentence)):
            count += 1
    return count


@matcher("several-statements")
def several_statements(rule: Rule, s: Statement) -> list[Hit]:
    written = [line.strip() for line in s.text.splitlines() if line.strip()]
    lines = [line for line in written if _LINE_ENDS.search(line)]
    sentences = len(_SENTENCE_END.findall(s.text.strip()))
    new = _new_statements(s.text.strip()) if sentences > _MOST_SENTENCES else sentences
    count = _word_count(s)
    # "Jo will help Mum to:" over a list of steps is one action in its parts.
    if len(lines) > _MOST_LINES and not any(line.endswith(":") for line in written):
        detail = f"{len(lines)} lines"
    elif new > _MOST_SENTENCES:
        detail = f"{sentences} sentences"
    elif count > _MOST_WORDS:
        detail = f"{count} words"
    else:
        return []
    return [Hit(_whole(s.text), {"detail": detail})]
