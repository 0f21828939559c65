"""A contingency that says what would follow, and not who would step in: "If Hodan's back pain stops
her walking Ifrah to school, Ifrah's attendance is likely to drop."

Seed 002 asks of the contingency plan "who in their network can provide support if needed?" and
"What would the child do if they needed help?". A response whose subject is a thing ("her
attendance", "things", "the house") getting worse or being so names nobody who acts.
"""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, matcher
from familyplan.smart.statement_rules.subjects import own_subject_words
from familyplan.smart.statement_rules.triggers import _response

# What a thing does when nobody acts: it is so, gets so, or goes up or down.
_BECOMES = w.word_set(
    "be get become go drop fall rise increase decrease worsen deteriorate decline slip suffer"
)
# "..., and Nan will come round": someone acting later in the response.
_SOMEONE_LATER = re.compile(
    r"\b(?:and|then|so|but)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:will|['\u2019]ll|would|can|to)\s+\w"
)


@matcher("contingency-no-response")
def no_response(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    response = _response(s.text, trailing=False)
    if s.is_blank or main is None or main.verb is None or main.passive or response == s.text:
        return []
    subject = own_subject_words(main)
    if not subject or subject[-1].name or subject[-1].lower in w.FAMILY_WORDS:
        return []
    people = set(s.catalogue.rule("who-organisation").words) | set(
        s.catalogue.rule("who-role-without-name").words
    )
    lemma = main.lemma.split(" ")[0]
    if subject[-1].lower in people or lemma not in _BECOMES or _SOMEONE_LATER.search(response):
        return []
    start = len(s.text) - len(response.lstrip())
    return [Hit(s.span(start, len(s.text.rstrip(" ."))), {"match": s.text[start : len(s.text.rstrip(" ."))]})]
