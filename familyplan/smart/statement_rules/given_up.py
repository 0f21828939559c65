"""An action said as what someone will stop or not do ("Kerry will not raise her voice", "will stop the
fizzy drinks"): seed 002 asks what will be done, so what is given up needs what is done in its place."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.further_steps import and_then_does
from familyplan.smart.statement_rules.statement import MATCHERS, Statement, _lemma_in, matcher


@matcher("action-negative")
def action_negative(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or main.verb is None:
        return []
    if not main.negated and not main.ended:
        # "will stop shouting", "will avoid arguing", "will refrain from": not doing, said as a verb.
        if not _stops_doing(rule, main) or _says_what_instead(s, main):
            return []  # "will stop the fizzy drinks after 4pm and will offer milk instead"
        return s.verb_hit()
    if _says_what_instead(s, main):
        return []
    if main.ended and main.lemma.split(" ")[0] in ("need", "have"):
        return []  # "will no longer need to queue": a burden lifted, not something given up
    c = s.catalogue
    for other in ("action-absolute", "action-restriction"):
        if c.enabled(other) and MATCHERS[other](c.rule(other), s):
            return []  # said more exactly there
    group = main.tokens[main.group[0] if main.group else main.verb : main.verb]
    if any(t.lower == "never" for t in group):
        return []  # "never" is weighed by the absolute rules: a safety rule for a situation is right
    start = main.tokens[main.group[0] if main.group else main.verb].start
    if _A_CONDITION_BEFORE.search(s.text, max(0, start - 40), start):
        return []  # "text Mum if they haven't arrived by 8.40": when to act, not what is given up
    end = main.tokens[main.verb].end
    return [Hit(s.span(start, end), {"match": s.text[start:end]})]


_A_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|whenever|until)\s+[^,;.:]*$", re.IGNORECASE)
_THEN_A_CLAUSE = re.compile(r"[;:]\s*(?:[\w'’,]+\s+){0,5}?(?:will|can|is\s+going\s+to)\s+\w+", re.IGNORECASE)
_BY_DOING = re.compile(r"\b(?:instead|by\s+\w+ing)\b", re.IGNORECASE)


def _says_what_instead(s: Statement, main: Clause) -> bool:
    """Past what is given up, what will be done in its place: "and will smoke on the balcony",
    "by choosing the clothes together", "; Donna will pick both boys up"."""
    if main.verb is None:
        return False
    after = main.tokens[main.verb].end
    rest = s.text[after:]
    return bool(_BY_DOING.search(rest) or _THEN_A_CLAUSE.search(rest)) or and_then_does(s, after)


def _stops_doing(rule: Rule, main: Clause) -> bool:
    if main.verb is None:
        return False
    after = main.tokens[main.verb + 1 : main.predicate_end]
    first = after[0].lower if after else ""
    if f"{main.lemma.split(' ')[0]} {first}" in rule.phrases:
        return True  # "will stay away from", "will keep away from"
    if not _lemma_in(rule.words, main.lemma):
        return False
    # "stop at the shop", "stop by the office": a place, not something given up.
    return main.lemma.split(" ")[0] != "stop" or first.endswith("ing") or first in ("being", "from")
