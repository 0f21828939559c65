"""Directions and restrictions, which a consent-based plan cannot impose (seed 002, "Appropriate use of
authority": a Child in Need plan "should not contain directions such as 'Dad will not live in the family'
or 'all contact will be supervised'"; "we cannot restrict contact")."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher


def _listed_or_found(rule: Rule, s: Statement, pattern: re.Pattern[str]) -> list[Span]:
    """The rule's listed words, or else what its pattern finds: one list, and the wordings it cannot hold."""
    return _listed(rule, s) or [Span(m.start(), m.end(), m[0]) for m in pattern.finditer(s.text)]


# Contact restricted, however it is described (seed 002: "we cannot restrict contact"): "all
# contact between Dad and the children will be supervised by Gran" is the listed "contact will
# be supervised"; "no unsupervised contact", "only see Dad when Gran is there" say the same.
_SUPERVISED_CONTACT = re.compile(
    r"\b(?:contact|time|visits|handovers?)\b[^.;]{0,80}?\b(?:will|is\s+to|are\s+to|must|should|to)\s+(?:only\s+)?be\s+supervised\b"
    # "the children will not see Dad the following weekend": contact stopped as a consequence.
    r"|\b(?:will\s+not|won['\u2019]t)\s+(?:see|visit|stay\s+with)\s+(?:dad|mum|their\s+(?:dad|mum|father|mother))\b"
    # "Lee's time with the children to take place at Nic's house only": where contact may happen, set.
    r"|\b(?:contact|time|visits)\s+with\b[^.;]{0,60}?\b(?:to|will|is\s+to|must)\s+(?:only\s+)?take\s+place\b[^.;]{0,50}?\bonly\b"
    # "Stacey agrees she will not care for the children on her own": a condition she is held to.
    r"|\bagrees?\s+(?:that\s+)?(?:she|he|they)\s+(?:will\s+not|won['\u2019]t)\s+(?:care\s+for|look\s+after|be\s+alone\s+with)\b"
    r"|\bonly\s+(?:see|visit|have\s+contact\s+with|spend\s+time\s+with)\b[^.;]{0,60}?\b"
    r"(?:when|if|while)\s+(?:\w+\s+){0,3}?(?:supervised|present|there|around)\b"
    r"|\bno\s+unsupervised\s+contact\b|\bnot\s+(?:to\s+)?have\s+any\s+contact\b"
    r"|\bcontact\s+cent(?:re|er)\s+only\b|\bmove\s+out\s+of\s+the\s+family\s+home\b"
    # "Ava's time with her dad will be suspended": contact stopped by the plan.
    r"|\b(?:contact|time|visits|calls|overnight\s+stays|family\s+time)\b[^.;]{0,40}?\b(?:will|would|is\s+to|are\s+to)\s+be\s+"
    r"(?:suspended|stopped|paused)\b"
    # "Kirsty will be required to stop all contact between him and the children".
    r"|\b(?:required|expected|told|made)\s+to\s+(?:stop|end)\s+(?:all\s+)?contact\b"
    # "Contact between Gemma and the children will stop if she misses another visit".
    r"|\b(?:contact|visits|calls|overnight\s+stays|family\s+time)\b[^.;]{0,40}?\b(?:will|would)\s+(?:stop|end|cease)\b"
    # "Dad will be asked to leave the home", "Liam will be told to move out", "Mum was advised to ask
    # Dad to leave".
    r"|\b(?:asked|told|made)\s+to\s+leave\s+the\s+(?:family\s+)?(?:home|house|property)\b"
    # "If Craig drinks ..., he will have to leave the house": sent out, as the plan's consequence.
    r"|\b(?:he|she|dad|mum|father|mother|(?-i:[A-Z])[a-z]+)\s+will\s+(?:have|need)\s+to\s+(?:leave|move\s+out\s+of)\s+"
    r"the\s+(?:family\s+)?(?:home|house|property|flat)\b"
    r"|\b(?:will|would|must|should|to|is\s+to)\s+be\s+(?:asked|told|made)\s+to\s+move\s+out\b(?!\s+(?:of|by)\b)"
    r"|\b(?:advised|told|expected|encouraged)\b[^.;]{0,40}?\bto\s+ask\b[^.;]{0,30}?\bto\s+leave\b"
    # "Dad not to return to the property", "he will not come back to the house".
    # Only the direction's own form: "Ruby will not return home after 10pm" is a young person's aim.
    r"|\bnot\s+to\s+(?:return|come\s+back|go\s+back|visit|stay)\s+"
    r"(?:to\s+|at\s+)?(?:the\s+)?(?:family\s+)?(?:home|house|property|flat|address)\b"
    # "Anthony will not move back into the family home": the family's home, kept from a parent.
    r"|\b(?:will\s+not|won['\u2019]t)\s+(?:move\s+back|return|come\s+back|go\s+back|live)\s+(?:in(?:to)?|to|at)\s+"
    r"the\s+family\s+home\b",
    re.IGNORECASE,
)


