"""Someone whose whole part in a contingency is to call a service: "she will ring 999", "Ellie will
ring the care agency", "his mum will contact the school nurse". Seed 002 asks who in the family's
network can help; a call to a service names nobody of it."""

from __future__ import annotations

import re

from familyplan.smart import words as w

# The words of a job someone is paid to do, as a plan writes them beside a name.
JOB = (
    r"worker|visitor|officer|therapist|manager|coordinator|co-ordinator|nurse|teacher|tutor|head|senco|dsl|"
    r"gp|doctor|consultant|psychologist|paediatrician|midwife|caseworker|case\s+worker|practitioner|"
    r"advocate|idva|isva|adviser|advisor|counsellor|navigator|specialist|clinician|key\s+person|keyworker|"
    r"social\s+worker|lead|mentor|solicitor|housing\s+officer|police\s+officer|pc|dc|headteacher|"
    r"head\s+teacher|headmaster|headmistress|principal|teaching\s+assistant|senco|"
    r"head\s+of\s+(?:year|house|key\s+stage)(?:\s+\d{1,2})?"
)
# "Claire (Adult Social Care)", "Tom (Youth Service)": the service someone works for, by its own name
# (in capitals); not "Dave (from his football team)".
A_SERVICES_NAME = re.compile(
    r"\s*(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019&-]*\s+){0,4}(?-i:Care|Help|Team|Service|Services)\s*",
)


# "she will ring 999", "Ellie will ring the care agency", "he will press his care line pendant":
# someone's whole part is to call a service, with nothing more they do themselves.
_A_CALL = (
    r"(?:ring|call|phone|contact|text|email|press|report\s+(?:him|her|them|it|this)(?:\s+missing)?\s+to)\s+"
)
_A_SERVICE_RUNG = (
    # "ring Kerry Walsh, Family Support Worker": a worker by name, then their job.
    r"(?:(?:the|a|an|his|her|their|my|our)\s+)?(?:(?!(?:and|or|then|parents?|friends?|family)\b)[\w'\u2019-]+,?\s+){0,5}?"
    r"(?:999|101|111|112|helpline|line|service|agency|office|police|surgery|pendant|ambulance|council|duty\s+team|"
    # "she will call the family nurse": a parent's worker rung, as a service is (a child ringing the
    # school nurse is telling a trusted adult).
    r"family\s+nurse|health\s+visitor|social\s+worker|mental\s+health\s+(?:practitioner|nurse|worker|team)|(?:recovery|drug|alcohol|outreach|family\s+support)\s+worker|doctor|gp)\b"
)
# "ring Olivia (Perinatal Mental Health Practitioner)": a worker by name, their job in brackets.
_A_WORKER_RUNG = (
    r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s*\([^()]*\b(?:" + JOB + r")s?\b[^()]*\)"
)
_A_SERVICE_RUNG = r"(?:" + _A_WORKER_RUNG + r"|" + _A_SERVICE_RUNG + r")"
_CALLS_A_SERVICE = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:will\s+|can\s+|is\s+to\s+|to\s+)?" + _A_CALL + _A_SERVICE_RUNG, re.IGNORECASE
)
# Each service someone rings: "ring 111", "call the family nurse".
_A_SERVICE_CALLED = re.compile(r"\b" + _A_CALL + _A_SERVICE_RUNG, re.IGNORECASE)
_AN_EMERGENCY_CALL = re.compile(r"\b(?:999|112|101|111|police|ambulance)\b", re.IGNORECASE)
# "... and take Amy to her Nan's": something more done, after the call.
_MORE_DONE = re.compile(
    r"\band\s+(?:then\s+)?(?!(?:then|the|a|an|his|her|their|my|our|ask|for)\b)(?-i:[a-z])", re.IGNORECASE
)


_SOMEONE_ELSES_CLAUSE = re.compile(
    r"\band\s+(?!then\b)(?:[\w'\u2019-]+\s+){1,4}?(?:will|would|can|is\s+to)\b", re.IGNORECASE
)


def only_an_emergency_call(response: str) -> bool:
    """ "she will ring 999": an emergency's own number is a response of its own; not when other
    services are rung too ("call the family nurse the next morning or ring 111")."""
    called = [m[0] for m in _A_SERVICE_CALLED.finditer(response)]
    return bool(called) and all(_AN_EMERGENCY_CALL.search(c) for c in called)


def only_calls_a_service(text: str, end: int, parent: bool = False) -> bool:
    called = _CALLS_A_SERVICE.match(text, end) or (
        _A_PARENT_CALLS_A_WORKER.match(text, end) if parent else None
    )
    if not called:
        return False
    rest = re.split(r"[.;,]", text[called.end() :], maxsplit=1)[0]
    # "... and the Family Practitioner will refer him ...": someone else's clause, not more she does.
    someone_else = _SOMEONE_ELSES_CLAUSE.search(rest)
    return not _more_done(rest[: someone_else.start()] if someone_else else rest)


def _more_done(rest: str) -> bool:
    for m in _MORE_DONE.finditer(rest):
        word = re.match(r"[a-z]+", rest[m.end() - 1 :], re.IGNORECASE)
        if word is None or w.verb_lemma(word[0].lower()) is None:
            continue  # "with his description and photo": what is given with the call
        if re.search(r"\bwith\s+(?:his|her|their|a|an|the)\b[^,]*$", rest[: m.start()]):
            continue  # "with his name and address": a list of things, not a second step
        return True
    return False


# "his mum will contact the school nurse": to a parent, any worker is a service rung (a child
# ringing the school nurse is telling a trusted adult, and is not read so).
_A_PARENT_CALLS_A_WORKER = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:will\s+|can\s+|is\s+to\s+|to\s+)?"
    + _A_CALL
    + r"(?:the|his|her|their|my|our)\s+(?:[\w-]+\s+){0,3}?(?:"
    + JOB
    + r")\b",
    re.IGNORECASE,
)
