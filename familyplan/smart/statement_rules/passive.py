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
from familyplan.smart.statement_rules.statement import Statement, matcher
from familyplan.smart.statement_rules.subjects import own_subject_words

# "by Mum", "by the health visitor": the doer, said after the verb.
_BY_SOMEONE = re.compile(r"\bby\s+(?:[A-Z]\w+|the\s+\w+|her|his|their|mum|dad)")


@matcher("action-passive")
def action_passive(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if not s.context.has_who:
        return []  # with nobody in the "who" column, action-no-agent says so
    if s.is_blank or main is None or main.verb is None or not main.passive or _BY_SOMEONE.search(s.text):
        return []
    subject = own_subject_words(main)
    # The subject's last word is what it is: "Mum", "Mr Ali", but "a Sorani interpreter" is booked.
    if not subject or subject[-1].name or subject[-1].lower in w.FAMILY_WORDS:
        return []
    return s.verb_hit()