# "If there are more arguments, Dad will move out": sent out, as the consequence of what set it off;
# not moving out with the children to somewhere safe.
_MOVES_OUT_IF = re.compile(r"\s*(?:if|when|should)\b[^.;]*?,\s*", re.IGNORECASE)
_MOVES_OUT = re.compile(
    r"(?:he|she|dad|mum|father|mother|(?-i:[A-Z])[a-z]+)\s+will\s+(?:have\s+to\s+)?move\s+out\b(?!\s+with\b)",
    re.IGNORECASE,
)


# Whom the time is with: a parent, the children, or someone named ("time with Ava"); not "his friends".
_A_PARENT_OR_CHILD = (
    r"(?:(?:his|her|their|the)\s+)?(?:mum|dad|mother|father|parents?|children|kids|son|daughter|"
    r"(?-i:[A-Z])[a-z]+)\b"
)


# More directions, each tried only when its telling word is there (one search each, not one long
# alternation tried at every position of every statement).
_DIRECTIONS_WITH_A_WORD = (
    # "Liam's time with Ava will be at Nan's house and supervised by Sandra", "..., supervised by Michelle".
    (
        "supervised by",
        re.compile(
            r"\b(?:contact|time|visits)\s+with\s+"
            + _A_PARENT_OR_CHILD
            + r"[^.;]{0,80}?(?:\band|,)\s+supervised\s+by\b",
            re.I,
        ),
    ),
    (
        "only",
        re.compile(
            r"\b(?:contact|time|visits)\s+with\s+"
            + _A_PARENT_OR_CHILD
            + r"[^.;]{0,60}?\b(?:to|will|is\s+to|must)\s+only\s+"
            r"(?:take\s+place|be|happen)\s+at\b",
            re.I,
        ),
    ),
    # "Kobe is not to go into the town centre": the plan's direction, as "Dad is not to visit".
    (
        "not to",
        re.compile(
            # Not "It is not to check up on her", nor "if Leo is not to attend": a purpose, or a condition.
            r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)\b(?!(?:it|this|that|there|what|which|who)\b)"
            r"(?:he|she|they|(?-i:[A-Z])[a-z]+),?\s+(?:is|are)\s+not\s+to\s+(?!blame\b|worry\b|be\s+blamed\b)[a-z]+\b",
            re.I,
        ),
    ),
    # "Rob will stay at his brother's until the family support worker says it is safe": a worker decides.
    (
        "until",
        re.compile(
            r"\buntil\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:worker|practitioner|professionals?|"
            r"social\s+care|team)\s+(?:says?|decides?|agrees?|confirms?)\s+(?:that\s+)?"
            # ... when someone may come home: not "until the team agrees the plan can close".
            r"(?:it\s+is\s+safe|(?:he|she|they|dad|mum)\s+(?:can|may)\s+(?:come|go|move)\s+(?:back|home))",
            re.I,
        ),
    ),
    # "Mum will not go out in the evenings unless the family support worker has agreed the babysitter":
    # what a parent may do, left to a worker's say.
    (
        "unless",
        re.compile(
            # What a parent may do in their own life: not "will not stop her tablets unless her mental
            # health team has agreed", a doctor's advice.
            r"\b(?:will\s+not|won['\u2019]t|is\s+not\s+to|are\s+not\s+to)\s+(?:go\s+out|leave\s+the\s+(?:house|flat|children)|"
            r"have\s+(?:\w+\s+){0,2}?(?:round|over|to\s+stay|visitors)|see\s+\w+|stay\s+\w+|have\s+contact)\b[^.;]{0,60}?"
            r"\bunless\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:worker|practitioner|professionals?|"
            r"social\s+care|team)\s+(?:has\s+|have\s+)?(?:agreed|approved|agrees|approves|says\s+so|checked)\b",
            re.I,
        ),
    ),
    # "Lee will not stay overnight at the family home", "will have to stay at the barracks and not in the
    # family home": where a parent may live or sleep, set by the plan.
    (
        "family home",
        re.compile(
            # Not "Mum won't be at the family home on Tuesday evenings as she works late": where she is.
            r"\b(?:he|she|dad|mum|father|mother|partner|(?-i:[A-Z])[a-z]+)\s+(?:(?:will\s+not|won['\u2019]t|is\s+not\s+to)\s+"
            r"(?:stay|sleep|live)|will\s+have\s+to\s+[^.;,]{0,40}?\band\s+not)\s+(?:overnight\s+)?"
            r"(?:at|in)\s+the\s+family\s+home\b",
            re.I,
        ),
    ),
    # "Tom will move out until he has been sober for three months": a condition set on coming home.
    (
        " out ",
        re.compile(
            r"(?<!\band\s)\b(?:he|she|dad|father|mum|mother|(?-i:[A-Z])[a-z]+)\s+(?:will|is\s+to)\s+(?:move|stay)\s+out\b[^.;]{0,40}?"
            r"\buntil\s+(?:(?:he|she|they)\s+(?:has|have|is|are)\s+(?:been\s+)?"
            r"(?:sober|clean|dry|abstinent|engag\w*|complet\w*|finish\w*|stopp\w*|off\b)"
            # "Lewis is to move out to his brother's until the plan is back on track".
            r"|the\s+plan\s+is\s+back\s+on\s+track|(?:the\s+)?(?:worker|social\s+care|professionals?)\s+(?:say|agree))",
            re.I,
        ),
    ),
)


