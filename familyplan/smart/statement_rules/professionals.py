"""Whether the people named in a contingency's response are all workers: seed 002 asks first who
in the family's own network can help ("What is the family's contingency plan - who in their
network can provide support if needed?"), so a response given only to workers names nobody of
the family or its network."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import KIN
from familyplan.smart.statement_rules.calls_to_services import (
    A_SERVICES_NAME,
    JOB,
    only_an_emergency_call,
    only_calls_a_service,
)
from familyplan.smart.statement_rules.contingency import (
    _acts,
    _someone_responds,
    contingency_missing,
    name_spans_in_response,
    process_only,
)
from familyplan.smart.statement_rules.statement import Statement, _whole, matcher
from familyplan.smart.statement_rules.stepping_in import _WHO_WILL, steps_in
from familyplan.smart.statement_rules.triggers import _NETWORK_PERSON, _response
from familyplan.smart.statement_rules.worker_tasks import does_a_workers_task

_JOB_IN_BRACKETS = re.compile(r"\s*\((?P<what>[^)]{1,70})\)")
_JOB_AFTER_A_COMMA = re.compile(
    r",\s+(?:(?:the|our|his|her|their)\s+)?(?P<what>(?:[\w&'\u2019-]+\s+){0,4}?(?:" + JOB + r"))\b",
    re.IGNORECASE,
)
_JOB_IN = re.compile(r"\b(?:" + JOB + r")\b", re.IGNORECASE)
# "Jenny Marsh at Citizens Advice", "Tom from Refugee Action": someone at a service.
_A_PLACE_OF_WORSHIP = re.compile(
    r"\s+(?:at|from|of)\s+(?:the\s+|their\s+|her\s+|his\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:temple|church|mosque|gurdwara|synagogue|chapel|congregation|mandir)\b",
    re.IGNORECASE,
)
_AT_A_SERVICE = re.compile(
    r"\s+(?:at|from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:housing|social\s+care|social\s+services|early\s+help|the\s+council)\b)"
)
# "Dr Shah", "PC Ellis", "health visitor Priya", "her key person Jade": a job or a title before the name.
# "her family support worker, Jo, ...": the job first, the name after it as an aside.
# "his Head of Year, Mr Ellis": the job, then the name with its title.
_JOB_BEFORE = re.compile(
    r"\b(?:dr|pc|dc|sgt|" + JOB + r")\.?,?\s+(?:(?:mr|mrs|ms|miss|mx)\.?\s+)?$", re.IGNORECASE
)


# Someone called by title and surname who does a worker's task: visits the home, sees the child at
# school, or asks a clinician or a service for the child.
# "a Household Support Fund voucher", "the Jobcentre", "at Citizens Advice": a thing or a place.
_A_THING_BEFORE = re.compile(r"\b(?:a|an|the|at|from|to|of|into|in|on)\s+$", re.IGNORECASE)

_JOINED = re.compile(r"\s+(?:and|with|for|of)\s+")
# "a Discretionary Housing Payment": a later word of a thing's name.
_A_CAPITAL_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|Sgt)\b)(?-i:[A-Z])[a-z]+\s+$")


def _a_worker_at(text: str, start: int, end: int) -> bool:
    if KIN.search(text, max(0, start - 12), start):
        return False  # "her sister Toni", "Aunt Rosa"
    if _JOB_BEFORE.search(text, max(0, start - 30), start):
        return True
    if does_a_workers_task(text, start, end, _surname(text, end)):
        return True
    said = _JOB_IN_BRACKETS.match(text, end) or _JOB_AFTER_A_COMMA.match(text, end)
    if said:
        job = _JOB_IN.search(said["what"]) or A_SERVICES_NAME.fullmatch(said["what"])
        return bool(job) and not KIN.search(said["what"])
    # "Mr and Mrs Patel from the Shree Krishna temple": the family's own community, not a service.
    return bool(_AT_A_SERVICE.match(text, end)) and not _A_PLACE_OF_WORSHIP.match(text, end)


def _a_worker(text: str, first: str, start: int, end: int) -> bool:
    """Whether the name is a worker's, here or where the statement first gives it with a job."""
    if _a_worker_at(text, start, end):
        return True
    return any(
        _a_worker_at(text, m.start(), m.end() + len(_surname(text, m.end())))
        for m in re.finditer(r"\b" + re.escape(first) + r"\b", text)
        if m.start() != start
    )


