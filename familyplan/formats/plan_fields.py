"""The plan's own details written around its table: "Family name: Robinson", "Lead practitioner |
Chloe Hart", "Date of plan: 02/02/2026".

Case systems print such a block above the plan table: a sheet's first rows, a Word document's
paragraphs, or a table of two columns. Read, they give the plan its family, its lead (whom the
quality report looks for), its next review date and the day it was made. That day matters for
dates written with no year ("by 10 March"): they are the next such day on or after the plan was
made, not after the day it is checked, so a plan from an archive is judged as it was written.

A labelled line the plan has no place for ("Address:", "NHS number:") is reported, not dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from familyplan.formats.cells import normalise
from familyplan.formats.errors import RowProblem
from familyplan.plan.models import FamilyMember, Practitioner
from familyplan.plan.parsing import find_dates
from familyplan.plan.who_cells import parse_who

FAMILY, REFERENCE, STARTED, NEXT_REVIEW, LEAD = "family", "reference", "started", "next_review", "lead"
CHILD, CONTINGENCY, STRENGTHS, WORRIES = "child", "contingency", "strengths", "worries"
VIEWS = "views"
# "Ruby's views", "Child's voice", "Views of the young person": whose, if a name is given.
_VIEWS_LABEL = re.compile(
    r"^(?:(?P<whose>[^\W\d_]+(?: [^\W\d_]+)?) s |the )?(?:views?|voice|wishes and feelings)(?: and wishes)?$|"
    r"^(?:views?|voice|wishes and feelings) of (?:the )?(?P<of>child|young person|children|family)$"
)
# Labels as normalise() leaves them: lower case, no punctuation.
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    # "Family Plan: Nowak" is a title that names the family.
    (
        FAMILY,
        re.compile(r"^(?:(?:early help )?family plan|family(?: sur ?name| name)?s?|surname|household name)$"),
    ),
    (
        REFERENCE,
        re.compile(
            r"^(?:(?:family|case|household|client|system|lcs|mosaic|eclipse|ehm)(?: s)? )?"
            r"(?:ref|reference|id|number|no)(?: (?:no|number))?$"
        ),
    ),
    (
        STARTED,
        re.compile(
            r"^(?:date(?: of)?(?: the)?(?: family)? plan|"
            r"(?:family )?plan(?: start| agreed| created| made)? date|"
            r"(?:plan )?start(?:ed)? date|date(?: plan)? (?:started|agreed|created|made|opened)|"
            r"(?:plan )?(?:started|agreed|created)(?: on)?|date)$"
        ),
    ),
    (
        NEXT_REVIEW,
        re.compile(
            r"^(?:plan )?(?:next |planned )?review(?: meeting)? (?:date|due|on|by)$|"
            # The plan is reviewed at the next Team Around the Family meeting: "Date of next TAF meeting".
            r"^(?:date (?:of|for) (?:the )?)?next (?:review|taf|tac|team around the family|core group)"
            r"(?: review)?(?: meeting)?(?: date)?$"
        ),
    ),
    (
        LEAD,
        re.compile(
            r"^(?:lead|key|allocated|named) (?:practitioner|professional|worker|person)(?: s)?(?: name)?$|"
            r"^(?:practitioner|keyworker|lead|allocated to)$"
        ),
    ),
    (CHILD, re.compile(r"^(?:child(?: s)?|young person(?: s)?)(?: full)? name$|^name of (?:the )?child$")),
    (CONTINGENCY, re.compile(r"^contingency(?: plan)?$|^plan b$")),
    (STRENGTHS, re.compile(r"^(?:strengths?|what s (?:working|going) well|what is (?:working|going) well)$")),
    (WORRIES, re.compile(r"^(?:worries|concerns|what (?:are we|we are) worried about)$")),
    (VIEWS, _VIEWS_LABEL),
]
# Whose views a label names when it names no one by name: "the child" ("Child's views", "Views of
# the young person"), whom the plan's one child is; or nobody in particular, the family's views.
THE_CHILD = "the child"
_A_CHILD = {"child", "children", "young person"}
_NOBODY = {"family", "person", "parent", "parents"}
# Labels that open a sentence in a document's text, not a detail: "Please note: this plan is shared".
_PROSE = {"please note", "note", "notes", "nb", "important", "remember", "please", "tip", "example", "eg"}
_SENTENCE_WORDS = re.compile(
    r"\b(?:if|when|is|are|was|were|will|would|can|could|should|has|have|had|we|i|you|he|she|they|it|this|that)\b"
)
# A value that stands for nothing yet: "To be allocated", "N/A", "TBC", "-".
_PLACEHOLDER = re.compile(
    r"(?:n/?a|none|nil|tbc|tba|tbd|to be (?:allocated|confirmed|agreed|decided|arranged)|vacant|"
    r"un ?allocated|not (?:yet )?(?:allocated|known|applicable|recorded)|awaiting allocation|unknown|"
    r"pending|-+|\?+|x+|\.+|_+)",
    re.IGNORECASE,
)
# A title over the plan: "Early Help Family Plan - Robinson family", "The Okafor Family". The
# word after "family" must end the title or a part of it: "Think Family Plan", "Team Around the
# Family Plan" name no family.
_FAMILY_IN_TITLE = re.compile(
    r"\b(?:[Tt]he )?([A-Z][a-z\u2019'-]*[a-z](?:[- ][A-Z][a-z\u2019'-]*[a-z])?) [Ff]amily"
    r"\s*(?=$|[-\u2013\u2014:|()])"
)
_NOT_A_FAMILY_NAME = {"early", "help", "the", "our", "my", "your", "this", "whole", "team", "think"}
_NO_PLACE = "the plan has no place for '{label}', so it was not read"
_NOT_READ = "not a labelled detail of the plan ('Label: value'), so it was not read"
_NO_DATE = "'{label}' holds no date with its year, so it was not read"
_SIGNED = (
    "'{label}' under the plan is the day it was signed or agreed, not the day it was made, so it was not read"
)
_NOT_A_NAME = "'{label}' does not read as a name, so it was not read"
# A heading's label over a part of the plan, not a detail: "Section A: Children's needs".
_SECTION = re.compile(r"(?:section|part|stage|phase|area|domain|theme|priority|step)\b", re.IGNORECASE)
# Where the plan is signed, as normalise() leaves it: "Signed (parent)", "Parent/carer signature".
_SIGNATURE_LABEL = re.compile(
    r"^(?:[\w/]+ ){0,3}signatures?$|^signed(?: off)?(?: by)?(?: [\w/]+){0,3}$|^signature of(?: [\w/]+){1,3}$"
)
# What a goal is written as, not a title or a detail: "Sam will...", "Will be in school every day."
A_SENTENCE = re.compile(r"\bwill\b|[.!?]$", re.IGNORECASE)
# A name: a few words, with no figures, lists or brackets.
_A_NAME = re.compile(r"[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,3}")


@dataclass
class PlanFields:
    family_name: str = ""
    family_reference: str = ""
    started_on: dt.date | None = None
    next_review_date: dt.date | None = None
    lead: Practitioner | None = None
    children: list[FamilyMember] = field(default_factory=list)
    contingency: str = ""
    strengths: list[str] = field(default_factory=list)
    worries: list[str] = field(default_factory=list)
    # (whose, what they said): "Ruby's views: ..." is Ruby's; whose is THE_CHILD for "Child's views",
    # "" when no one is named.
    views: list[tuple[str, str]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def fill(self, other: PlanFields) -> None:
        """Take from ``other`` the details this has not got (the first block's win), not its problems."""
        self.family_name = self.family_name or other.family_name
        self.family_reference = self.family_reference or other.family_reference
        self.started_on = self.started_on or other.started_on
        self.next_review_date = self.next_review_date or other.next_review_date
        self.lead = self.lead or other.lead
        self.contingency = self.contingency or other.contingency
        self.children += other.children
        self.strengths += other.strengths
        self.worries += other.worries
        self.views += other.views


def label_of(text: str) -> str | None:
    """Which of the plan's details a label names ("Date of plan:", "Lead Practitioner"), if any."""
    said = normalise(text)
    return next((key for key, pattern in _LABELS if pattern.match(said)), None)


def _signs(label: str) -> bool:
    return bool(_SIGNATURE_LABEL.match(normalise(label)))


def _colon_pair(cell: str) -> tuple[str, str] | None:
    label, colon, value = cell.partition(":")
    if not colon or not label.strip() or len(label.split()) > 6 or any(c.isdigit() for c in label):
        return None  # not "10:30am", nor a sentence with a colon in it
    return label.strip(), value.strip()


def _colon_pairs(cell: str) -> list[tuple[str, str]] | None:
    """ "Lead practitioner: Sam Lee Date of plan: 3 March 2025", details run on in one line (a
    document's tab read as a space): cut where the words before a colon are a label of the plan."""
    first = _colon_pair(cell)
    if first is None:
        return None
    label, rest = first
    pairs = []
    while ":" in rest:
        before, _, after = rest.partition(":")
        words = before.split()
        cut = next((k for k in range(min(6, len(words)), 0, -1) if label_of(" ".join(words[-k:]))), None)
        if cut is None:
            break
        pairs.append((label, " ".join(words[:-cut])))
        label, rest = " ".join(words[-cut:]), after.strip()
    return [*pairs, (label, rest.strip())]


def _pairs(cells: Sequence[str]) -> list[tuple[str, str]] | None:
    """A line as (label, value) pairs: "Family: Robinson" in one cell, "Family: | Robinson",
    "Family | Robinson | Lead | Chloe Hart"; None if it is not written so."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return None
    each = [_colon_pairs(c) for c in filled]
    if all(each):
        return [pair for pairs in each if pairs for pair in pairs]
    if len(filled) % 2:
        return None
    pairs = list(zip(filled[::2], filled[1::2], strict=True))
    # Two cells, the first a short name for the second: "School | Hill School".
    named = len(pairs) == 1 and len(filled[0].split()) <= 4 and not any(c.isdigit() for c in filled[0])
    labelled = named or all(label.endswith(":") or label_of(label) or _signs(label) for label, _ in pairs)
    return [(label.rstrip(": "), value) for label, value in pairs] if labelled else None


def is_labelled(cells: Sequence[str]) -> bool:
    """Whether a line is written "Label: value" ("Child's name: Sam Robinson"), not a header."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and (filled[0].endswith(":") or _colon_pair(filled[0]) is not None)


def is_detail_row(cells: Sequence[str]) -> bool:
    """Whether a row among a plan's rows is one of its details ("Next review date: 01/02/2027",
    "Next review date | 03/02/2027"): each label names a detail of the plan. Read with ``below``:
    there a date the plan was made or agreed is the day it was signed."""
    pairs = _pairs(cells)
    return bool(pairs) and all(label_of(label) for label, _ in pairs or ())


def is_signature_line(cells: Sequence[str]) -> bool:
    """Whether a line is where the plan was signed or agreed: "Signed (parent): Anna Nowak<tab>Date:
    03/12/2026", "Date agreed: 03/12/2026". It ends a contingency plan written above it."""
    pairs = _pairs(cells)
    return bool(pairs) and any(_signs(label) or label_of(label) == STARTED for label, _ in pairs or ())


def unplaced_line(text: str, place: str) -> RowProblem | None:
    """ "Address: 3 Elm Road" under a plan's rows, alone in its first cell: reported as a line the
    plan has no place for, when it is written as a label and a value that is not a sentence (not
    "Health: Sam will see the dentist", a goal)."""
    pair = _colon_pair(text)
    if pair is None or not _a_label(pair[0]) or _SECTION.match(pair[0]) or A_SENTENCE.search(pair[1]):
        return None  # a goal, or a heading over the plan's rows ("Section A: Children's needs")
    return RowProblem(place, _NO_PLACE.format(label=pair[0]), pair[1][:500])


def paragraph_cells(text: str) -> list[str]:
    """A paragraph's parts, where a document lays out several details on one line with tabs or
    spaces: "Family: Robinson<tab>Lead practitioner: Chloe Hart"."""
    return re.split(r"\t+| {3,}", text.strip())


def read_fields(
    rows: Sequence[Sequence[str]], where: str, *, whole: bool = True, first: int = 1, below: bool = False
) -> PlanFields:
    """The plan's details in these rows, with what could not be read.

    ``whole``: the rows are the whole of what is around the plan (a sheet's rows above it, a table
    of their own), so each row is read or reported; otherwise (a document's paragraphs) lines that
    are not "Label: value" are prose and left alone, and so is a sentence opening "Please note:".
    ``first`` numbers the first row. ``below``: the rows are under the plan, where "Date" or "Date
    agreed" is the day it was signed, not the day it started, and no line is its title."""
    fields = PlanFields()
    opening = not below  # the first line may be the title
    for number, cells in enumerate(rows, start=first):
        if not any(c.strip() for c in cells):
            continue
        place = f"{where}, row {number}" if whole else where
        pairs = _pairs(cells)
        if pairs is None:
            _title(fields, cells, place, whole, opening)
        for label, value in pairs or ():
            if below and label_of(label) == STARTED:
                # The plan was made before anyone signed under it: "Date agreed" there is the signing.
                fields.problems.append(RowProblem(place, _SIGNED.format(label=label.strip()), value[:500]))
                continue
            _read(fields, label, value, place, whole or _a_label(label))
        opening = False
    return fields


def _a_label(label: str) -> bool:
    """Whether the words before a colon in a document's text label a detail ("Address", "NHS
    number"), not open a sentence ("Please note", "If Dad is ill: Nan will come")."""
    words = normalise(label)
    return len(words.split()) <= 4 and words not in _PROSE and not _SENTENCE_WORDS.search(words)


def _title(fields: PlanFields, cells: Sequence[str], place: str, whole: bool, opening: bool) -> None:
    """A line that is not "Label: value": the file's title (the first line, or one naming the plan),
    which may name the family; anything else is reported where every line is read or reported."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 1 and (opening or "plan" in filled[0].lower()):
        found = (m[1] for m in _FAMILY_IN_TITLE.finditer(filled[0]) if not m[1].endswith(("'s", "\u2019s")))
        name = next((n for n in found if n.split()[0].lower() not in _NOT_A_FAMILY_NAME), "")
        fields.family_name = fields.family_name or name
        return
    if whole:
        fields.problems.append(RowProblem(place, _NOT_READ, " | ".join(filled)[:500]))


def _read(fields: PlanFields, label: str, value: str, place: str, whole: bool) -> None:
    key = label_of(label)
    value = value.strip()
    if not value or _PLACEHOLDER.fullmatch(value.strip(" .")):
        return  # nothing yet: the plan has no lead, no reference... and the checker says so
    if key is None:
        if whole:
            fields.problems.append(RowProblem(place, _NO_PLACE.format(label=label.strip()), value[:500]))
        return
    if key in (FAMILY, LEAD, CHILD):
        _read_name(fields, key, label, value, place, whole)
    elif key == REFERENCE:
        fields.family_reference = fields.family_reference or value[:50]
    elif key == CONTINGENCY:
        fields.contingency = fields.contingency or value
    elif key in (STRENGTHS, WORRIES):
        getattr(fields, key).append(value)
    elif key == VIEWS:
        found = _VIEWS_LABEL.match(normalise(label))
        whose = (found and (found["whose"] or found["of"])) or ""
        fields.views.append((THE_CHILD if whose in _A_CHILD else "" if whose in _NOBODY else whose, value))
    else:
        dates, _ = find_dates(value)
        day = next((d.date for d in dates if d.year_given), None)
        if day is None:
            if whole:
                fields.problems.append(RowProblem(place, _NO_DATE.format(label=label.strip()), value[:500]))
        elif key == STARTED:
            fields.started_on = fields.started_on or day
        else:
            fields.next_review_date = fields.next_review_date or day


def _read_name(fields: PlanFields, key: str, label: str, value: str, place: str, whole: bool) -> None:
    """The family's name, the lead practitioner or a child: a name, or reported as not one ("Family:
    Mum (Kirsty), Sam (8)" is a list of people)."""
    if key == LEAD:
        fields.lead = fields.lead or _lead(value)
        return
    # "Sam Robinson (8)", "Sam Robinson DOB 02/03/2015": the name before the age or date of birth.
    name = re.split(r"\s*[(]|\s+(?:dob|d\.o\.b\.?|born|aged?)\b", value, maxsplit=1, flags=re.IGNORECASE)[0]
    if key == FAMILY:
        name = re.sub(r"(?i)^the\s+|\s+family$", "", name)
        if not _A_NAME.fullmatch(name) or "(" in value:
            if whole:
                fields.problems.append(
                    RowProblem(place, _NOT_A_NAME.format(label=label.strip()), value[:500])
                )
            return
        fields.family_name = fields.family_name or name[:200]
    elif _A_NAME.fullmatch(name):
        fields.children.append(FamilyMember(name=name[:200], relationship="child", is_child=True))
    elif whole:
        fields.problems.append(RowProblem(place, _NOT_A_NAME.format(label=label.strip()), value[:500]))


# "Hart, Chloe" or "HART, Chloe (Early Help Worker)": a case system's surname first.
_SURNAME_FIRST = re.compile(r"([^\W\d_][\w'\u2019-]+),\s*((?-i:[A-Z][a-z][\w'\u2019-]*))\s*(\(.*\))?")


def _lead(value: str) -> Practitioner | None:
    if found := _SURNAME_FIRST.fullmatch(value.strip()):
        surname = found[1].title() if found[1].isupper() else found[1]
        value = f"{found[2]} {surname} {found[3] or ''}".strip()
    people = parse_who(value)
    if not people or not re.search(r"[^\W\d_]{2}", people[0].name):
        return None
    person = people[0]
    return Practitioner(name=person.name[:200], role=person.role[:200], is_lead=True)


def is_fields_table(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table not of the plan is a block of the plan's details: most of its rows labelled,
    and at least one label a detail of the plan."""
    pairs = [_pairs(row) for row in rows]
    labelled = [p for p in pairs if p]
    return 2 * len(labelled) > len(rows) and any(label_of(label) for p in labelled for label, _ in p)
