"""Who a plan's "who" cell names: each person, with the role written beside them.

Cells come as practitioners and case systems write them: "Susan (Parent) / Ben (Young
person)", "Jo Brown, Family Support Worker, Early Help", "Mum, Dad and Nan", one person a
line. Plain regular expressions over known forms, as the dates are (parsing.py): fast enough
to run as a practitioner types, and predictable enough to explain every finding they lead to.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from familyplan.plan.kinds import PersonKind

if TYPE_CHECKING:
    from familyplan.plan.models import Responsible


_FAMILY_ROLES = re.compile(
    # "carers", but not a service named for them: "Young Carers Service", "Carers Centre".
    r"\b(?:mum|mother|mam|dad|father|parents?|carers?(?!\s+(?:service|services|centre|center|trust|project|team|"
    r"hub|group|club|lead|worker|support))|step[- ]?(?:mum|dad|father|mother)|"
    r"young person|child|son|daughter|brother|sister|sibling|baby|"
    # "family", but not a service named for families: "Family Support Worker", "Family Hub"
    r"family(?!\s+(?:support|liaison|hub|worker|practitioner|officer|team|centre|center|services?|"
    r"group|therap\w*|nurse|partnership|court|intervention|key|coach|mediat\w*))|"
    r"grandma|grandmother|grandad|granddad|grandfather|nan|nanna|gran|grandparents?)\b",
    re.IGNORECASE,
)
_NETWORK_ROLES = re.compile(
    r"\b(?:support network|network|friend|neighbou?r|aunt(?:ie|y)?|uncle|cousin|godparent|"
    r"godmother|godfather|sponsor|family friend)\b",
    re.IGNORECASE,
)
# Words after a job title that say how the person stands to the family, not whom an agency
# serves: "Mum's friend", "Ben's nan", "neighbour" ("Women's Aid", "Young Carers Service" do not).
_A_RELATION = re.compile(
    r"\b(?:friend|neighbou?r|aunt(?:ie|y)?|uncle|cousin|god(?:parent|mother|father))s?\b|"
    r"['\u2019]s\s+(?:" + _FAMILY_ROLES.pattern + r")",
    re.IGNORECASE,
)
# Bounded runs of spaces: a cell of thousands of spaces is not tried at every one of them.
_SPLIT_PEOPLE = re.compile(
    # Not "with her van" or "going with him": what someone brings, or whom they go with.
    r"\s{0,20}(?:/|;|&|\+|\band\b|\bor\b|\bwith\b(?!\s+(?:him|her|them)\b(?!\s+\w)|\s+(?:his|her|their)\s+(?:van|car)\b))\s{0,20}"
    r"|\s{0,20},\s{0,20}|[ \t]{0,20}\n\s{0,20}",
    re.IGNORECASE,
)
# The last word of a job title: "Drug and Alcohol Worker", "Speech and Language Therapist".
_ROLE_HEAD = re.compile(
    r"\b(?:worker|officer|therapist|nurse|visitor|tutor|practitioner|lead|co-?ordinator|manager|teacher|"
    r"advis[eo]r|mentor|counsell?or|specialist|consultant|assistant|navigator|champion|coach|"
    r"psychologist|paediatrician|doctor|midwife|senco|service|team)s?$",
    re.IGNORECASE,
)
_OPENS_A_PERSON = re.compile(
    r"^(?:" + _FAMILY_ROLES.pattern + r"|" + _NETWORK_ROLES.pattern + r"|(?:mr|mrs|ms|miss|mx|dr)\b\.?)",
    re.IGNORECASE,
)
_AN_AGENCY = re.compile(
    r"\b(?:trust|service|services|team|centre|center|hub|association|project|charity|partnership|council|"
    r"social\s+care|early\s+help)$",
    re.IGNORECASE,
)
# "Carers Trust Heart of England": the agency's word, then the rest of its name.
_AN_AGENCY_NAMED = re.compile(
    r"\b(?:trust|service|services|team|centre|center|hub|association|project|charity|partnership|council)"
    r"(?:$|(?=\s+(?:of\s+|for\s+)?(?-i:[A-Z])))",
    re.IGNORECASE,
)
_AN_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# A person's name as written before their role: "Aisha Begum", "Mr Byrne".
_A_NAME = re.compile(r"[A-Z][\w'\u2019-]*\.?(?: [A-Z][\w'\u2019-]*){0,2}")
# A bullet that opens a line of a list: "- Mum", "• Dad".
_BULLET = re.compile(r"(?m)^[ \t]*[-•*·▪][ \t]+")
_BRACKETED_ROLE = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<role>[^()]*)\)\s*(?:,\s*(?P<agency>[^()]+))?$")
# The person in "with Mum's help" or "with help from Jo (Family Support Worker)" is Mum, or Jo.
_HELP_AROUND = re.compile(
    r"^(?:(?:some\s+)?(?:help|support)\s+(?:from|of|by)\s+)|(?:['\u2019]s\s+(?:help|support))$", re.IGNORECASE
)


# What someone does, written after who they are: "Maureen (Nan) to start it", "Craig (Dad) joins on
# video", "Dawn invited", "Lisa Grant (aunt) minding Ruby", "Pat Gilroy with her van".
_WHAT_THEY_DO = re.compile(
    r"(?<=[\w)])(?:,\s*|\s+)(?:to\s+(?:start|arrange|lead|chair|book|set\s+up|organise|run|host|drive|bring|ring|call|"
    r"phone)\b[^,;]*|joins?\s+(?:on|by|via|in)\b[^,;]*|invited|minding\s+[^,;]*|going\s+with\s+[^,;]*|"
    r"helping\b[^,;]*|with\s+(?:her|his|their)\s+(?:van|car)|driving)$"
    # "Donna (Mum) reminds him at 11.45pm": what a person named with their part does.
    r"|(?<=\))\s+[a-z]+s\s+(?:him|her|them|on|by|at|in|the)\b[^,;]*$"
    # "Tina (Mum) (instalments)": her part in this action, in a second bracket.
    r"|(?<=\))\s*\((?-i:[a-z])[^()]*\)$",
    re.IGNORECASE,
)


def _kind_of(name: str, role: str) -> PersonKind:
    title = role.partition(",")[0].strip()
    kin = _FAMILY_ROLES.search(name) or _NETWORK_ROLES.search(name)
    related = _A_RELATION.search(role.partition(",")[2])
    if _a_role(title) and not _OPENS_A_PERSON.match(title) and not kin and not related:
        # A job title, then the agency: "Priya Shah (Health Visitor, Healthy Child Programme)", "Jo
        # Hill (Support Worker, Young Carers Service)": the words naming whom they serve are no kin.
        # But "Sue Smith (Mentor, Mum's friend)" is one of the family's own, whatever her job.
        return PersonKind.PRACTITIONER
    words = f"{name} {role}"
    if _NETWORK_ROLES.search(words):
        return PersonKind.NETWORK
    if _FAMILY_ROLES.search(words):
        return PersonKind.FAMILY
    if role and not _AN_AGE.fullmatch(role.strip()):
        return PersonKind.PRACTITIONER  # not "Kai Jones (15)": a child, with their age
    return PersonKind.UNKNOWN


_AN_AGE = re.compile(r"(?:aged?\s+)?\d{1,2}(?:\s*(?:yrs?|years?)(?:\s+old)?)?", re.IGNORECASE)


def _and_in_an_agency(text: str, position: int, found: re.Match[str]) -> bool:
    """An "and" (or a "with") in the third part of "name, role, agency" that names no one after it:
    "Children with Disabilities Team"; not "Jo Brown, Health Visitor, and Mum", nor "..., and Sam
    Smith, School Nurse"."""
    if found[0].strip().lower() not in ("and", "with") or text.count(",", position, found.start()) < 2:
        return False
    rest = text[found.end() :]
    following = rest.split(maxsplit=1)[0].lower().strip(".,") if rest.strip() else ""
    return "," not in rest and not _FAMILY_ROLES.fullmatch(following) and following not in TITLES


