"""Helpers left unnamed in a contingency: "Mum will ring someone", "a carer will be found" (seed 002
asks who in the family's network will help, so the plan can be agreed with them)."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import KIN, Span
from familyplan.smart.statement_rules.contingency import contingency_missing, process_only
from familyplan.smart.statement_rules.professionals import _a_worker, _people_named, only_workers_respond
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher
from familyplan.smart.statement_rules.triggers import _NAME_AFTER, _response

# Someone the network can call on by name: a proper name ("Aunt Rosa", "Kerry") or a relation there is
# only one of in a family ("Nan", "Grandad"). Mum and Dad are as often the ones who need the help.
# "the maternal grandmother (Rose)", "paternal grandmother Rose Hill": named after all.
# "someone on their safety hand: Dad, Nan Eva, Miss Ahmed": who, listed after a colon.
_A_NAME_GIVEN = re.compile(
    r"\s*\(\s*(?-i:[A-Z])[a-z]+|\s+(?-i:[A-Z])[a-z]+\b"
    r"|(?:(?!\b(?:will|would|can|could|to|have|has)\b)[^.;:]){0,30}:\s*(?-i:[A-Z])[a-z]+\b(?:\s+\w+)?\s*,"
    # "their grandparents, Pat and Roy Hill, ...", "a neighbour – Mrs Patel at number 12", "their
    # grandparents; Nan Pat has agreed": named just after, in a word or three.
    r"|\s*[,;\u2013\u2014-]\s*(?:[\w'\u2019-]+\s+){0,3}?(?-i:[A-Z])[a-z]+\b(?!\s+(?:will|would|can)\b)"
    # "his grandparents up the road (Pat and Roy)", "family in Leeds (her sister Amy)": named in brackets
    # after where they live.
    r"|(?:\s+[\w'\u2019]+){0,4}\s*\(\s*(?:[a-z]+\s+){0,3}(?-i:[A-Z])[a-z]+"
)
# "her grandparents in Stoke", "his grandparents on Dad's side": which grandparents, said.
_WHICH_ONES = re.compile(
    r"\s+(?:(?:in|at|from)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Half)\b)"
    r"(?-i:[A-Z])[a-z]+|on\s+(?:(?:her|his|their|my)\s+)?[\w'\u2019]+\s+side\b)"
)
# "take the children to a friend's house": the friend is who helps, whose home it is.
_THEIR_HOME = re.compile(r"['\u2019]s\s+(?:house|home|flat|place)\b", re.IGNORECASE)
_NAMED_HELPER = re.compile(
    # "Nan" is who she is to the family; "maternal grandmother" is which one, with nobody named.
    r"(?<!maternal\s)(?<!paternal\s)\b(?:nan|nanna|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|"
    r"grandparents?|godmother|godfather|godparents?)\b",
    re.IGNORECASE,
)


# Someone rung, told or asked: "ring someone", "let someone know", "tell a trusted adult".
_ANY_ONE = w.word_set("someone somebody anyone anybody friends relatives") | frozenset(
    ["a friend", "a relative", "a family member", "another family member", "a family friend", "a neighbour"]
    # "Kayleigh will call on her support network": whoever they are, unnamed.
    + [
        f"{whose} {network}"
        for whose in ("her", "his", "their", "my", "the")
        for network in ("network", "support network")
    ]
)
# An adult, however described, and nobody named: "an adult", "another adult", "a safe grown-up".
_ANY_ADULT = re.compile(
    r"\b(?:an?|another|any)\s+(?:[a-z]+\s+)?(?:adult|grown[\s-]up)s?\b"
    # "go to a relative's house": where someone goes is as unnamed as who lives there.
    r"|\b(?:an?|another)\s+(?:relative|friend|mate|family\s+(?:member|friend)|neighbou?r)['\u2019]s(?:\s+(?:house|home|flat|place))?"
    r"(?=[\s.,;!?]|$)"
    # "one of Claire's Deaf club friends": which one, unsaid.
    r"|\bone\s+of\s+(?:(?:her|his|their|my|(?-i:[A-Z])\w+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}(?:friends|neighbours|relatives|cousins)\b",
    re.IGNORECASE,
)
_TOLD = re.compile(
    r"\b(?:ring|call|phone|text|tell|contact|ask|let|speak\s+to|talk\s+to|go\s+to|use|call\s+on|lean\s+on|turn\s+to|"
    r"rely\s+on|draw\s+on)\s+(?:\w+\s+)?"
    # "ring round family and friends": the friends rung with the family.
    r"(?:(?:the\s+)?(?:family|relatives|neighbours)\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)


# "Dad will be a carer for her", "we will talk it through as a family": a part someone named takes.
_A_ROLE_TAKEN = re.compile(r"\b(?:be|as|become|becomes)\s+(?:(?:a|an|one)\s+)?$", re.IGNORECASE)
# "our family worker", "the family hub": a word of a role or a place, not the family helping.
_A_WORD_OF_A_ROLE = re.compile(
    r"\s+(?:support\s+)?(?:worker|practitioner|hub|centre|center|team|officer|liaison|nurse|group|service)s?\b",
    re.IGNORECASE,
)
# "Little Acorns Family Hub", "Family Support Service": a word of a service's own name.
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'\u2019-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z])\w")


def _in_a_name(text: str, span: Span) -> bool:
    if not span.text[:1].isupper():
        return False
    return bool(
        _CAPITALISED_AFTER.match(text, span.end)
        or _CAPITALISED_BEFORE.search(text, max(0, span.start - 40), span.start)
    )


# "... and let Karen Lyle, Family Support Worker, know": told, not helping.
_TOLD_ONLY = re.compile(
    r"\b(?:let|tell|tells|inform|informs|update|updates)\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?$", re.IGNORECASE
)


def _only_told(text: str, name: str, start: int) -> bool:
    """Every time the response names them, they are told something."""
    found = [m.start() for m in re.finditer(re.escape(name), text) if m.start() >= start]
    return bool(found) and all(_TOLD_ONLY.search(text, max(0, at - 30), at) for at in found)


# Where someone stands who does a part of their own: at the head of a clause, before "will", or the
# one the children go to ("stay with", "looked after by").
_HEADS_A_CLAUSE = re.compile(r"(?:^|[,;:]|\band|\bthen)\s*$", re.IGNORECASE)
_DOES_IT = re.compile(r"\s+(?:will|would|can|could|is\s+to|are\s+to|to)\s+(?!be\b)[a-z]", re.IGNORECASE)
_GONE_TO = re.compile(
    r"\b(?:stay|stays|staying|live|lives|go\s+and\s+stay|sleep|sleeps)\s+(?:over\s+)?with\s+$"
    # "Harvey will spend the day with a relative on Dad's side": in their care for the day.
    r"|\bspend\s+(?:the|a|that|his|her|their)\s+(?:day|night|weekend|afternoon|evening|morning)\s+with\s+$"
    r"|\b(?:looked\s+after|collected|picked\s+up|cared\s+for|taken\s+in)\s+by\s+$"
    # "take the children to a friend's house": the friend has them.
    r"|\b(?:take|takes|taking|bring|brings|drive|drives)\s+(?:the\s+)?(?:children|kids|twins|boys|girls|baby|them|him|her)"
    r"\s+(?:round\s+|over\s+)?to\s+$",
    re.IGNORECASE,
)
_FROM_A_SERVICE = re.compile(
    r"\s+(?:from|at|of)\s+(?:the\s+|his\s+|her\s+)?(?:(?:(?-i:[A-Z])[\w'\u2019-]*\s*)+(?=\s)"
    r"(?:\s+(?!will\b|would\b|can\b|could\b|is\b|to\b)[a-z]+)?|"
    r"(?:college|school|nursery|council|hospital|surgery|hub|centre|church|mosque|office)\b)"
)
# "Nan or another family member will ...": someone else only if the one named cannot.
_OR_SOMEONE_ELSE = re.compile(r"\bor\s+$", re.IGNORECASE)


_TO_BE_FOUND = re.compile(
    r"\s+(?:will|would|are\s+to|is\s+to|to|can)\s+be\s+(?:identified|found|sought|located|approached|looked\s+for)\b",
    re.IGNORECASE,
)
_FOR_OR_NAMED_BEFORE = re.compile(
    r"\b(?:shop|shopping|meal|meals|food|cook|cooking)\s+for\s+$|\b(?:these|those|they)\s+are\s+(?:still\s+)?$",
    re.IGNORECASE,
)
_JUDGED_WHO = re.compile(r"(?:the\s+)?(?:relevant|right|appropriate)\s+", re.IGNORECASE)


# "stay with family at her sister Amy's", "... family: her sister Amy Reid": who, named soon after.
# Who someone is to the family is the language module's one list of such words (KIN).
_KIN_NAMED_AFTER = re.compile(r"[^.]{0,40}?" + KIN.pattern + r"\s+(?-i:[A-Z])[a-z]+", re.IGNORECASE)


# The family itself, or services: who they are is not a relative left unnamed.
_NOT_A_HELPER = frozenset(
    ["the family", "family", "services", "professionals", "agencies", "support services"]
)


def _takes_a_part(text: str, sp: Span, response_starts: int) -> bool:
    before = text[max(response_starts, sp.start - 40) : sp.start]
    if _OR_SOMEONE_ELSE.search(before):
        return False
    # "Tanya and the children will stay with family": relatives, whoever they are, not the family itself.
    if _GONE_TO.search(before):
        return sp.text.lower() != "the family" and not _KIN_NAMED_AFTER.match(text, sp.end)
    if sp.text.lower() in _NOT_A_HELPER:
        return False
    after = _FROM_A_SERVICE.match(text, sp.end)  # "a worker from the Traveller Education Service will"
    return bool(_HEADS_A_CLAUSE.search(before) and _DOES_IT.match(text, after.end() if after else sp.end))


def _left_to_find(text: str, sp: Span) -> bool:
    # "Jade will let someone know", "Nan will ring round friends": whoever is rung is the help, unnamed.
    rung = (
        _TOLD.search(text, max(0, sp.start - 30), sp.start)
        and (sp.text.lower() in _ANY_ONE or _ANY_ADULT.fullmatch(sp.text))
        and not _NAME_AFTER.match(text, sp.end)
    )
    # "Charlene will contact the relevant people": who they are is left to be judged at the time;
    # "alternative carers will be identified", "Nicola will make alternative arrangements": to be found.
    return bool(
        rung
        or sp.text.lower() in ("alternative arrangements", "other arrangements")
        or _JUDGED_WHO.match(sp.text)
        or _TO_BE_FOUND.match(text, sp.end)
    )


@matcher("contingency-helper-unnamed")
def helper_unnamed(rule: Rule, s: Statement) -> list[Hit]:
    """ "Mum will ring someone if she can't cope", "a family member will take Aaliyah": seed 002 asks
    who in the family's network will help, so the plan can be agreed with them."""
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    # "her friends' parents": whose parents, and they are who is rung.
    listed = _listed(rule, s)
    # The longer description stands for the word inside it: "one of Claire's club friends", not "friends".
    adults = [Span(m.start(), m.end(), m[0]) for m in _ANY_ADULT.finditer(s.text)]
    listed = [sp for sp in listed if not any(a.start <= sp.start and sp.end <= a.end for a in adults)]
    listed += [a for a in adults if not any(sp.start < a.end and a.start < sp.end for sp in listed)]
    response_starts = len(s.text) - len(_response(s.text, trailing=False))
    generic = sorted(
        (
            sp
            for sp in listed
            if sp.start >= response_starts  # "If someone asks him for pictures, ...": who sets it off
            and (s.text[sp.end : sp.end + 1] not in ("'", "\u2019") or _THEIR_HOME.match(s.text, sp.end))
            and not _in_a_name(s.text, sp)
            and not _A_ROLE_TAKEN.search(s.text, max(0, sp.start - 12), sp.start)
            and not _A_NAME_GIVEN.match(s.text, sp.end)
            and not _A_WORD_OF_A_ROLE.match(s.text, sp.end)
            # "a food shop for the family", "these are the right people": for whom, or who was named before.
            and not _FOR_OR_NAMED_BEFORE.search(s.text, max(0, sp.start - 16), sp.start)
            and not (sp.text.lower().endswith("grandparents") and _WHICH_ONES.match(s.text, sp.end))
        ),
        key=lambda sp: sp.start,
    )
    if not generic or re.search(r"\[[^\]]+\]|\bX{2,}\b", s.text):
        return []
    # Who does a part of their own, or has the children, unnamed whoever else is named: "Nan Jean
    # will have them and a family friend will do the school run", "they will stay with a family member".
    takes_a_part = any(_takes_a_part(s.text, sp, response_starts) for sp in generic)
    told_spans = [sp for sp in generic if _left_to_find(s.text, sp)]
    told = bool(told_spans)
    # A grandparent named in the trigger ("If Nan cannot help, a carer will be found") is not the help.
    if not (takes_a_part or told) and _NAMED_HELPER.search(_response(s.text, trailing=False)):
        return []
    parents = {"mum", "mam", "mother", "dad", "father", "mummy", "daddy"}
    # Workers named beside an unnamed relative ("a family member will take him in and Priya Nair,
    # Attendance Officer, will ring Mum") leave the family's part still unnamed.
    helpers = [
        first
        for first, start, end in _people_named(s)
        if not _only_told(s.text, first, response_starts) and not _a_worker(s.text, first, start, end)
    ]
    if not told and not takes_a_part and any(name.lower() not in parents for name in helpers):
        return []
    if not told and not takes_a_part and only_workers_respond(s):
        return []  # "the family will ring the repairs line and Tom from housing will chase it": no network
    if process_only(s.catalogue.rule("contingency-process-only"), s):
        return []  # the process finding already says what is missing
    return _hits((told_spans or generic)[:1])