def _directions(rule: Rule, s: Statement) -> list[Span]:
    spans = _listed_or_found(rule, s, _SUPERVISED_CONTACT)
    if spans:
        return spans
    lower = s.lower
    return [
        Span(m.start(), m.end(), m[0])
        for word, pattern in _DIRECTIONS_WITH_A_WORD
        if word in lower
        for m in pattern.finditer(s.text)
    ]


@matcher("action-restriction")
def restriction(rule: Rule, s: Statement) -> list[Hit]:
    spans = _directions(rule, s)
    condition = _MOVES_OUT_IF.match(s.text)
    moves_out = _MOVES_OUT.match(s.text, condition.end()) if condition else None
    if moves_out:
        spans = [*spans, Span(moves_out.start(), moves_out.end(), moves_out[0])]
    if "friends" in s.lower or "mates" in s.lower:
        spans += [Span(m.start(), m.end(), m[0]) for m in _NO_FRIENDS_ROUND.finditer(s.text)]
    # A family's own choice written as "we agreed" is theirs to make (seed 002).
    if not spans or _FAMILY_CHOICE.search(s.text):
        return []
    # "if there is still no contact by 5pm": nobody has been in touch, a situation and not a direction;
    # "the date it must be done by": what a thing must be, not a person.
    return _hits(
        [
            sp
            for sp in spans
            if not _THERE_IS.search(s.text, 0, sp.start)
            and not (
                sp.text.lower() == "no contact"
                and _NO_CONTACT_YET.match(s.text, sp.end)
                and not _WILL_HAVE.search(s.text, max(0, sp.start - 20), sp.start)
            )
            and not _a_condition_of(s.text, sp)
            and not (_A_THING_BEFORE.search(s.text, 0, sp.start) and _A_THING_DONE.match(s.text, sp.end))
            and not (
                sp.text.lower() == "to leave the family home"
                and _OWN_STEP.search(s.text)
                and not _DIRECTED.search(s.text)
            )
        ]
    )