def _and_in_a_role(text: str, position: int, found: re.Match[str]) -> bool:
    """An "and" inside the job title of "name, role[, agency]": "Jordan Hale, Drug and Alcohol Worker".
    The words after it end the title and name no one; the words before it are no title of
    their own (as "Health Visitor" is in "Jo Brown, Health Visitor and School Nurse")."""
    # After the name, a comma or a dash: "Jordan Hale, Drug ...", "Mrs Hartley - Attendance and ...".
    parts = _NAME_THEN_ROLE.split(text[position : found.start()])
    if found[0].strip().lower() not in ("and", "&") or len(parts) < 2:
        return False
    before = parts[-1].strip()
    # The title runs to the next comma; an agency may follow it ("..., Speech and Language
    # Therapist, Westbury Therapy Service").
    title_end = re.split(r",|\s(?:and|&|\+)\s", text[found.end() :], maxsplit=1)[0].strip(" .")
    # "Speech and Language Therapist (Youth Justice Service)": the agency in brackets ends no title.
    title_end = _AGENCY_IN_BRACKETS.sub("", title_end)
    ends_a_title = bool(_ROLE_HEAD.search(title_end))
    if ends_a_title and _A_SECOND_JOB.fullmatch(title_end) and _ROLE_HEAD.search(before):
        return True  # "Paul Jennings, Mental Health Nurse and care coordinator": one person's two jobs
    if _THEIR_PART.fullmatch(before) and _THEIR_PART.fullmatch(
        re.sub(r"^(?:former|old|close)\s+", "", title_end)
    ):
        return True  # "Pat Gilroy - family friend and former neighbour": two parts one person plays
    if _A_SECOND_HAT.fullmatch(title_end) and (_ROLE_HEAD.search(before) or _A_HEAD.search(before)):
        return True  # "Sarah Jones, Family Support Worker and Lead Practitioner": a second part to play
    someone_else = (
        re.match(r"\s*(?:the|a|an|her|his|their|mr|mrs|ms|miss|mx|dr)\b", text[found.end() :], re.IGNORECASE)
        or _FAMILY_ROLES.search(title_end)
        or _AN_AGENCY.search(title_end)
        or _AN_ACRONYM.match(title_end)
        or re.search(r"\b(?:school|academy|college|nursery)\b", title_end, re.IGNORECASE)
    )
    if re.match(r"(?:deputy\s+|assistant\s+)?head\s+of\b", before, re.IGNORECASE) and not someone_else:
        return True  # "Mr Patel, Head of Inclusion and Special Needs": one department's name
    if before.lower() in _ONE_PERSONS_RELATION and _THE_CARER.fullmatch(title_end):
        return True  # "Karen Price, Nan and Kinship Carer": the relation, and caring for the children
    # "Sarah Jones, Mum and Health Visitor": someone's relation, then a job of its own with nobody
    # named; but "Parent and Family Support Adviser" is one title, and "Mum and Dad's Family Support
    # Worker" one worker.
    whose = re.match(r"\s*[\w-]+['\u2019]s\b", text[found.end() :])
    kin = before.lower() in _ONE_PERSONS_RELATION and not whose
    return bool(before) and ends_a_title and not _ROLE_HEAD.search(before) and not kin


