"""Acronyms the family may not know, each with what it stands for: a warning in a statement the
family must read and agree to (seed 002: outcomes avoid "vague professional acronyms"), a hint for
a role said only as one in a who cell (seed 000: "avoid acronyms like HV"; other acronyms there, such as
an agency's, are a hint), and a statement
written in them a warning of its own, since the family cannot read it at all."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import KIN, Span
from familyplan.smart.language import acronyms_in as _acronyms_in
from familyplan.smart.statement_rules.statement import Statement, _whole, matcher

# A statement is written in acronyms when two left unexplained come one in every seven words or
# closer, or three or more one in every ten: a sentence that names a CAMHS appointment and the
# school's SENCO can still be read around them; "IDVA to complete DASH and refer to MARAC" cannot.
_TWO_WITHIN, _THREE_WITHIN = 7, 10

# After a word in capitals, what makes it a tool's name: "GAD-7", "the AUDIT score", "the SDQ scale".
_A_TOOLS_NAME = re.compile(
    r"-\d|\s+(?:scores?|scales?|scoring|ratings?|tool|questionnaire|screening|screen|test)\b", re.IGNORECASE
)
# "TJ", "AJ": a name made of two initials, as families call a child.
_INITIALS_AS_A_NAME = re.compile(r"[A-Z]J")


def unexplained(s: Statement) -> list[tuple[Span, str]]:
    """The acronyms a family may not know, each with what it stands for where the catalogue says
    (worked out once a statement: three rules ask)."""
    if "acronyms" not in s.memo:
        s.memo["acronyms"] = _unexplained(s)
    found: list[tuple[Span, str]] = s.memo["acronyms"]
    return found


def _unexplained(s: Statement) -> list[tuple[Span, str]]:
    found = []
    acronyms = s.catalogue.acronyms
    for span in _acronyms_in(s.text, s.catalogue.known_abbreviations):
        if len(set(span.text.rstrip("s"))) == 1 or _INITIALS_AS_A_NAME.fullmatch(span.text):
            continue  # "XX", "XXX": a name left out on purpose, not an abbreviation
        expansion = acronyms.get(span.text.rstrip("s").upper()) or acronyms.get(span.text)
        if (
            not expansion
            and w.is_english_word(span.text.lower())
            and not _A_TOOLS_NAME.match(s.text, span.end)
        ):
            continue  # "PLAN", "PLEASE": a capitalised word, not an abbreviation; but "AUDIT score", "GAD-7"
        if expansion and _said_in_words_before(s.text, span, expansion):
            continue  # "the children's mental health service (CAMHS)": what it is, in the family's words
        found.append((span, expansion or ""))
    return found


_SMALL_WORDS = w.word_set("and of the for to in a an on with at by")


def _said_in_words_before(text: str, span: Span, expansion: str) -> bool:
    """The acronym in brackets after words that say what it stands for: two or more of its own words
    ("mental", "health", "service") just before the bracket."""
    if not (text[: span.start].rstrip().endswith("(") and text[span.end : span.end + 1] == ")"):
        return False
    before = {
        t.rstrip("s") for t in re.findall(r"[a-z]+", text[max(0, span.start - 60) : span.start].lower())
    }
    meant = {t.rstrip("s") for t in re.findall(r"[a-z]+", expansion.lower()) if t not in _SMALL_WORDS}
    return len(before & meant) >= 2


def _acronym_hits(s: Statement, roles: bool | None = None) -> list[Hit]:
    """Each acronym's finding; with ``roles`` set, only those that stand as someone's role (True) or
    only the others (False)."""
    return [
        Hit(
            span,
            {
                "match": span.text,
                "expansion": f" ({span.text} = {expansion})" if expansion else "",
                "expansion_suggestion": f': "{expansion}"' if expansion else "",
            },
        )
        for span, expansion in unexplained(s)
        if roles is None or role_alone(s.text, span, expansion) is roles
    ]


# A role said only as its acronym: "Kate Morris (HV)", "Mr Byrne, SENCo, Oak Primary", "HV Kate Morris".
# "(HV)", ", HV", "(PNMH CPN)": where a role stands, perhaps after other acronyms.
_ALONE_BEFORE = re.compile(r"[(,\u2013-]\s*(?:(?-i:[A-Z]{2,})\s+)*$")
# "Dad - KC": a relation's initials, which are a name.
# Who someone is to the family, beyond the network's words: "Young person – LC", "Foster carer (AB)".
_A_CHILD_OR_CARER = re.compile(r"\b(?:young\s+person|child|carer|grandchild|god\w+)\b", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"\s*(?:[),/;\u2013-]|$)")
_HEADS_A_PERSON = re.compile(r"(?:^|[/;,(]|\band\s)\s*$")
_AFTER_A_NAME = re.compile(r"(?-i:[A-Z])[a-z]+\s+$")
_A_NAME_AFTER = re.compile(r"\s+(?:Mr|Mrs|Ms|Miss|Dr|(?-i:[A-Z])[a-z]+)\b")
_A_NAME_IN_BRACKETS = re.compile(r"\s*\(\s*(?-i:[A-Z])[a-z]+\s*\)")
# Where a role stands set apart: in brackets or after a comma or a dash.
_IN_A_ROLES_PLACE = re.compile(r"[(,\u2013-]\s*$")
# "Tariq Malik (YOS worker)": the role written with an acronym for whom the worker works.
_A_JOB_AFTER = re.compile(
    r"\s+(?:worker|nurse|officer|practitioner|lead|keyworker|key\s+worker|mentor|manager)\s*(?:[),/;]|$)",
    re.IGNORECASE,
)
_A_TITLE_OF_A_JOB = re.compile(r"\b(?:PC|DC|Sgt|Dr|PCSO|Cllr)\b")
_A_SERVICE = re.compile(r"\b(?:service|team|partnership|project)\b", re.IGNORECASE)
# What a job's name has in it; "National Society for the Prevention of Cruelty to Children" is an agency.
_A_JOB = re.compile(
    r"\b(?:worker|visitor|lead|leader|co-?ordinator|officer|teacher|assistant|practitioner|nurse|adviser|advisor|"
    r"mentor|manager|head|tutor|therapist|psychologist|midwife|liaison|counsellor|navigator|champion|caseworker)\b",
    re.IGNORECASE,
)


def role_alone(text: str, span: Span, expansion: str) -> bool:
    """Whether a who cell's acronym is all that is said of someone's role (seed 000: "Try to avoid
    acronyms like HV for Health Visitor"): "Kate Morris (HV)", "Nicola Grant, SLW", "Mark Ellis, YOS".
    Not an agency's or a school's name after a role written in full ("Family Support Worker, NSPCC",
    "PC Jones (WMP)"), nor a name's initials."""
    if _A_JOB_AFTER.match(text, span.end):
        return True
    before, after = text[: span.start], text[span.end :]
    known_role = bool(expansion and _A_JOB.search(expansion))
    if not expansion and (
        len(span.text) <= 2 or not _IN_A_ROLES_PLACE.search(before) or not _ALONE_AFTER.match(after)
    ):
        # Two letters are most often initials ("Leo (LC)", "Dad - KC"); a word in capitals beside a
        # name is a surname ("Sarah JONES"). An unknown acronym is a role only set apart where one stands.
        return False
    person = re.split(r"[/;\n]|\band\b", before)[-1]
    if (
        _A_JOB.search(person)
        or _A_TITLE_OF_A_JOB.search(person)
        or KIN.search(person)
        or _A_CHILD_OR_CARER.search(person)
        or (expansion and not _A_JOB.search(expansion) and _A_SERVICE.search(expansion) is None)
    ):
        return False  # the role is written in full before it, or the acronym is neither job nor service
    if not before.strip() and not after.strip():
        return True  # "HV": the whole cell
    # "Kate Morris (HV)", "Kate Morris, HV", "Kate Morris HV": after the name, at the end of the person.
    after_the_name = _ALONE_BEFORE.search(before) or (known_role and _AFTER_A_NAME.search(before))
    in_its_place = bool(after_the_name) and bool(_ALONE_AFTER.match(after))
    # "HV Kate Morris", "HV (Sarah)": the role first, a name after it.
    first = _HEADS_A_PERSON.search(before) and (
        _A_NAME_IN_BRACKETS.match(after) or (known_role and _A_NAME_AFTER.match(after))
    )
    return in_its_place or bool(first)


@matcher("acronym")
def acronym(rule: Rule, s: Statement) -> list[Hit]:
    if not s.catalogue.enabled("who-role-acronym"):
        return _acronym_hits(s)
    return _acronym_hits(s, roles=False)


@matcher("who-role-acronym")
def who_role_acronym(rule: Rule, s: Statement) -> list[Hit]:
    return _acronym_hits(s, roles=True)


@matcher("statement-acronym")
def statement_acronym(rule: Rule, s: Statement) -> list[Hit]:
    if s.catalogue.enabled("written-in-acronyms") and _written_in(s):
        return []  # one warning that it is written in acronyms says it for each of them
    return _acronym_hits(s)


@matcher("written-in-acronyms")
def written_in_acronyms(rule: Rule, s: Statement) -> list[Hit]:
    letters = _written_in(s)
    return [Hit(_whole(s.text), {"acronyms": ", ".join(letters)})] if letters else []


def _written_in(s: Statement) -> list[str]:
    letters = list(dict.fromkeys(span.text for span, _ in unexplained(s)))
    within = _TWO_WITHIN if len(letters) == 2 else _THREE_WITHIN
    if len(letters) < 2 or len(letters) * within < s.word_count:
        return []
    return letters
