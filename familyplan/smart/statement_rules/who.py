"""Rules for who cells: one named person with a role, not a team or a service."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import words
from familyplan.smart.reading import read
from familyplan.smart.statement_rules.people import (
    _FILLER,
    _NOBODY,
    _PERSON_WORDS,
    _organisations,
    _roles,
    people,
)
from familyplan.smart.statement_rules.services_acting import services_acting
from familyplan.smart.statement_rules.statement import Statement, _is_blank, _whole, matcher

_OWNER_WORDS = re.compile(r"[A-Za-z]+(?:\(s\))?")
# A relationship said before a name, as families say it: "Nana Jean", "Aunt Lisa".
# Every run of words ending in a possessive, "Chloe" and "Chloe Smith" alike, so a name can be looked up.
_POSSESSOR = re.compile(r"(?=\b((?:[\w-]+ )*?[\w-]+)['\u2019]s\b)")
_RELATIONSHIP_TITLES = w.FAMILY_WORDS - w.word_set("i me we us you he she they him her them")
_WHOSE = w.word_set("his her their my our your")


@matcher("who-missing")
def who_missing(rule: Rule, s: Statement) -> list[Hit]:
    text = s.text.strip().lower()
    passive = re.fullmatch(
        r"(?:to\s+be\s+|will\s+be\s+)?(?:allocated|assigned|confirmed|agreed|decided|arranged)",
        text,
    )
    blank = s.is_blank or text in _NOBODY or bool(passive)
    return [Hit(_whole(s.text))] if blank else []


@matcher("who-organisation")
def who_organisation(rule: Rule, s: Statement) -> list[Hit]:
    if s.kind == "contingency":
        return [Hit(span, {"match": span.text}) for span in services_acting(s)]
    organisations, roles = _organisations(s), _roles(s)
    if s.kind == "action":
        main = s.reading.main
        if s.context.has_who or main is None or main.subject is None:
            return []
        a, b = main.span(*main.subject)
        subject = s.text[a:b]
        family = any(x.lower() in w.FAMILY_WORDS for x in words(subject))
        group = organisations.covers(subject, _FILLER) and not family
        return [Hit(s.span(a, b), {"match": subject})] if group else []
    hits = []
    for person in people(s):
        if person.placeholder:
            continue
        span, name = person.span, person.name
        # "Sue Mills, welfare rights officer": a name with a role is a person, whatever its last word;
        # "Teaching Assistants, Oak Primary" is still a group with a job.
        named_with_a_job = bool(person.role and roles.find(person.role) and not roles.find(name))
        group_of = _plural_owner(name) and not named_with_a_job
        plural = group_of or "(s)" in span.text
        if person.organisation or plural or _group_subject(s, name):
            hits.append(Hit(span, {"match": span.text}))
    return hits


def _plural_owner(name: str) -> bool:
    """ "Teachers", "key adult(s)": more than one person and nobody named."""
    tokens = _OWNER_WORDS.findall(name)
    if not tokens or any(t[0].isupper() and not w.is_english_word(t) for t in tokens):
        return False
    head = tokens[-1].lower()
    if head.endswith("(s)"):
        return True
    lemma = w.noun_lemma(head)
    return lemma is not None and lemma != head and head.endswith("s") and head not in w.FAMILY_WORDS


def _group_subject(s: Statement, name: str) -> bool:
    """A who cell written as a sentence ("Admissions team to post the forms"): judge its subject."""
    if len(name.split()) < 4:
        return False
    main = read(name, "action").main
    if main is None or main.subject is None:
        return False
    a, b = main.span(*main.subject)
    return _organisations(s).covers(name[a:b], _FILLER) or _plural_owner(name[a:b])


@matcher("who-role-without-name")
def role_without_name(rule: Rule, s: Statement) -> list[Hit]:
    roles = _roles(s)
    hits = []
    for p in people(s):
        if p.placeholder or p.organisation:
            continue  # a placeholder stands for a name; an organisation is reported already
        if p.role_only or (not p.name and roles.covers(p.role, _FILLER)):
            hits.append(Hit(p.span, {"match": p.span.text}))
    return hits


_ONE_SURNAME = re.compile(
    r"(?-i:[A-Z])[a-z'\u2019-]+\s*(?:&|and|\+)\s*(?-i:[A-Z])[a-z'\u2019-]+\s+(?-i:[A-Z])[a-z'\u2019-]+"
)


def _says_the_relation(named: list[str]) -> bool:
    """ "Mum", "Grandad", "Nana Jean", "her sister Toni Rhodes": the relationship says who they are."""
    if all(_PERSON_WORDS.match(x) for x in named):
        return True
    first = named[0].lower() if named else ""
    if len(named) > 1 and first in _RELATIONSHIP_TITLES:
        return True
    return len(named) > 2 and first in _WHOSE and named[1].lower() in _RELATIONSHIP_TITLES


@matcher("who-no-role")
def who_no_role(rule: Rule, s: Statement) -> list[Hit]:
    roles = _roles(s)
    hits = []
    found = people(s)
    # "Claire Jones (Mum) and Leah Jones": someone with the surname of a relative named beside them.
    family_names = {
        words(q.name)[-1].lower()
        for q in found
        if len(words(q.name)) > 1 and q.role and all(x.lower() in w.FAMILY_WORDS for x in words(q.role))
    }
    possessors = {m.group(1) for q in found for m in _POSSESSOR.finditer(q.role)}
    if _ONE_SURNAME.fullmatch(s.text.strip()):
        return []  # "Lorraine & Kiera Walsh": two of one family, written as families write themselves
    for p in found:
        if p.role or p.organisation or p.role_only:
            continue
        named = words(p.name)
        if len(named) > 1 and named[-1].lower() in family_names:
            continue
        if p.name.strip() in possessors:
            continue  # "Donna (Chloe's mum) and Chloe": named by her relation to someone named
        if _says_the_relation(named):
            continue
        if roles.find(p.name):
            continue  # "Sarah Family Support Worker"
        if p.name.strip().lower() in s.context.family_knows:
            continue  # "Ben", when the plan lists Ben among the family or its network
        if not s.context.family_knows and len(named) == 1 and any(q.role for q in found if q is not p):
            # "Donna (Mum) and Chloe", "Mr Hughes (Head of Year 7) and Leah", with no list of the family
            # to look in: whoever wrote a role for the others left it off for someone the family knows.
            continue
        if s.text.strip().lower() in _NOBODY or _is_blank(p.name) or who_missing(rule, s):
            continue
        hits.append(Hit(p.span, {"match": p.span.text}))
    return hits