_AGENCY_IN_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|_+)$")  # masked to underscores while cells are split
# A second job in lower case, the same person's ("and care coordinator"); not someone else ("and the
# school nurse", "and her manager") nor a team.
_A_SECOND_JOB = re.compile(r"(?!(?:the|a|an|her|his|their|my|our)\b)[a-z][\w -]*(?<!team)(?<!service)")
# Parts a worker plays beside their job: the plan's lead, a school's safeguarding lead or year head.
_A_SECOND_HAT = re.compile(
    r"(?:lead\s+(?:practitioner|professional|worker)|designated\s+safeguarding\s+lead|dsl|"
    r"(?:deputy\s+|assistant\s+)?head(?:\s+teacher|teacher)?(?:\s+of\s+[\w ]+)?|form\s+tutor|mentor|senco|"
    r"special\s+educational\s+needs\s+co-?ordinator|key\s*worker)",
    re.IGNORECASE,
)
_THE_CARER = re.compile(r"(?:kinship|main|primary|special\s+guardian(?:ship)?)?\s*carer", re.IGNORECASE)
_A_HEAD = re.compile(r"\b(?:head|teacher|tutor)\b(?:\s+of\s+[\w ]+)?$", re.IGNORECASE)
_NAME_THEN_ROLE = re.compile(r",|\s[-–—]\s")
_ONE_PERSONS_RELATION = frozenset(
    [
        "mum",
        "mother",
        "mam",
        "dad",
        "father",
        "nan",
        "nanna",
        "gran",
        "grandma",
        "grandad",
        "granddad",
        "grandmother",
        "grandfather",
        "aunt",
        "auntie",
        "aunty",
        "uncle",
        "sister",
        "brother",
        "cousin",
        "stepmum",
        "stepdad",
        "step-mum",
        "step-dad",
    ]
)