# "We won't let any of Tyler's friends come round": seed 002's "we won't allow friends to visit the house".
_NO_FRIENDS_ROUND = re.compile(
    r"\b(?:won['\u2019]?t|will\s+not)\s+(?:let|allow)\s+any\s+(?:of\s+(?:[\w'\u2019]+)\s+)?(?:friends|mates)\b",
    re.IGNORECASE,
)


# "If the family must leave their flat when the lease ends, ...": what may have to happen is the
# trigger's circumstance, not the plan's direction.
_LEADING_CONDITION = re.compile(r"\s*(?:if|when|should)\s+[^,;:]*$", re.IGNORECASE)


# "Still no contact by 1am": nobody has been heard from, a situation and not a direction.
# "the children will have no contact with him": contact stopped by the plan, not none heard yet.
# Not "she wants to have no contact with her dad": the child's own wish.
_WILL_HAVE = re.compile(r"\b(?:will|must|should|would|are\s+to|is\s+to)\s+have\s+$", re.IGNORECASE)
_NO_CONTACT_YET = re.compile(r"\s+(?:by|after|for|from|with\s+(?:him|her|them))\b", re.IGNORECASE)


# "what the landlord must do": a landlord's or council's duty in law, which the plan does not impose.
_A_DUTY_OF = re.compile(
    r"\b(?:landlord|letting\s+agents?|council|housing\s+(?:association|provider|officer))\s+$", re.IGNORECASE
)


def _a_condition_of(text: str, span: Span) -> bool:
    if span.text.lower() != "must":
        return False
    before = text[: span.start]
    if _A_DUTY_OF.search(before, max(0, span.start - 40)):
        return True
    return bool(_LEADING_CONDITION.match(before)) and "," in text[span.end :]


_A_THING_BEFORE = re.compile(r"\b(?:it|which|that|they|these|each)\s+$", re.IGNORECASE)
_A_THING_DONE = re.compile(
    r"\s+be\s+(?:done|finished|completed|booked|paid|sent|fixed|returned|repaired|made|signed)\b",
    re.IGNORECASE,
)
# "If Lee drinks, Kerry will ask him to leave": a parent's own step, not the plan's direction.
_OWN_STEP = re.compile(r"\b(?:will|would|can)\s+ask\s+\w+\s+to\s+leave\b", re.IGNORECASE)
_DIRECTED = re.compile(r"\b(?:advised|told|expected|encouraged|asked)\b", re.IGNORECASE)


_THERE_IS = re.compile(
    r"\bthere(?:\s+(?:is|are|was|were|has|have|had)|['\u2019]s|['\u2019]ve)\s+(?:(?:still|then|again|yet|been)\s+){0,3}$",
    re.IGNORECASE,
)


_FAMILY_CHOICE = re.compile(
    r"\b(?:we|family|they|parents|mum|dad|mother|father)(?:\s+and\s+(?:mum|dad|\w+))?\s+"
    r"(?:have\s+|has\s+)?(?:agreed|decided|chose|chosen|want|wants|asked)\b"
    r"|\b(?:at|on)\s+(?:the\s+family's|mum's|dad's|their|her|his)\s+(?:own\s+)?request\b",
    re.IGNORECASE,
)
