"""The people named in a who cell, read once per statement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from familyplan.plan.who_cells import TITLES, people_in
from familyplan.smart import words as w
from familyplan.smart.language import Lexicon, Span, lexicon, words

if TYPE_CHECKING:
    from familyplan.smart.statement_rules.statement import Statement

_PLACEHOLDER = re.compile(r"\[[^\]]+\]|<[^>]+>|[Xx]{2,}|_{2,}|\*{3,}")


# --- Who -------------------------------------------------------------------------

_FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "all",
        "our",
        "their",
        "his",
        "her",
        "my",
        "each",
        "every",
        "and",
        "of",
        "year",
        "whole",
    ]
    + [str(n) for n in range(1, 14)]
    + [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
    ]
)
_PERSON_WORDS = re.compile(
    r"^(?:mum|mam|mom|mother|dad|father|grandma|gran|nan|nanna|grandad|granddad|grandmother|grandfather|"
    r"auntie|aunt|uncle|stepdad|stepmum|step-dad|step-mum|brother|sister|cousin|i|me|we|you|myself)$",
    re.IGNORECASE,
)
_NOBODY = frozenset(
    [
        "n/a",
        "na",
        "tbc",
        "tba",
        "none",
        "unknown",
        "?",
        "to be confirmed",
        "to be agreed",
    ]
)


def _organisations(s: Statement) -> Lexicon:
    return s.catalogue.memo("organisations", lambda: lexicon(s.catalogue.rule("who-organisation").words))


def _roles(s: Statement) -> Lexicon:
    def build() -> Lexicon:
        c = s.catalogue
        acronyms = tuple(a.lower() for a in c.acronyms)
        return lexicon(c.rule("who-role-without-name").words + c.rule("who-organisation").words + acronyms)

    return s.catalogue.memo("roles", build)


@dataclass(frozen=True)
class Person:
    """One person named in a who cell, with what the word lists make of the name."""

    span: Span
    name: str
    role: str
    placeholder: bool  # "[worker]", "XXX": stands for a name
    organisation: bool  # "School", "Housing team"
    role_only: bool  # "Health visitor": a role with no name


def people(s: Statement) -> list[Person]:
    """The people of a who cell, read once per statement (three rules ask)."""
    if "people" not in s.memo:
        s.memo["people"] = _read_people(s)
    found: list[Person] = s.memo["people"]
    return found


def _read_people(s: Statement) -> list[Person]:
    organisations, roles = _organisations(s), _roles(s)
    out = []
    for span, name, role in _people(s):
        unnamed = _is_a_role(name, roles)
        last = words(name)[-1:] or [""]
        # "Attendance team", "Oakfield Children's Centre", "Adult Social Care": ending in words for
        # a group or a place that gives a service, and not a person's name, it is a service.
        # "Children's Social Care, Priya Shah (Social Worker)": the agency first, then who works there.
        service = _ends_in_a_service(name, organisations) and not _reads_as_a_persons_name(_first_part(role))
        ends_as_group = bool(last[0]) and (organisations.covers(last[0]) or service)
        group = organisations.covers(name, _FILLER) or (
            ends_as_group and (unnamed or not _named_person(name))
        )
        out.append(Person(span, name, role, _is_placeholder(name), group, unnamed))
    return out


def _ends_in_a_service(name: str, organisations: Lexicon) -> bool:
    """ "Adult Social Care", "Children's Social Care": a service's name of more than one word at
    the end, after words that say whom it serves; not after someone's name ("Sarah Early Help",
    "Holly Early Help": a first name may be an ordinary word too)."""
    listed = organisations.find(name)
    if not listed or listed[-1].end != len(name.rstrip(" .")):
        return False
    before = words(name[: listed[-1].start])
    return all(x.lower().replace("’", "'") in _WHOM_A_SERVICE_SERVES for x in before)


_WHOM_A_SERVICE_SERVES = w.word_set(
    "adult adults adult's children children's childrens child young people people's youth family "
    "families integrated targeted community local county city borough district the"
)


def _first_part(role: str) -> str:
    return re.split(r"[(,]", role, maxsplit=1)[0].strip()


def _named_person(text: str) -> bool:
    """Someone named, with or without a role after: "Mrs Cole", "Jo Brown Family Support Team"."""
    named = words(text)
    if not named or any(x.endswith(("'s", "’s")) for x in named[:2]):
        return False  # "Oakfield Children's Centre": whose service, not whose name
    if named[0].lower().rstrip(".") in ("st", "saint"):
        return False  # "St Giles Trust", "St Mark's Centre": a saint's name is a place's or a charity's
    return named[0].lower().rstrip(".") in TITLES or _reads_as_a_persons_name(" ".join(named[:2]))


def _an_agency(name: str, organisations: Lexicon) -> bool:
    """ "School", "Women's Aid", "Citizens Advice": a service by its name, or its last word."""
    last = words(name)[-1:]
    return organisations.covers(name, _FILLER) or (bool(last) and organisations.covers(last[0]))


def _names_someone(text: str) -> bool:
    """ "Mrs Ahmed", "Jane Smith": a title, or a first name that is no ordinary word, then a surname."""
    named = words(text)
    if _named_person(text):
        return True
    return (
        2 <= len(named) <= 3
        and all(x[:1].isupper() for x in named)
        and not w.is_english_word(named[0].lower())
    )


def _is_a_role(text: str, roles: Lexicon, filler: frozenset[str] = _FILLER) -> bool:
    """A role with nobody named in it: "Health Visitor", "Pastoral Manager", "Family Support
    Worker", "Kai's social worker". It ends in a role word, and every word before that is an
    ordinary word or someone's possessive, not a name ("Sarah Family Support Worker")."""
    if roles.covers(text, filler):
        return True
    named = words(text)
    if len(named) < 2 or named[0].lower().rstrip(".") in TITLES or not roles.covers(named[-1]):
        return False
    return all(
        x.lower() in _FILLER_OR_ROLE or x.endswith(("'s", "’s")) or w.is_english_word(x.lower())
        for x in named[:-1]
    )