def _a_relationship(text: str) -> bool:
    """ "Mum", "Aunt Sue": a relationship standing for the person."""
    return (
        bool(_FAMILY_ROLES.match(text) or _NETWORK_ROLES.match(text))
        and len(text.split()) <= 3
        and not text[:1].islower()
    )


def _whole_person(before: str) -> bool:
    """A person already complete: with their role ("Jo (FSW)", "Dr Khan - GP", "Jo Brown, FSW"),
    or a relationship standing for them ("Mum", "Aunt Sue")."""
    return before.endswith(")") or bool(re.search(r"\s[-–—]\s|,", before)) or _a_relationship(before)


def _one_of_the_family(before: str) -> bool:
    """ "Mum", "Kayleigh (Mum)": one of the family, who has no agency to follow them."""
    bracket = re.search(r"\(([^()]*)\)$", before)
    return _a_relationship(before) or bool(bracket and _FAMILY_ROLES.search(bracket[1]))


def _a_role(text: str) -> bool:
    return bool(_ROLE_HEAD.search(text)) or bool(_AN_ACRONYM.match(text))


def _between_people(original: str, position: int, found: re.Match[str]) -> bool:
    """Whether a comma or a line break parts two people rather than a name from its role or
    agency. "Mum, Jo (FSW)", "Kayleigh (Mum), Jayden", "Dr Khan - GP, Mum" and "Mum, Dad,
    school" are lists; "Amy Jones, FSW", "Laura Jones, Mum", "Jo Brown, FSW, Youth Zone" (a
    name, a role and its agency, whatever the agency is called) and a name with its role on the
    next line are one person each."""
    before = original[position : found.start()].strip()
    rest = original[found.end() :]
    following = re.split(r"[,\n/;&+]", rest, maxsplit=1)[0].strip()
    # "Carers Trust", "Young Carers Service": an agency named for those it serves, not a carer.
    # "Paul Ives, Family Learning Tutor": a job that opens with a family word, after a name.
    job = _ROLE_HEAD.search(_AGENCY_IN_BRACKETS.sub("", following)) and not _one_of_the_family(before)
    agency = bool(_FAMILY_ROLES.match(following) and (_AN_AGENCY_NAMED.search(following) or job))
    starts_a_person = bool(_OPENS_A_PERSON.match(following)) and not agency
    # "..., Early Help and Mum (Stacey L)": the bracket belongs to whoever comes after the "and".
    following_bracket = "(" in re.split(r"[,\n/;&+]|\band\b", rest, maxsplit=1)[0]
    # "Donna Kirk, Family Support Worker, Greenbank Family Hub (Lead Practitioner)": an agency, then
    # what the worker is to this plan; the bracket is still hers.
    if following_bracket and _AN_AGENCY.search(re.sub(r"\s*\([^()]*\)\s*$", "", following)):
        following_bracket = False
    bracket = re.search(r"\(([^()]*)\)$", before)
    related_already = bracket is not None and _FAMILY_ROLES.search(bracket[1])
    if _WHOSE_RELATION.fullmatch(following) and found[0].strip() == "," and not related_already:
        # "Nan (Linda Walsh), Leanne's mum": how the person before stands to the family; but after
        # "Kayleigh (Mum)", "Jayden's nan" is someone else.
        return False
    if found[0].strip() == "," and _THEIR_PART.fullmatch(following) and not _one_of_the_family(before):
        return False  # "Kerry Dunn, family friend", "Pat Moss, neighbour": who she is to the family
    if "\n" in found[0]:
        return _whole_person(before) or starts_a_person or following_bracket
    if _whole_person(before):
        if starts_a_person or following_bracket:
            return True
        return _one_of_the_family(before) and not _a_role(following)
    # "Mrs Smith, Mr Smith (Dad)"; but "SENCO, Mr Byrne" names who holds the role.
    if (
        starts_a_person
        and not _FAMILY_ROLES.fullmatch(following)
        and not _a_role(before)
        and not _a_role(following)
    ):
        return True
    if _AN_AGENCY.search(before) and not _FAMILY_ROLES.search(before):
        return False  # "Children's Social Care, Priya Shah (Social Worker)": the agency, then its worker
    # "Josh, Aisha Begum (Family Practitioner)": a name with a role of its own is someone else.
    named = re.match(r"([^()]*)\(([^()]*)", following)
    if named is None or _a_role(name := named[1].strip()) or not _A_NAME.fullmatch(name):
        return False
    return _a_role(named[2].partition(",")[0].strip())


