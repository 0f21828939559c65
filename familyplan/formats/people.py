"""Tables of the people in a plan, as case systems export them beside the plan table.

The family ("Name | Date of birth | Relationship to child | Lives in household?") and the
professionals involved ("Name | Role | Agency | Phone | Lead professional?") are read into the
plan's family members and practitioners. The checker then knows the family by name, as seed 000
asks a plan to name people with their roles, and knows who leads; and every row is read or
reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from familyplan.formats.cells import normalise
from familyplan.formats.errors import RowProblem
from familyplan.plan.models import FamilyMember, Practitioner
from familyplan.plan.parsing import find_dates

SIGNED, SURNAME, FAMILY_NAME = "signed", "surname", "family_name"
NAME, RELATIONSHIP, BORN, AGE, ROLE, AGENCY, CONTACT, LEAD = (
    "name",
    "relationship",
    "born",
    "age",
    "role",
    "agency",
    "contact",
    "lead",
)
_COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    (SIGNED, re.compile(r"\bsignature\b|\bsigned\b|\bsign\b")),
    (SURNAME, re.compile(r"^(?:last|sur|family) ?name\b")),
    (LEAD, re.compile(r"\blead\b|\bkey worker\b")),
    # The name column of a table of the family: "Child's name", "Family member".
    (
        FAMILY_NAME,
        re.compile(r"^(?:child|children|young person|parent|carer)'?s?\b.*\bnames?$|^family members?$"),
    ),
    (
        NAME,
        re.compile(
            r"^(?:full |first |given |person'?s? )?names?\b|\bname$|"
            r"^forenames?$|^professional$"
        ),
    ),
    (RELATIONSHIP, re.compile(r"\brelationship\b|\brelation\b")),
    (BORN, re.compile(r"\bdate of birth\b|^d\.?\s?o\.?\s?b\.?$|\bborn\b")),
    (AGE, re.compile(r"^age\b")),
    (ROLE, re.compile(r"\brole\b|\bjob title\b|\bposition\b|\bprofession\b|\bdesignation\b")),
    (AGENCY, re.compile(r"\bagency\b|\borgani[sz]ation\b|\bservice\b|\bteam\b|\bemployer\b|\bschool\b")),
    (CONTACT, re.compile(r"\bcontact\b|\bphone\b|\btelephone\b|\bemail\b|\bmobile\b")),
]
_CHILD = re.compile(
    r"\b(?:son|daughter|child|young person|baby|step-?(?:son|daughter)|grandson|granddaughter|"
    r"brother|sister|sibling|half-?(?:brother|sister)|subject)\b",
    re.IGNORECASE,
)
_FAMILY = re.compile(
    r"\b(?:mum|mam|mother|dad|father|parent|carer|step-?(?:mum|dad)|grand\w*|nan|gran|aunt\w*|uncle|"
    r"son|daughter|child|young person|baby|brother|sister|sibling)\b",
    re.IGNORECASE,
)
_PROFESSIONAL = re.compile(
    r"\b(?:worker|officer|nurse|visitor|teacher|police|pc|doctor|gp|practitioner|co-?ordinator|manager|"
    r"senco|head|therapist|counsell?or|mentor|advis[eo]r|consultant|specialist|midwife|paediatrician|"
    r"psychologist|dsl|fsw|lead professional|key worker)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^(?:(?:y|yes|true|x|lead)\b|[✓✔☑√])", re.IGNORECASE)
_ADULT_AGE = 18


@dataclass
class People:
    """What a table of people holds: the family, the professionals, and the rows not read."""

    family_members: list[FamilyMember] = field(default_factory=list)
    practitioners: list[Practitioner] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _columns(row: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        text = normalise(cell)
        if not text or len(text.split()) > 8:
            continue
        kind = next((kind for kind, pattern in _COLUMNS if pattern.search(text)), None)
        if kind is not None and kind not in found:
            found[kind] = index
    if FAMILY_NAME in found:
        found.setdefault(NAME, found[FAMILY_NAME])  # "Child's name" is the name column too
    return found


def _kind_of_table(columns: dict[str, int]) -> str | None:
    if SIGNED in columns:
        return None  # a table signed by those at a meeting says who agreed, not who they are
    if len(set(columns.values())) < 2:
        # One title and a value ("Child's name | Sam Robinson (8)") is a labelled detail of the
        # plan, not the header of a table of people, which names at least two of its columns.
        return None
    if FAMILY_NAME in columns:
        return "family"
    if NAME not in columns:
        return None
    # "Name | Date of birth | School" is the family; "Name | Role | Agency" the professionals.
    if ROLE not in columns and (RELATIONSHIP in columns or BORN in columns or AGE in columns):
        return "family"
    if ROLE in columns or AGENCY in columns:
        return "practitioners"
    return None


def names_people(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table opens with the header of a table of people."""
    return any(_kind_of_table(_columns(row)) is not None for row in rows[:5])


