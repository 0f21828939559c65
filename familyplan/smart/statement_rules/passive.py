"""An action written as if it did itself: "A sleep diary will be kept", "Dental check-ups to be arranged".

Seed 000 asks that "everyone within the family plan understands their role and responsibility".
The "who" column names the people, but the action is what the family reads: written in the
passive it says what happens to a thing and not who does it, and when the column names two
people, nobody can tell whose part is whose. A person the action is done to ("Mum will be shown
how to make up a bottle") is left alone: the sentence is about her, and the column says who shows.
"""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.contingency import role_words
from familyplan.smart.statement_rules.statement import Statement, matcher
from familyplan.smart.statement_rules.subjects import own_subject_words

# "by Mum", "by the health visitor", "by him": the doer, said after the verb; not "by Friday", "by the
# end of January", "by her next visit" or "by his birthday", which say when.
_WHEN_WORDS = (
    r"(?:end|start|beginning|time|next|following|first|last|latest|birthday|review|visit|appointment|meeting|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|christmas|easter|half|summer|autumn|spring|tomorrow|then)\b"
)
_BY_SOMEONE = re.compile(
    r"\bby\s+(?!(?:the\s+|his\s+|her\s+|their\s+)?"
    + _WHEN_WORDS
    + r")(?:(?-i:[A-Z])\w+|the\s+\w+|her|his|their|him|them|mum|dad)",
    re.IGNORECASE,
)


@matcher("action-passive")
def action_passive(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if not s.context.has_who:
        return []  # with nobody in the "who" column, action-no-agent says so
    if s.is_blank or main is None or main.verb is None or not main.passive or _BY_SOMEONE.search(s.text):
        return []
    subject = own_subject_words(main)
    # The subject's head, before any "at ..." or "of ...", is what it is: "Mum", "Mr Ali", "the health
    # visitor" or "everyone at the meeting" is someone it is done to; "a Sorani interpreter" is booked.
    cut = next((i for i, t in enumerate(subject) if t.lower in w.PREPOSITIONS), len(subject))
    words = subject[:cut] or subject
    if not words:
        return []
    head = words[-1]
    if head.name or head.lower in w.FAMILY_WORDS or _someone(s, head.lower):
        return []
    return s.verb_hit()


def _someone(s: Statement, word: str) -> bool:
    if word in w.INDEFINITE_PRONOUNS:
        return True
    roles = role_words(s)
    return word in roles or word.rstrip("s") in roles or word in ("teacher", "worker", "staff", "team")