_THEIR_PART = re.compile(r"(?:a\s+|the\s+)?(?:family\s+)?(?:" + _NETWORK_ROLES.pattern + ")", re.IGNORECASE)
_WHOSE_RELATION = re.compile(
    r"[A-Z][\w-]*['\u2019]s\s+(?:" + _FAMILY_ROLES.pattern + "|" + _NETWORK_ROLES.pattern + ")", re.IGNORECASE
)
TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr"])
"""The titles a person's name may start with, in lower case."""


def split_who(text: str) -> list[tuple[int, int, str]]:
    """The people in a "who" cell, as spans: "Susan (Parent) / Ben (Young person)" is two."""
    parts: list[tuple[int, int, str]] = []
    text = _BULLET.sub(lambda m: " " * len(m[0]), text)  # same length: every span stays put
    depth_safe = re.sub(r"\([^()]*\)", lambda m: "_" * len(m[0]), text)
    position = 0
    # "Jo Lees / Housing Officer / Riverside Homes": a spaced slash between a name and its job, as
    # some systems export a worker, parts as a comma does ("Mum / Dad" are still two people).
    commas = _SPACED_SLASH.sub(" , ", text)
    for m in _SPLIT_PEOPLE.finditer(depth_safe):
        spaced_slash = _SPACED_SLASH.fullmatch(m[0]) is not None
        if m[0].strip() in (",", "") and not _between_people(text, position, m):
            continue  # "Amy Jones, Family Support Worker": a name and its role
        if spaced_slash and not _between_people(commas, position, m):
            continue
        if _and_in_an_agency(depth_safe, position, m) or _and_in_a_role(depth_safe, position, m):
            continue  # "Wayne Hill, Home Safety Officer, Fire and Rescue Service": the agency's "and"
        parts.append((position, m.start(), text[position : m.start()]))
        position = m.end()
    parts.append((position, len(text), text[position:]))
    return [(start, end, part) for start, end, part in parts if part.strip()]


