"""A contingency's people passing the problem on: telling or ringing a service, and nothing more.

"If Nan and Grandad are not coping, they will let the kinship team know": nobody steps in
(seed 002: "who in their network can provide support?").
"""

from __future__ import annotations

import re

from familyplan.smart import words as w

# "they will let the kinship team know", "she will tell her social worker": the people the trigger
# is about passing the problem on, with nothing more done and nobody stepping in.
_TELLS = re.compile(
    r"(?:\s+(?:will|would|can|could|are\s+to|is\s+to)|['\u2019]ll)\s+(?:then\s+)?(?:let\s+[^.;,]{1,40}?\s+know|inform|notify|tell|"
    # "she will contact the crisis team", "ring her social worker": a service asked, not the 999 an
    # emergency needs.
    r"(?:contact|ring|call|phone|email|e-mail|text|message)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+|our\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:team|service|worker|officer|visitor|nurse|gp|doctor|practitioner|helpline|line|"
    r"office|council|school|coordinator|co-ordinator|manager|lead)s?)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"he|she|we|they|i", re.IGNORECASE)
# What follows the telling, when it is a step of its own: "..., then collect the children ourselves",
# "... or keep the children at home with us".
_NEXT_STEP = re.compile(r"\b(?:and|then|or)\s+(?:then\s+)?(?:will\s+|would\s+)?([a-z]+)", re.IGNORECASE)


# "... and ask her what to do", "and get advice", "and ask for help": the problem handed over, not a
# step of their own.
_ASKS_WHAT_TO_DO = re.compile(
    r"\b(?:and|then)\s+(?:then\s+)?(?:will\s+)?(?:ask|seek|get)\s+(?:(?:her|him|them|their|for)\s+)?"
    r"(?:what\s+to\s+do|advice|help)\b",
    re.IGNORECASE,
)


_DOING_IT_THEMSELVES = re.compile(
    r"\b(?:she|he|i|we|they)(?:['\u2019](?:s|ll|re|m)|\s+(?:will|is|are|am))\s+(?:be\s+)?"
    r"(?:collect|pick|tak|hav|bring|fetch|drop|mind|walk|driv|com|stay|look)\w*\b",
    re.IGNORECASE,
)


def only_passes_it_on(response: str, end: int, grown_up: bool) -> bool:
    """Whether a response, from ``end``, is to tell someone and nothing more. A child who tells a
    trusted adult has done what seed 002 asks ("what would the child do if they needed help?"):
    telling a person counts as passing it on only for the grown-ups the trigger is about; telling a
    team or a service does for anyone."""
    told = _TELLS.match(response, end)
    if told is None:
        return False
    rest = re.split(r"[.;]", response[told.end() :], maxsplit=1)[0]
    rest = _ASKS_WHAT_TO_DO.sub("", rest)
    if any(w.verb_lemma(m[1].lower()) == m[1].lower() for m in _NEXT_STEP.finditer(rest)):
        return False
    if _DOING_IT_THEMSELVES.search(rest):
        return False  # "ring the school to say she's collecting the kids"
    return grown_up or _a_service(response[told.start() : told.end() + 60])


_A_SERVICE = w.word_set(
    "team teams service services helpline line office council hub unit school nursery college police"
)
_OBJECT_ENDS = w.word_set("about if that when and to on at straight same what who how or then know")


def _a_service(told: str) -> bool:
    """Whether who is told or rung is a team or a service ("the youth offending team"), not a person
    in one ("his youth offending team worker")."""
    words_ = re.findall(r"[\w'\u2019-]+", told.lower())
    verb = next((i for i, x in enumerate(words_) if x in _TELLING), None)
    if verb is None:
        return False
    whom: list[str] = []
    for x in words_[verb + 1 : verb + 7]:
        if x in _OBJECT_ENDS and whom:
            break
        whom.append(x)
    return bool(whom) and whom[-1] in _A_SERVICE


_TELLING = w.word_set("let inform notify tell contact ring call phone email e-mail text message")
# The grown-ups a trigger may be about, who have a network to turn to before a service.
_GROWN_UP = re.compile(
    r"\b(?:mum|mam|mother|dad|father|parents?|carers?|nan|nanna|gran|grandma|grandad|granddad|grandparents?|"
    r"we|they|adults?)\b",
    re.IGNORECASE,
)


def passes_it_on(response: str, m: re.Match[str], trigger: str) -> bool:
    """The people the trigger is about ("she", "they", or "Mum" again) only passing the problem on."""
    word = m[0].lower()
    if not (_PRONOUN.fullmatch(word) or word in trigger.lower()):
        # Anyone else only telling a team or a service: "Mum will ring the school office".
        return only_passes_it_on(response, m.end(), grown_up=False)
    grown_up = word in ("we", "they") or bool(_GROWN_UP.search(trigger)) or word in trigger.lower()
    return only_passes_it_on(response, m.end(), grown_up)