def _surname(text: str, end: int) -> str:
    m = re.match(r"\s+(?-i:[A-Z])[\w'\u2019-]+", text[end:])
    return m[0] if m else ""


def _people_named(s: Statement) -> list[tuple[str, int, int]]:
    """Each name once (not again from its second word), leaving out things and places named with
    capitals and what is said in brackets after a name."""
    people: list[tuple[str, int, int]] = []
    seen_to = 0
    for first, start, end in name_spans_in_response(s):
        if start < seen_to:
            continue
        # "Jean Hill and Jean will ...": a run of capitals joined by "and" is two people here.
        end = start + len(_JOINED.split(s.text[start:end], maxsplit=1)[0])
        seen_to = end
        if _A_THING_BEFORE.search(s.text, 0, start) or _A_CAPITAL_BEFORE.search(s.text, 0, start):
            continue
        if s.text.count("(", 0, start) > s.text.count(")", 0, start):
            continue
        people.append((first, start, end))
    return people


_CLAUSE_HEAD = re.compile(
    r"(?:^|[,;:(\u2192]|(?<!\b(?:mr|ms|dr))(?<!\bmrs)[.!?]|->|\bthen|\bbut|\bmeanwhile|\binstead|\balso)\s*"
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?$",
    re.IGNORECASE,
)
# After "and" or "or" a name heads a clause only with its own verb: "and Jean will have them", not
# "find Kayleigh and Ruby a place".
# "and his dad in Peterborough has said he will send what he can": whose they are, before them.
# "and Lee's dad has offered to lend them £100": whose, before them.
_JOINED_HEAD = re.compile(
    r"\b(?:and|or)\s*(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+|(?:his|her|their|my|our|(?-i:[A-Z])[\w-]*['\u2019]s)\s+)?$",
    re.IGNORECASE,
)
_ITS_OWN_VERB = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*(?:\s*\([^)]*\))?(?:\s+(?:from|at|of|in)\s+[^,.;]{1,40}?|,\s*[^,.;]{1,50},)?"
    r"(?:\s+(?:will|would|can|could|is\s+to|to\s+[a-z]|[a-z]{2,}s)\b"
    # "and Amina and Nani play the talking game": two who act, with their verb.
    r"|\s+and\s+(?-i:[A-Z])[\w'\u2019-]*\s+(?!(?:a|an|the|to|in|on|at|for|with|of)\b)[a-z]{3,}\b"
    # "... with her and Dawn, so ...", "... with Kayleigh and Dawn.": the last of those taking part.
    r"|\s*(?:[,.;]|$)|\s+so\b)"
)


# Who someone is to the family, said just before or after their name: "her sister Kim", "Granny
# Peggy", "Tariq next door", "Dennis (Grandad)".
_PARENT = re.compile(r"(?:mum|mam|mother|dad|father|parents?)\b", re.IGNORECASE)
_NAMED_KIN = re.compile(r"(?-i:[A-Z])[a-z]+\s+next\s+door\b")
_KIN_AFTER = re.compile(r"\s*(?:\(\s*|,\s*)?(?:her|his|their|the\s+)?\s*(?=\S)")


def _one_of_the_network(text: str, start: int, end: int) -> bool:
    """Someone of the wider family or the family's friends, named; not Mum or Dad, who are called
    ("will call Mum") as often as they respond."""
    if _PARENT.match(text, start):
        return False
    # "her sister Toni": who they are, just before the name; not "If Dad relapses, Sam ..." past a comma.
    before = re.split(r"[,;:.]", text[max(0, start - 15) : start])[-1]
    if KIN.match(text, start) or KIN.search(before):
        return True
    after = _KIN_AFTER.match(text, end)
    return bool(after and KIN.match(text, after.end()) and not _PARENT.match(text, after.end()))


_FOR_THEM = re.compile(r"\b(?:for|to)\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:and|or)\s*$")


def _heads_a_clause(text: str, response_start: int, start: int, end: int) -> bool:
    before = text[response_start:start]
    if _WHO_WILL.match(text, end):
        return True  # "write to Mum and Dad, who will walk him in": said to act after
    if _FOR_THEM.search(before):
        return False  # "... a breakfast club place for Ben and Sky": whom it is for
    if _JOINED_HEAD.search(before):
        return bool(_ITS_OWN_VERB.match(text, end))
    return bool(_CLAUSE_HEAD.search(before))