def parse_who(text: str) -> list[Responsible]:
    """People named in a "who" cell, with the role written beside each."""
    from familyplan.plan.models import Responsible  # here, so that checking a statement never loads pydantic

    return [Responsible(name=name, role=role, kind=kind) for _, name, role, kind in people_in(text)]


_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]+")
# "Family Support Worker – Kelly Brown": a job, a dash, then who holds it.
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>[^,()]+?)\s+[-–—]\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})(?=,|$)"
)


def _name_first(m: re.Match[str]) -> str:
    """The name before the job, when a dash parts a job from the name after it; as written otherwise."""
    if _a_role(m["role"].strip()) and not _a_role(m["name"]):
        return f"{m['name']}, {m['role'].strip()}"
    return m[0]


# "Priya Shah (Social Worker)", "Priya Shah, Social Worker": who works at the agency written before them.
_WORKER = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,2})\s*(?:\((?P<job>[^()]+)\)|,\s*(?P<title>[^,]+))$"
)


def _worker_first(name: str, role: str) -> tuple[str, str]:
    """ "Children's Social Care, Priya Shah (Social Worker)": the worker, then their job and agency."""
    worker = _WORKER.match(role) if _AN_AGENCY.search(name) and not _FAMILY_ROLES.search(name) else None
    if worker is None or not _a_role((worker["job"] or worker["title"]).strip()):
        return name, role
    return worker["name"], f"{(worker['job'] or worker['title']).strip()}, {name}"


def _role_first(name: str, role: str) -> tuple[str, str]:
    """ "SENCO, Mr Byrne", "School Nurse, Mrs Wood, Oak Primary": the job, then who holds it (and
    their agency). Only with a title: "Youth Worker, Positive Steps" names an agency as a person
    would be named."""
    first, _, rest = role.partition(",")
    first = first.strip()
    titled = first.split(" ", 1)[0].lower().rstrip(".") in TITLES and " " in first
    if not titled or not (_a_role(name) or _AN_ACRONYM.match(name)) or _FAMILY_ROLES.search(name):
        return name, role
    return first, ", ".join(filter(None, (name, rest.strip())))


@lru_cache(maxsize=8192)
def people_in(text: str) -> tuple[tuple[tuple[int, int, str], str, str, PersonKind], ...]:
    """Each person in a "who" cell: (their span, name, role, kind), worked out once per text."""
    people = []
    for span in split_who(text):
        # A role on the line after the name, or after a dash of any length, is as if after a comma.
        part = _SPACED_SLASH.sub(", ", span[2].strip().strip(",."))
        part = _ROLE_THEN_NAME.sub(lambda m: _name_first(m), part)
        part = re.sub(r"\s*\n\s*|\s+[-–—]\s+", ", ", part)
        part = _HELP_AROUND.sub("", part).strip()
        part = _WHAT_THEY_DO.sub("", part).strip()
        part = re.sub(r"^(?:then|or|also|plus)\s+", "", part, flags=re.IGNORECASE)  # "Mum, then Aunty Jo"
        if part.lower() in ("help", "support", "some help", "some support"):
            continue  # "Mum with help": nobody more is named
        if (m := _BRACKETED_ROLE.match(part)) and "," not in m["name"]:
            # "Mrs March (Head of Year 6), Hill School": the agency belongs with the role.
            name, role = m["name"].strip(" ,-"), ", ".join(filter(None, (m["role"].strip(), m["agency"])))
        elif "," in part:
            name, _, role = part.partition(",")
            name, role = name.strip(), role.strip()
        else:
            name, role = part, ""
        if not name:
            name, role = role, ""
        name, role = _worker_first(*_role_first(name, role))
        people.append((span, name[:500], role[:500], _kind_of(name, role)))
    return tuple(people)
