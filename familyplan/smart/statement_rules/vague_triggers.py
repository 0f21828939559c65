"""A contingency whose trigger does not say what would set it off: "if things get worse", "if Mum is
struggling", "if the house is not kept to an acceptable standard" (seed 002: the plan says what
would happen, so that everyone knows when to act)."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher

_TRIGGER_ENDS = (
    r"(?=\s*(?:[,;:.!?)\u2013\u2014]|-\s|$)|\s+(?:then\b|(?:we|she|he|they|i|you)[\'\u2019](?:ll|d)\b|"
    r"(?:(?-i:[A-Z])[\w\'\u2019-]*|we|she|he|they|i|you)(?:\s+(?-i:[A-Z])[\w\'\u2019-]*)?(?:\s+\([^)]*\))?"
    r"\s+(?:will|would|can|could|should|must|to|is\s+to|are\s+to)\b))"
)


# A trigger that says only that things go wrong ("if things get worse", "if there are any problems",
# "if the plan doesn't work") tells nobody when to act: what would be seen or happen is unsaid. One
# that goes on to say what ("if there are problems with the school run") is not this.
_VAGUE_TRIGGER = re.compile(
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:"
    r"there\s+(?:are|is|were)\s+(?:any\s+)?(?:more\s+|further\s+|new\s+|other\s+)?"
    r"(?:problems?|issues?|concerns?|difficult(?:y|ies)|worries)"
    # "if there are any concerns during visits", "... whilst at Dad's": where, and still not what.
    r"(?:\s+(?:(?:during|at|in)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:visits?|contact|home|school|nursery|handovers?|class)"
    r"|(?:while|whilst)\s+(?:at|in)\s+(?:(?-i:[A-Z])\w+['\u2019]s|home|school|nursery|contact)))?"
    r"|things\s+(?:at\s+(?:home|school)\s+)?(?:get|gets|go|goes|become|becomes|are|start\s+to\s+(?:get|go))\s+"
    r"(?:a\s+bit\s+|really\s+|very\s+)?"
    r"(?:bad|worse|wrong|difficult|hard|tough|out\s+of\s+hand|downhill)"
    r"|things\s+(?:deteriorate|break\s+down|fall\s+apart)"
    # "if she feels she is getting worse": worse in what way, unsaid.
    r"|(?:(?:she|he|they|mum|dad|(?-i:[A-Z])[a-z]+)\s+feels?\s+(?:that\s+)?)?(?:she|he|they|mum|dad|(?-i:[A-Z])[a-z]+)\s+"
    r"(?:is|are)\s+(?:getting|feeling)\s+worse\b"
    r"|it\s+(?:all\s+)?(?:goes|go)\s+wrong|anything\s+goes\s+wrong|(?:anything|something)\s+(?:bad\s+)?happens|(?:it|things|stuff)\s+(?:all\s+)?kicks?\s+off"
    r"|it\s+(?:is\s+not|isn['\u2019]t)\s+working(?:\s+for\s+(?-i:[A-Z])\w+)?"
    # "if things don't work out", "if it doesn't work": whatever "it" is, what would be seen is unsaid.
    r"|(?:it|this|things)\s+(?:(?:does|do)\s+not|doesn['\u2019]t|don['\u2019]t)\s+work(?:\s+out)?"
    r"|(?:the|this)\s+plan\s+(?:(?:does\s+not|doesn['\u2019]t)\s+work|(?:is\s+not|isn['\u2019]t)\s+(?:working|successful)"
    r"|fails?|breaks?\s+down|not\s+work)"
    r"|(?:concerns?|problems?|issues?|worries)\s+(?:arise|continue|escalate|increase|grow|get\s+worse|persist)"
    r"|(?:the\s+)?situation(?:\s+at\s+(?:home|school))?\s+(?:deteriorates?|worsens?|gets?\s+worse|escalates?"
    r"|(?:(?:does\s+not|doesn['\u2019]t)\s+|not\s+)(?:improve|get\s+(?:any\s+)?better|change))"
    r"|there\s+is\s+a\s+breakdown\s+in\s+(?:relationships?|communication)(?:\s+at\s+home)?"
    # "if things don't get better", "if there is no improvement", "if nothing changes"
    r"|things\s+(?:do\s+not|don['\u2019]t)\s+(?:get\s+any\s+better|get\s+better|improve|change|settle(?:\s+down)?)"
    r"|things\s+(?:have\s+not|haven['\u2019]t)\s+(?:improved|changed|got\s+(?:any\s+)?better)"
    r"|there(?:\s+is|['\u2019]s|\s+has\s+been|['\u2019]s\s+been)\s+(?:little\s+or\s+no|little|no)\s+(?:improvement|progress|change)"
    r"|(?:little\s+or\s+)?no\s+(?:improvement|progress|change)\s+is\s+(?:seen|made)"
    # "if the situation hasn't improved", "if things at home don't improve".
    r"|(?:the\s+)?situation(?:\s+at\s+(?:home|school))?\s+(?:has\s+not|hasn['\u2019]t)\s+(?:improved|changed|got\s+(?:any\s+)?better)"
    r"|things\s+at\s+(?:home|school)\s+(?:do\s+not|don['\u2019]t)\s+(?:improve|get\s+(?:any\s+)?better|change)"
    r"|nothing\s+(?:changes|improves)"
    # After "should", the verb's plain form: "Should things not improve", "Should there be no improvement",
    # "Should it not work", "Should the plan prove unsuccessful".
    r"|things\s+not\s+(?:improve|get\s+(?:any\s+)?better|change|settle(?:\s+down)?)"
    r"|there\s+be\s+(?:little\s+or\s+no|little|no)\s+(?:improvement|progress|change)"
    r"|(?:it|this|things)\s+not\s+work(?:\s+out)?"
    r"|(?:the|this)\s+plan\s+(?:not\s+be\s+(?:successful|working)|prove\s+unsuccessful))"
    r"(?:\s+again)?(?:\s+at\s+(?:home|school))?(?:\s+by\s+(?:the\s+(?:next\s+|(?-i:[A-Z])[a-z]+\s+)?review|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|the\s+end\s+of\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?))?"
    r"(?:\s+(?:after|by|before)\s+(?:christmas|easter|half[\s-]term|the\s+holidays))?"
    r"(?:\s+(?:around|about|with|over|between)\s+(?:(?-i:[A-Z])\w+|him|her|them|mum|dad)"
    r"(?:\s+and\s+(?:(?-i:[A-Z])\w+|mum|dad))?)?" + _TRIGGER_ENDS,
    re.IGNORECASE,
)
# Someone judged to be doing badly, with nothing said of what would be seen: "if Stacey struggles",
# "if Mum isn't coping with the feeds", "if Zahra seems unsettled", "if it gets too much for Grandad".
# Not someone's own sense of it ("if Mum feels she is struggling"), which she can act on herself.
_JUDGED_TO_STRUGGLE = re.compile(
    r"\b(?:if|when|whenever|should)\s+(?:(?:(?!I\b)(?-i:[A-Z])[\w\'\u2019-]*(?:\s+(?-i:[A-Z])[\w\'\u2019-]*)?"
    r"(?:['\u2019]s\s+(?:anxiety|mood|drinking|health|behaviour|worry|worries|stress|pain))?|she|he|they|"
    r"it|things|(?:his|her|their|the)\s+\w+)(?:\s+all)?\s+(?:"
    r"(?:struggles?|is\s+struggling|are\s+struggling|starts?\s+(?:to\s+struggle|struggling))"
    r"(?:\s+(?:with\s+(?:(?:his|her|their|the)\s+)?[\w-]+|at\s+(?-i:[A-Z])[\w'\u2019-]+))?|"
    r"(?:is|are)\s*n[o']?t\s+coping|(?:is|are)\s+not\s+coping|can(?:not|['\u2019]t)\s+cope|not\s+cope|"
    # "if Craig kicks off again": what he would do, unsaid.
    r"kicks?\s+off|"
    r"seems?\s+(?:to\s+be\s+)?(?:unsettled|struggling|off|low|down|withdrawn|not\s+(?:herself|himself|themselves|right))|"
    r"(?:gets?|becomes?|is|are)\s+too\s+much(?:\s+for\s+(?:(?-i:[A-Z])\w+|him|her|them))?)"
    r"(?:\s+(?:emotionally|again|at\s+(?:home|school|college|nursery|work)))?"
    r"|(?:(?-i:[A-Z])[\w\'\u2019-]*['\u2019]s\s+)?(?:the\s+)?(?:nursery|school|college|staff)\s+(?:has|have|raises?)\s+"
    r"(?:any\s+)?concerns"
    r"|there\s+(?:are|is)\s+(?:any\s+)?(?:further\s+|more\s+|new\s+)?(?:concerns?|worries)\s+(?:about|for|over)\s+(?:(?:(?:his|her|their|(?-i:[A-Z])\w+['\u2019]s)\s+)?"
    r"(?:safety|wellbeing|well-being|welfare|mental\s+health|behaviour|[\w-]+\s+use|weight|eating|sleep)"
    r"|the\s+(?:children|kids|baby|family)|him|her|them"
    r"|(?-i:[A-Z])\w+)"
    # "if there's a crisis", "if Mum's health deteriorates", "if his attendance drops": how bad, unsaid.
    r"|there(?:\s+is|['\u2019]s)\s+a\s+crisis"
    r"|(?:(?:his|her|their|(?-i:[A-Z])\w+['\u2019]s)\s+)(?:[\w-]+\s+)?(?:health|mental\s+health|condition|mood|attendance|"
    r"behaviour|score|sleep|sleeping)(?:\s+at\s+(?:home|school))?\s+"
    # "should her health deteriorate": the verb's plain form after "should".
    r"(?:deteriorates?|worsens?|declines?|gets?\s+worse|drops?|falls?|dips?|slips?|starts?\s+to\s+(?:slip|drop|fall|dip)|"
    r"(?:does\s+not|doesn['\u2019]t)\s+(?:get\s+(?:any\s+)?better|improve))"
    r"|(?:(?:(?:his|her|their|(?-i:[A-Z])\w+['\u2019]s)\s+)[\w-]+|money|things|it|this)\s+(?:becomes?|is|are)\s+a\s+"
    r"(?:concern|worry|problem)(?:\s+again)?"
    r"|there\s+be\s+(?:any\s+)?(?:further\s+|more\s+|new\s+)?(?:concerns?|problems?|issues?|worries|difficult(?:y|ies))"
    r"|(?:[\w\'\u2019]+\s+){1,4}(?:causes?|creates?)\s+(?:any\s+)?(?:problems?|issues?|difficult(?:y|ies))"
    r")" + _TRIGGER_ENDS,
    re.IGNORECASE,
)


# "In an emergency Kacper knows what to do": which emergency, and what would be seen, unsaid; not
# "In an emergency (Isla hurt, or someone threatening her), ...".
_AN_EMERGENCY_ALONE = re.compile(
    r"\bin\s+an?\s+(?:emergency|crisis)(?!\s*\()(?=\s*[,;:]|\s+(?-i:[A-Z]))", re.IGNORECASE
)
_OWN_RESPONSE = re.compile(r"[^.;]{0,25}?\b(?:i|we)(?:['\u2019]ll|\s+will|\s+can)\b", re.IGNORECASE)


# The contingency's own trigger, opening it: "If Becky can't pay a bill one month".
_OPENING_CONDITION = re.compile(
    r"\s*[\"'(\u201c]?(?:if|when|whenever|should|in\s+case)\b[^,;.:]*", re.IGNORECASE
)
_SOMEONES_HEALTH = re.compile(
    r"(?:['\u2019]s|\b(?:his|her|their))\s+(?:[\w-]+\s+)?(?:health|mood|condition)\b", re.IGNORECASE
)
_A_CONDITION = re.compile(r"\b(?:if|when|whenever|should|unless)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.;:!?\n])[\s\"'(\u201c]*$")


def _sets_it_off(text: str, found: re.Match[str]) -> bool:
    """A condition that sets the plan off: the opening one, or one opening a sentence; not a further
    condition on one part of the response ("her dad can lend £50 in an emergency", "she will tell her
    worker if she is struggling with mornings") after the plan's own trigger was said."""
    opening = _OPENING_CONDITION.match(text)
    if opening is not None and found.start() < opening.end():
        return True
    if _SENTENCE_START.search(text, 0, found.start()) is None:
        return opening is None
    # "If Aunt Jo can't do a Tuesday, Linda is the back-up. If Mum's health gets worse, Priya will ...":
    # after a plan already set off by something said, someone's health or mood getting worse later is
    # worse than that; "if things get worse" still says nothing.
    someones_state = _SOMEONES_HEALTH.search(found[0])
    return not (someones_state and _A_CONDITION.search(text, 0, found.start()))


# What would be seen, said straight after: "if her mood gets worse - staying in bed or not eating -",
# "(not eating, not sleeping)", ", such as missing two days of school".
_ITS_SIGNS_SAID = re.compile(
    r"\s+[-\u2013\u2014]\s+[^-\u2013\u2014.;]{10,120}?\s+[-\u2013\u2014]\s"
    r"|\s*\((?!\s*(?:see|as|in|for|from|by|according)\b)[^)]{10,}\)"
    r"|,\s*(?:such\s+as|for\s+example|for\s+instance|e\.g\.?|like|in\s+that|i\.e\.?|that\s+is|meaning)\s+"
    r"[\w'\u2019]+(?:\s+[\w'\u2019]+){2}",
    re.IGNORECASE,
)


# "If Mrs Begum is struggling with the twins, she will ring Khadija", "If Pete's mood gets worse, he will
# ring the surgery": the one it is about acts on it, so their own sense of it sets it off.
_SOMEONE_IN_THE_TRIGGER = re.compile(r"\b((?-i:[A-Z])[a-z]+|mum|dad|she|he|her|his)\b", re.IGNORECASE)
# ... and turn to someone named: not "he will reach out for help".
_THEY_ACT = re.compile(
    r"\s*,?\s*(?:she|he)(?:['\u2019]ll|\s+will|\s+can)\s+(?!be\b)[^.;]*?\b(?-i:[A-Z])[a-z]", re.IGNORECASE
)


def _their_own_sense(text: str, found: re.Match[str]) -> bool:
    words = _SOMEONE_IN_THE_TRIGGER.findall(found[0])
    people = [x for x in words if x.lower() not in ("if", "when", "whenever", "should")]
    return bool(people) and _THEY_ACT.match(text, found.end()) is not None


def vague_trigger(text: str) -> re.Match[str] | None:
    vague = next(
        (
            m
            for m in _VAGUE_TRIGGER.finditer(text)
            if _sets_it_off(text, m)
            and not _ITS_SIGNS_SAID.match(text, m.end())
            and not _their_own_sense(text, m)
        ),
        None,
    )
    judged = (
        m
        for pattern in (_JUDGED_TO_STRUGGLE, _AN_EMERGENCY_ALONE)
        for m in pattern.finditer(text)
        # "If it gets too much at home I'll text Uncle Steve": one's own sense of it.
        if _sets_it_off(text, m)
        and not _OWN_RESPONSE.match(text, m.end())
        and not _ITS_SIGNS_SAID.match(text, m.end())
        and not _their_own_sense(text, m)
    )
    return vague or next(judged, None)


@matcher("contingency-vague-trigger")
def vague(rule: Rule, s: Statement) -> list[Hit]:
    found = vague_trigger(s.text)
    if found:
        return _hits([Span(found.start(), found.end(), found[0])])
    # "If the house is not kept to an acceptable standard": a standard people judge differently sets it off.
    if not s.catalogue.enabled("subjective-standard"):
        return []
    triggers = [(slot.start, slot.end) for slot in s.reading.slots if slot.name == "if"][:1]
    # Not "finding it hard to keep on top of the washing and shopping": what she struggles with, said.
    judged = [
        sp
        for sp in _listed(s.catalogue.rule("subjective-standard"), s)
        if not (sp.text.lower() == "keep on top of" and _A_THING_NAMED.match(s.text, sp.end))
    ]
    return _hits([sp for sp in judged for a, b in triggers if a <= sp.start and sp.end <= b][:1])


_A_THING_NAMED = re.compile(r"\s+(?:the|her|his|their|my|our)\s+\w", re.IGNORECASE)