# "If no one in the family can have her", "if the network can't help": the family tried first.
_THE_NETWORK_TRIED = re.compile(
    r"\b(?:no\s*one|no-one|nobody|none)\s+(?:in|from|of)\s+(?:the\s+)?(?:family|network)\b"
    r"|\b(?:family|network)\s+(?:can(?:not|['\u2019]t)|(?:is|are)\s+(?:unable|not\s+able))\b",
    re.IGNORECASE,
)
# Someone who does something, a name or a word that may be one ("Dawn lets her off board", "with
# Kayleigh's OK Chloe can come", "with Dawn sitting in"), whatever the reader made of the word.
_A_DOER = re.compile(
    r"(?:(?:^|[;,]|\band|\bthen|\bwith|\bOK)\s+)(?P<name>(?-i:[A-Z])[a-z]+)\s+"
    r"(?:will|can|could|would|[a-z]+ing\b|(?!is\b|has\b|was\b)[a-z]{2,}s\b)"
)


def _someone_else_acts(s: Statement, response_start: int) -> bool:
    for m in _A_DOER.finditer(s.text, response_start):
        name = m["name"]
        if name.lower() in _NOT_A_PERSON or _a_worker(s.text, name, m.start("name"), m.end("name")):
            continue
        return True
    return False


_NOT_A_PERSON = frozenset(
    [
        "school",
        "college",
        "nursery",
        "police",
        "housing",
        "health",
        "social",
        "care",
        "the",
        "this",
        "that",
        "if",
        "when",
        "she",
        "he",
        "they",
        "it",
        "we",
        "i",
        "mum",
        "dad",
        "mother",
        "father",
    ]
)


# "her church has said it will help with food": the family's own community, doing its part.
_THEIR_COMMUNITY_ACTS = re.compile(
    r"\b(?:his|her|their|the\s+family['\u2019]s)\s+(?:[\w-]+\s+)?(?:church|mosque|temple|gurdwara|synagogue|"
    r"congregation|faith\s+community)\s+(?:(?:has|have)\s+(?:said|offered|agreed)|will|can|would)\b",
    re.IGNORECASE,
)


def only_workers_respond(s: Statement) -> bool:
    """Everyone named in the response has a job beside their name, and nobody of the family or its
    network (a relation, a friend, the family's own "I" or "she") does anything."""
    response = _response(s.text, trailing=False)
    response_start = len(s.text) - len(response)
    if _THE_NETWORK_TRIED.search(s.text, 0, response_start):
        return False  # "If no one in the family can have Ruby, ...": the network is the trigger
    people = _people_named(s)
    # In a later "if ..." too: "... if there's no answer she asks Tariq next door".
    network_named = (
        _NAMED_KIN.search(s.text, response_start)
        or _someone_else_acts(s, response_start)
        or _THEIR_COMMUNITY_ACTS.search(s.text, response_start)
    )
    if network_named or any(_one_of_the_network(s.text, start, end) for _, start, end in people):
        return False  # "while Aisha's daughter Mina minds Lina", "she asks Tariq next door to knock"
    # Who responds heads a clause ("..., Priya Nair will call"), or is said to after ("Nan, who will
    # ..."); "call Gemma" or "invite Mum to the panel" names who is called, not who responds.
    # "Cian will be offered a breakfast club place": done to, not responding.
    heads = [
        n
        for n in people
        if _heads_a_clause(s.text, response_start, n[1], n[2]) and not _OFFERED.match(s.text, n[2])
    ]
    names = [n for n in heads if not only_calls_a_service(s.text, n[2])]
    # "Kieran will ring Homecare Plus and the duty line": the family's only part is to call services.
    # An emergency's own number, rung alone ("she will ring 999"), is a response of its own.
    callers = len(heads) > len(names) or any(
        m[0].lower() in _THE_FAMILY_ITSELF and only_calls_a_service(response, m.end(), _a_parent(m[0]))
        for m in _NETWORK_PERSON.finditer(response)
    )
    # "... and the Family Practitioner will refer him": a worker by their job alone responds too.
    roles = [m.start() for m in _A_WORKER_BY_ROLE.finditer(response)]
    callers = callers and (bool(names) or bool(roles) or not only_an_emergency_call(response))
    if not (names or callers or roles) or not all(
        _a_worker(s.text, first, start, end) for first, start, end in names
    ):
        return False
    # "his school will contact Mum and she will walk him in": "she" after a school is not the school.
    people_roles = [
        m.start() for m in _A_WORKER_BY_ROLE.finditer(response) if not _AN_INSTITUTION.search(m[0])
    ]
    first_worker = min([start - response_start for _, start, _ in names] + people_roles + [len(response)])
    return not any(_the_network_acts(response, m, first_worker) for m in _NETWORK_PERSON.finditer(response))


