"""A contingency written as a warning of what will be done to the family: "Kacey understands that if
she keeps going missing the police will be involved and she could be placed in care". Seed 002: such
statements "have the potential to sound more like a threat than a plan"; the contingency plan is who in
the family's network will help."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, matcher

_TOLD_WHAT_IF = re.compile(
    r"\b(?:understands?|knows?|(?:is|are)\s+(?:aware|clear)|(?:has|have)\s+been\s+(?:told|warned|reminded|made\s+aware)|"
    r"(?:was|were)\s+(?:told|warned|reminded|made\s+aware))\s+(?:that\s+)?(?:if|unless|should)\b",
    re.IGNORECASE,
)
# What would be done to them: "the police will be involved", "placed in care", "evicted".
_DONE_TO_THEM = re.compile(
    r"\b(?:police|social\s+(?:care|services|workers?)|in(?:to)?\s+care|removed|evict\w*|lose|prosecut\w*|"
    r"court|fined?|penalty\s+notices?|excluded|exclusion|taken\s+(?:away|off|into)|placed|child\s+protection|conference|foster|"
    r"consequences?|sanction\w*|escalat\w*|intentionally\s+homeless|breach\w*|custody|arrest\w*|prison|"
    # "this will be treated as neglect and reported", "it will become a safeguarding matter": not "treated
    # as an emergency by the police", nor messages "reported to PC Ellis", which protect them.
    r"treated\s+as\s+(?:neglect|abuse|a\s+safeguarding\s+\w+|a\s+child\s+protection\s+\w+)|"
    r"reported(?=\s*[.;]|\s*$|\s+to\s+(?:social\s+care|children['\u2019]s\s+services|the\s+local\s+authority))|"
    r"safeguarding\s+(?:matter|concern|issue|referral)|(?:a\s+)?neglect\s+(?:concern|issue|matter|referral)|"
    # "... this will be reported and the plan will be closed for non-engagement": not a plan closed as it
    # has worked, or with the family's agreement.
    r"closed\s+for\s+non-?engagement)\b",
    re.IGNORECASE,
)
# "Kacey knows that if she feels unsafe she can ring the police": what she can do is her plan.
_WHAT_THEY_CAN_DO = re.compile(
    r"\b(?:she|he|they|I|we|you)\s+(?:can|could|should|will|is\s+to)\s+(?:ring|call|phone|text|go(?!\s+(?:into\s+care|to\s+court|to\s+prison))|ask|tell|come(?!\s+into\s+care)|get)\b",
    re.IGNORECASE,
)


# "If Dad comes back, Mum understands that Children's Social Care will be told": the same warning,
# with what sets it off said first.
_TOLD_THAT = re.compile(
    r"\b(?:understands?|knows?|(?:is|are)\s+(?:aware|clear)"
    r"|(?:(?:has|have)\s+been|will\s+be)\s+(?:told|warned|reminded|made\s+aware))"
    # "has been made aware it will become ...": the same, with "that" left out.
    # Not "will be told that same evening by Nan": "that" as when.
    r"(?:\s+that\b(?!\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|weekend)\b)"
    r"|(?=\s+(?:(?:he|she|they|I|we|you)\s+(?:will|would|could|may)\s+(?:be|lose|end\s+up|have\s+to)|"
    r"it\s+will\s+become)\b))",
    re.IGNORECASE,
)
# What someone does that sets it off: "if Mum drinks again", "if Kyle breaks his curfew".
_SOMEONES_CONDUCT = re.compile(
    r"\s*(?:if|when|should)\b[^,.;]*?\b(?:again|any\s+more|keeps?\s+(?:on\s+)?\w+ing|drinks?|drinking|uses|lets|allows|breaks?|misses|"
    r"returns?|comes?\s+back|argues?|arguments|fights?|refuses?|fails?\s+to|found\s+to\s+have|stays|stayed|"
    r"visits|visited|(?:does|do)\s+not\s+(?:engage|attend|comply|co-?operate)|(?:doesn|don)['\u2019]t\s+(?:engage|attend|comply|co-?operate)"
    r"|breaks?\s+down)\b",
    re.IGNORECASE,
)
# What is then done to the family: the children sent to live elsewhere, or away until they are judged
# ready: "the children will go and live with their Nan", "stay with Grandma until she is back on track".
_SENT_AWAY = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to)\s+(?:have\s+to\s+)?(?:go\s+(?:and|to)\s+live|move\s+in|live)\s+with\b"
    # "the children will be moved to Nan Sue's": moved, as a consequence.
    r"|(?:\b(?:will|would)|\b\w+['\u2019]ll)\s+be\s+(?:moved|taken|sent)\s+(?:to|in\s+with)\b"
    r"|\buntil\s+(?:she|he|they|mum|dad|(?-i:[A-Z])[a-z]+)\s+(?:is|are)\s+back\s+on\s+track\b"
    r"|\buntil\s+(?:the\s+plan\s+ends|further\s+notice)\b",
    re.IGNORECASE,
)


# "..., he will go straight back to St Aidan's and be permanently excluded": the sanction itself, as the plan.
_PUNISHED = re.compile(
    # Not "... so that Mum will not be fined": a sanction avoided is no threat.
    r"(?:\b(?:will|would|could|may|might)|\b\w+['\u2019]ll)\s+(?:then\s+)?(?:(?:(?!\bnot\b|\bnever\b|n['\u2019]t\b|\bso\b)[^.;,]){0,50}?\band\s+)?"
    r"(?:have\s+to\s+)?be\s+(?:permanently\s+)?(?:excluded|evicted|prosecuted|fined|grounded|"
    r"taken\s+into\s+care|placed\s+in\s+care|removed\s+from)\b",
    re.IGNORECASE,
)


@matcher("contingency-a-warning")
def a_warning(rule: Rule, s: Statement) -> list[Hit]:
    conduct = _SOMEONES_CONDUCT.match(s.text)
    sent_away = (_SENT_AWAY.search(s.text) or _PUNISHED.search(s.text)) if conduct else None
    if sent_away:
        return _hits([Span(sent_away.start(), sent_away.end(), sent_away[0])])
    told = _TOLD_WHAT_IF.search(s.text) or (_TOLD_THAT.search(s.text) if conduct else None)
    if told is None:
        return []
    # Up to the sentence's end, not a date's dots ("by 05.02.2027").
    then = re.split(r";|(?<!\d)\.|\.(?!\d)", s.text[told.end() :], maxsplit=1)[0]
    if not _DONE_TO_THEM.search(then) or _WHAT_THEY_CAN_DO.search(then):
        return []
    return _hits([Span(told.start(), told.end(), told[0])])
