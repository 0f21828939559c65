"""A service, not a person, as the one who acts in a contingency: "the school will phone home", "the
Youth Service will follow up the next day". Seed 002: "When a specific person is responsible for
carrying out an action, then name them. Don't assign tasks to 'school'"; a family reading the
contingency needs to know whom to expect."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.language import Span, words
from familyplan.smart.statement_rules.people import _FILLER, _ends_in_a_service, _organisations
from familyplan.smart.statement_rules.statement import Statement
from familyplan.smart.statement_rules.triggers import _response

# Who acts: the words back to the start of a clause, before "will" and what they do (not "will be
# told", where they are on the receiving end).
_ACTS = re.compile(
    r"(?:^|(?<=[,;.:])|\b(?P<joined>and|then)\b)\s*(?P<who>(?!(?:and|then)\b)(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:will|would|is\s+going\s+to)\s+(?:then\s+|also\s+)?(?P<does>[a-z]+)",
    re.IGNORECASE,
)
# Emergency and duty services, hospitals and the staff on hand are whoever is on shift: nobody can name
# the officer who will come, the nurse on the ward or who is in the playground.
_EMERGENCY = w.word_set("police ambulance fire 999 101 111 hospital a&e ward duty out-of-hours staff")
# What a worker does, which someone named could be asked to do; not what a service does as a body
# ("keep her place open", "pay the deposit", "let her use the quiet room").
_A_WORKERS_TASK = w.word_set(
    "phone ring call text email contact visit see follow check arrange chase meet talk speak support help "
    "go come pick collect take do make review book refer look sit walk drive bring"
)
_A_SERVICE_HEAD = w.word_set("team service services agency department unit hub")
# "the family will ring the repairs line": the family themselves, whom the network rules judge.
_THE_FAMILY = w.FAMILY_WORDS | w.word_set("family families parents carers everyone all network")
# "Mum, Dad and the school will look at the plan": the family with the service.
_A_PERSON_BEFORE = re.compile(
    r"(?:(?-i:[A-Z])[\w'\u2019-]*|mum|dad|nan|gran|grandad|grandma)\s*$", re.IGNORECASE
)
_A_SPEAKER = re.compile(r"\b(?:will|would|can|could|is|are|has|have)\b", re.IGNORECASE)


def services_acting(s: Statement) -> list[Span]:
    response = _response(s.text, trailing=False)
    offset = len(s.text) - len(response)
    organisations = _organisations(s)
    found = []
    for m in _ACTS.finditer(response):
        who = m["who"]
        if m["does"].lower() not in _A_WORKERS_TASK:
            continue  # "the nursery will keep her place", "the council will pay": the service's own act
        named = words(who)
        service = (
            organisations.covers(who, _FILLER)
            or _ends_in_a_service(who, organisations)
            # "the speech therapy team": a team, whatever it does; not "Jo's team", whose person is named.
            or (
                bool(named)
                and named[-1].lower() in _A_SERVICE_HEAD
                and "'" not in who
                and "\u2019" not in who
            )
        )
        if not service or any(x.lower() in _EMERGENCY or x.lower() in _THE_FAMILY for x in named):
            continue
        if m["joined"] and m["joined"].lower() == "and":
            before = re.split(r"[,;.:]", response[: m.start()])[-1]
            if _A_PERSON_BEFORE.search(before) and not _A_SPEAKER.search(before):
                continue  # "Mrs Rahimi and the school will meet Lucy": a person, with the school
        start = offset + m.start("who")
        found.append(Span(start, start + len(who), who))
    return found