_AN_INSTITUTION = re.compile(r"\b(?:school|nursery|college)\s+(?:will|would|is\s+to|to|can)\b", re.IGNORECASE)
_OFFERED = re.compile(
    r"\s+(?:will|would|is\s+to)\s+be\s+(?:offered|given|seen|visited|told|informed|contacted|referred|sent|taken)\b",
    re.IGNORECASE,
)


# "the Family Practitioner will refer him", "her outreach worker will arrange a move": a worker known by
# their job, heading a clause of the response.
_A_WORKER_BY_ROLE = re.compile(
    r"(?:^|[,;]|\band|\bthen)\s+(?:(?:the|his|her|their|my|our)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:worker|practitioner|nurse|officer|visitor|teacher|adviser|advisor|therapist|mentor|co-?ordinator|"
    # "the crisis team will assess her at home": a service by its name, doing its work.
    r"team|service|police)"
    # "..., school to contact parents": the school as a whole, with nobody named.
    r"|(?:(?:the|his|her|their)\s+)?(?:school|nursery|college))"
    # "..., the school nurse, who will arrange for ...": the worker, said to act after their job.
    r"(?:\s*,\s*who)?\s+(?:will|would|is\s+to|to|can)\s+(?!be\b)",
    re.IGNORECASE,
)


# The parents and whoever "she" or "we" is: the ones the plan is for, who respond only when they do
# something themselves ("Mum will ring Nan"), not when a worker calls them ("will call Mum").
_THE_FAMILY_ITSELF = frozenset(
    ["mum", "mam", "mother", "dad", "father", "parent", "parents", "he", "she", "they", "we", "i"]
)


_PLACED = re.compile(
    r"\b(?:arrange|decide|sort\s+out|agree|find)\s+(?:where|who|how)\s+(?:[\w'\u2019-]+\s+){0,4}$"
)


def _a_parent(word: str) -> bool:
    return _PARENT.fullmatch(word) is not None


def _the_network_acts(response: str, m: re.Match[str], first_worker: int) -> bool:
    word = m[0].lower()
    if word in ("he", "she", "they") and m.start() > first_worker:
        return False  # "Priya will visit and she will ...": after a worker, "she" is most often that worker
    if _PLACED.search(response, max(0, m.start() - 40), m.start()):
        return False  # "arrange where Maisie and her brother will stay": placed by others, not acting
    if not (steps_in(response, m) and _acts(response, m)):
        return False  # not "Claire Dunn from the Carers Centre", a service named for those it serves
    if word in _THE_FAMILY_ITSELF and only_calls_a_service(response, m.end(), _a_parent(word)):
        return False  # "Mum will ring the duty line": a service is called, and nobody of the network
    # "..., with Dad staying for ten minutes": the parent doing a part of it, said on the way.
    along = re.search(r"\bwith\s+$", response[: m.start()]) and re.match(
        r"\s+[a-z]+ing\b", response[m.end() :]
    )
    return word not in _THE_FAMILY_ITSELF or bool(along) or _heads_a_clause(response, 0, m.start(), m.end())


@matcher("contingency-no-network")
def no_network(rule: Rule, s: Statement) -> list[Hit]:
    # Someone named in the trigger alone ("If Mum is unwell, the children will be looked after")
    # is not someone who steps in.
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    if _someone_responds(s) and not only_workers_respond(s):
        return []
    if process_only(s.catalogue.rule("contingency-process-only"), s):
        return []  # the process finding already says it
    return [Hit(_whole(s.text))]