def read_people(rows: Sequence[Sequence[str]], where: str, today: dt.date | None) -> People | None:
    """The people in a table whose header (in one of its first rows) names them; None for any
    other table. Columns the plan has no place for are reported, once for the table."""
    for index, row in enumerate(rows[:5]):
        columns = _columns(row)
        kind = _kind_of_table(columns)
        if kind is None:
            continue
        body = [cells for cells in rows[index + 1 :] if any(c.strip() for c in cells)]
        if kind == "practitioners" and _roles_are_family(body, columns):
            kind, columns = "family", {**columns, RELATIONSHIP: columns[ROLE]}
        people = People()
        for number, cells in enumerate(rows[index + 1 :], start=index + 2):
            if any(c.strip() for c in cells):
                _read_row(people, kind, columns, cells, f"{where}, row {number}", today or dt.date.today())
        unread = [c.strip() for i, c in enumerate(row) if c.strip() and i not in _used(kind, columns)]
        if unread:
            reason = (
                f"these columns have no place in the plan, so their text was not read: {', '.join(unread)}"
            )
            people.problems.append(RowProblem(where, reason[:500]))
        return people
    return None


def _roles_are_family(body: Sequence[Sequence[str]], columns: dict[str, int]) -> bool:
    """ "Name | Role": Mum, Dad and Child in the role column make it the family, not professionals."""
    roles = [_cell(cells, columns, ROLE) for cells in body]
    family = [r for r in roles if r and _FAMILY.search(r)]
    return bool(family) and 2 * len(family) >= len([r for r in roles if r])


def _used(kind: str, columns: dict[str, int]) -> set[int]:
    read = (
        {NAME, SURNAME, RELATIONSHIP, BORN, AGE}
        if kind == "family"
        else {NAME, SURNAME, ROLE, AGENCY, CONTACT, LEAD}
    )
    return {index for key, index in columns.items() if key in read}


def _cell(cells: Sequence[str], columns: dict[str, int], kind: str) -> str:
    index = columns.get(kind)
    return " ".join(cells[index].split()) if index is not None and index < len(cells) else ""


def _read_row(
    people: People, kind: str, columns: dict[str, int], cells: Sequence[str], where: str, today: dt.date
) -> None:
    name = " ".join(filter(None, (_cell(cells, columns, NAME), _cell(cells, columns, SURNAME))))
    text = " | ".join(c.strip() for c in cells if c.strip())[:500]
    if not name:
        people.problems.append(RowProblem(where, "no name in this row of people, so it was not read", text))
        return
    try:
        if _row_kind(kind, columns, cells) == "family":
            people.family_members.append(_member(name, columns, cells, today))
        else:
            lead = _YES.match(_cell(cells, columns, LEAD)) is not None and not any(
                p.is_lead for p in people.practitioners
            )
            people.practitioners.append(
                Practitioner(
                    name=name,
                    role=_cell(cells, columns, ROLE) or _cell(cells, columns, RELATIONSHIP),
                    agency=_cell(cells, columns, AGENCY),
                    contact=_cell(cells, columns, CONTACT),
                    is_lead=lead,
                )
            )
    except ValidationError as error:
        reason = "; ".join(str(e["msg"]) for e in error.errors()[:2])
        people.problems.append(RowProblem(where, f"not read: {reason}", text))


def _row_kind(kind: str, columns: dict[str, int], cells: Sequence[str]) -> str:
    """Family or professional, row by row, for a list that mixes them ("Name | Role /
    relationship": Kate Ross, Social Worker; Pat, Nan): the words beside the name decide, then
    the table's kind."""
    said = _cell(cells, columns, ROLE) or _cell(cells, columns, RELATIONSHIP)
    if said and _FAMILY.search(said):
        return "family"
    if said and _PROFESSIONAL.search(said):
        return "practitioners"
    return kind


def _member(name: str, columns: dict[str, int], cells: Sequence[str], today: dt.date) -> FamilyMember:
    relationship = _cell(cells, columns, RELATIONSHIP) or _cell(cells, columns, ROLE)
    written = _cell(cells, columns, BORN)
    # "14-Jun-2005" as "14 Jun 2005"; a year alone gives an age, near enough to tell a child.
    dates, _ = find_dates(re.sub(r"(?<=\w)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\d)", " ", written), today)
    born = next((d.date for d in dates if d.year_given and d.date <= today), None)
    age_text = _cell(cells, columns, AGE)
    age = int(age_text) if age_text.isdigit() else None
    if born is None and re.fullmatch(r"(?:19|20)\d\d", written) and int(written) <= today.year:
        age = today.year - int(written)
    member = FamilyMember(name=name, relationship=relationship, date_of_birth=born)
    years = member.age_on(today) if born else age
    child = years < _ADULT_AGE if years is not None else bool(_CHILD.search(relationship))
    return member.model_copy(update={"is_child": child})
