"""What happens in someone's head, or is only hoped: "Mum will understand", "Dad will try to"."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.statement import Statement, _lemma_in, matcher


@matcher("action-inner-state")
def inner_state(rule: Rule, s: Statement) -> list[Hit]:
    """ "Dad will reflect on it", "Mum will understand": nothing anyone could see being done."""
    main = s.reading.main
    if main is None or main.verb is None or main.copular:
        return []
    lemma = main.lemma.split(" ")[0]
    if not _lemma_in(rule.words, lemma):
        return []
    if main.looked_through and main.looked_through[-1].split(" ")[0] in ("ensure", "make"):
        # "make sure Mum knows the date": a fact she is told; "ensure Gemma understands the plan by
        # going through it with her": the how is what is done.
        end = main.tokens[main.verb].end if main.verb is not None else 0
        fact = lemma == "know" and _A_FACT.match(s.text, end)
        if fact or (lemma == "remember" and _A_THING.match(s.text, end)) or _by_doing(s.text[end:]):
            return []
    return s.verb_hit()


_BY_DOING_IT = re.compile(r"\bby\s+([a-z]+ing)\b", re.IGNORECASE)
# A thing to bring, remembered: "remembers his PE kit" (not "remembers to ...", a habit of mind).
_A_THING = re.compile(r"\s+(?:his|her|their|the)\s+\w", re.IGNORECASE)
# A fact someone can be told: "knows the date of the next meeting", "knows when ...", "who to ring".
_A_FACT = re.compile(
    r"\s+(?:(?:the|his|her|their)\s+(?:date|time|day|address|number|phone|name|names)\b|(?:when|where|who|which|what\s+time)\b)",
    re.IGNORECASE,
)


def _by_doing(rest: str) -> bool:
    found = _BY_DOING_IT.search(rest)
    lemma = w.verb_lemma(found[1].lower()) if found else None
    return found is not None and lemma is not None and lemma != found[1].lower()


@matcher("action-intention")
def intention(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or not main.tentative or main.group is None:
        return []
    if s.kind == "contingency" and (
        main.passive or main.copular or (main.tentative == "would" and not _hoped(main))
    ):
        return []  # "Nan would have the children": what would happen; "may be evicted": the process rule's
    if any(t.lower in _ASKED_WORDS for t in main.tokens[max(0, main.group[0] - 3) : main.group[0]]):
        return []  # "what help would free up his time": a question asked, not a hedge
    if s.kind == "contingency" and _FELT.search(s.text, 0, main.tokens[main.group[0]].start):
        return []  # "or she feels she might act on them": what she fears in the trigger, not a hedge
    start = main.tokens[main.group[0]].start
    end = main.tokens[main.verb].start if main.verb is not None else main.tokens[main.group[1] - 1].end
    before = [t for t in main.tokens[main.main : main.group[0]] if t.lower == main.tentative]
    if before:  # "Hopefully Nan will ...": the hedge is the word to show
        start, end = before[0].start, before[0].end
    words_ = s.text[start:end].strip()
    return [Hit(s.span(start, start + len(words_)), {"match": words_})]


# "she feels she might", "I think I could": a fear or a sense, said of the one the trigger is about.
_FELT = re.compile(
    r"\b(?:feels?|thinks?|worries|worried|fears?|scared)\s+(?:that\s+)?(?:she|he|they|i|we)\s*$",
    re.IGNORECASE,
)
_ASKED_WORDS = frozenset(["what", "which", "who", "how", "where", "whether", "why"])


def _hoped(main: Clause) -> bool:
    """ "would try to", "would like to": a hope inside the group, after its "would"."""
    group = main.tokens[main.group[0] : main.verb] if main.group and main.verb is not None else []
    return any(w.verb_lemma(t.lower) in w.INTENTION_VERBS for t in group)
