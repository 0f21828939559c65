"""Examples for a quality report with no personal data left in them.

A fault's example is a real statement from a plan. Before it goes in a report,
dates become "[date]", and names become "[name]": the names the plan records,
the word after a title (Mrs, Dr...), and every other capitalised word that is
not a common word of the plans' own language (Mum, Monday, School...).
Numbers long enough to be phone or case numbers become "[number]", and email
addresses "[email]". It errs on the side of taking too much out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from familyplan.quality.limits import MAX_EXAMPLE
from familyplan.smart.words import is_english_word, verb_lemma

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|\b(?:{_DAYS},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}\b(?:,?\s+\d{{4}})?"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{4}}\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMBER = re.compile(r"\b\d[\d ]{4,}\d\b")
_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'-]*")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\(\s*|\n\s*)$")

# Capitalised words that are the plans' own language, never a person's name.
_KEEP = frozenset(
    str.split(
        """
    mum mummy mother dad daddy father parent parents carer carers grandma grandad granny grandpa
    grandmother grandfather nan nana auntie aunt uncle brother sister sibling siblings son daughter
    baby child children family young person people team
    monday tuesday wednesday thursday friday saturday sunday weekend week weeks month months
    january february march april may june july august september october november december
    school college nursery clinic hospital surgery library park
    health visitor worker support family early help social care housing
    officer head year teacher lead practitioner manager coordinator nurse doctor gp police
    service services centre council hub group programme course plan review meeting taf
    designated safeguarding mental child adolescent adult
    the a an and or if when where while what who how why which this that these those there then
    to by for from in on at of with within after before until every each all any some no not
    will would should could can may might must shall is are was be been being has have had
    he she they we you i it his her their our your my its them us me him
    please also both either neither other another next last first second third
    ongoing asap daily weekly monthly fortnightly termly mr mrs ms miss mx dr prof
        """
    )
)
# Common first words of a statement, kept at its start only ("Attend", "Make sure").
_STARTERS = frozenset(
    str.split(
        """
    attend arrange ask agree apply book bring call check complete contact continue create discuss
    encourage ensure explore find follow get give go help identify improve increase keep learn
    maintain make meet monitor offer phone plan promote provide reduce refer register review ring see send
    set share show speak start stop support take talk tell try use visit work write email text
    once twice regular regularly weekly daily termly monthly
        """
    )
)


# Endings of ordinary words that open a goal or an action ("Getting", "Improving", "Referral",
# "Attendance") and that almost no one's name has.
_WORD_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ral")


def _is_common(word: str, at_start: bool) -> bool:
    bare = word.lower().rstrip("'’s").rstrip("'’")
    if bare in _KEEP or word.lower() in _KEEP:
        return True
    if not at_start:
        return False
    if bare.endswith("ing"):
        return verb_lemma(bare) not in (None, bare)  # "Getting", but not "Sterling"
    return bare in _STARTERS or (bare.endswith(_WORD_ENDINGS) and is_english_word(bare))


def anonymise(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with dates, names and contact details replaced by placeholders."""
    text = " ".join(text.split())
    if len(text) > MAX_EXAMPLE:
        text = text[: MAX_EXAMPLE - 1].rstrip() + "…"
    text = _EMAIL.sub("[email]", text)
    text = _DATE.sub("[date]", text)
    text = _NUMBER.sub("[number]", text)
    for name in sorted({n for n in names if n.strip()}, key=len, reverse=True):
        for part in name.split():
            if len(part) > 1 and not _is_common(part, at_start=False):
                text = re.sub(rf"\b{re.escape(part)}\b", "[name]", text, flags=re.IGNORECASE)
    text = _TITLE.sub(lambda m: f"{m.group(1)} [name]", text)

    def name_or_word(match: re.Match[str]) -> str:
        word = match.group(0)
        at_start = bool(_SENTENCE_START.search(text[: match.start()]))
        return word if _is_common(word, at_start) else "[name]"

    return _CAPITALISED.sub(name_or_word, text)