def _people(s: Statement) -> list[tuple[Span, str, str]]:
    out: list[tuple[Span, str, str]] = []
    roles = _roles(s)
    for (start, _end, raw), name, role, _kind in people_in(s.text):
        lead = len(raw) - len(raw.lstrip())
        span = Span(start + lead, start + len(raw.rstrip()), raw.strip())
        if not span.text:
            continue
        if role.strip().lower() in _NOBODY:
            role = ""  # "Housing officer (TBC)": the bracket says who is not known yet, not a role
        if role and _is_a_role(name, roles) and _reads_as_a_persons_name(role) and not roles.find(role):
            name, role = role, name  # "The Lead Practitioner, Ruth Kelly": the role, then who holds it
        elif role and _an_agency(name, _organisations(s)) and _names_someone(_first_part(role)):
            name, role = role, name  # "School (Mrs Ahmed, SENCo)": the place, then who there does it
        previous = out[-1] if out else None
        between = s.text[previous[0].end : span.start] if previous else ""
        if previous and not previous[2] and not role and between.strip() == ";":
            # "Mrs March; Head of Year 6", "Laura Jones; Mum", "Head of Year 6; Mrs March": one
            # person, named on one side of the semicolon and described on the other.
            joined = Span(previous[0].start, span.end, s.text[previous[0].start : span.end])
            if _describes(name, roles) and not _describes(previous[1], roles):
                out[-1] = (joined, previous[1], name)
                continue
            if _describes(previous[1], roles) and not _describes(name, roles):
                out[-1] = (joined, name, previous[1])
                continue
        if previous and not previous[2] and role:
            # "Aisha and Omar (parents)": both are parents; "Susan and Ben (Mum and son)": one each.
            first, _, second = role.partition(" and ")
            if second and between.strip().lower() in ("and", "&", "+"):
                out[-1], role = (previous[0], previous[1], first.strip()), second.strip()
            elif _shared_role(between, role):
                out[-1] = (previous[0], previous[1], role)
        out.append((span, name, role))
    return out


def _describes(text: str, roles: Lexicon) -> bool:
    """A role or a relationship, not a name: "Head of Year Six", "Mum", "Parent"."""
    named = words(text)
    return bool(named) and (
        _is_a_role(text, roles, _FILLER_OR_ROLE) or all(x.lower() in w.FAMILY_WORDS for x in named)
    )


def _shared_role(between: str, role: str) -> bool:
    """A plural role after two names joined by "and" belongs to both: "Aisha and Omar (parents)",
    "Mr Ahmed and Ms Cole (Heads of Year 9)"."""
    return between.strip().lower() in ("and", "&", "+") and any(_plural(x.lower()) for x in role.split())


def _plural(word: str) -> bool:
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    lemma = w.noun_lemma(word)
    return lemma != word if lemma is not None else w.noun_lemma(word[:-1]) is None  # "carers": no entry


# One to four capitalised words, as a person's name is written: "Ruth Kelly", "Mrs O'Neill".
_PERSONAL_NAME = re.compile(
    r"(?:(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?P<last>[A-Z][\w'’-]*)"
)


def _reads_as_a_persons_name(text: str) -> bool:
    """ "Ruth Kelly", "Mrs Wood"; not a place that ends in an ordinary noun ("Oak Tree Surgery",
    "St Mary's Primary"). A surname that is also a word ("Ben Wood") needs a title to be read so."""
    m = _PERSONAL_NAME.fullmatch(text.strip())
    # "Young Carers": whom a service is for, not a surname.
    last = m["last"].lower() if m is not None else ""
    return m is not None and (
        m["title"] is not None or not (w.is_english_word(last) or last in w.FAMILY_WORDS)
    )


_ROLE_FILLER = frozenset(["of", "for", "in", "at", "year", "reception", "nursery"])
_FILLER_OR_ROLE = _FILLER | _ROLE_FILLER


def _is_placeholder(name: str) -> bool:
    stripped = name.strip()
    return bool(_PLACEHOLDER.fullmatch(stripped))
