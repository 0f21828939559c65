"""Structure read out of the loose text of a plan: when (who is named is in who_cells.py).

UK plans write dates day first ("19.01.2024" is 19 January 2024) and mix dates
with recurrence ("Every day (review 23.02.2024)"). These parsers are plain
regular expressions over known forms: fast enough to run as a practitioner
types, and predictable enough to explain every finding they lead to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?"

# 19.01.2024, 23/02/24, 31-03-2025: day first, always.
# The same mark both times: "10-11.30" and "9.30-11" are times of day, from one to the other.
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})\b")
# Friday 3rd May 2024, 14 March 2025, 3 May, 1st of June 2025
# Each pattern opens with a look at the first letter, so most places in a text are passed over at once.
_WORDED_DATE = re.compile(
    rf"\b(?=[\dmtwfs])(?:(?:{_WEEKDAY}),?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
# May 3rd 2024, March 14, 2025
_MONTH_FIRST_DATE = re.compile(
    rf"\b(?=[jfmasond])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)
# ISO dates as exported by case systems.
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "March 2025", "end of March": a month with no day.
_MONTH_ONLY = re.compile(
    rf"\b(?=[ebsmjfaond])(?:end of |beginning of |start of |mid[- ])?({_MONTH})(?:\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)

_RECURRENCE = re.compile(
    r"\b(?=[ednwfmtos\d])(?:(?:every|each)\s+(?:other\s+|second\s+)?(?:\w+\s+){0,1}?"
    r"(?:day|night|morning|evening|afternoon|week|fortnight|month|term|half[- ]term|lesson|session|"
    rf"weekday|weekend|{_WEEKDAY}|visit|meeting)s?"
    r"|daily|nightly|weekly|fortnightly|monthly|termly|"
    r"(?:once|twice|three times|four times|\d+ times)\s+(?:a|per|each)\s+(?:day|week|fortnight|month|term)|"
    rf"on\s+{_WEEKDAY}s|{_WEEKDAY}s\s+and\s+{_WEEKDAY}s|"
    # "Mon & Wed", "Tues/Thurs": two days written as a pair are the days each week.
    rf"{_WEEKDAY}\s*(?:&|\+|/)\s*{_WEEKDAY}|"
    # "Mondays from 07/12", "Mon-Fri", "Monday to Friday": the days it happens, each week.
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)days|{_WEEKDAY}\s*(?:-|–|to)\s*{_WEEKDAY})\b",
    re.IGNORECASE,
)
# "from", "starting", "beginning" or "commencing" just before a date: the day something starts.
_STARTS = re.compile(
    r"\b(?:from|starting(?:\s+on)?|starts|start\s+date:?|beginning|commencing|started)\s*(?:on\s+)?"
    r"(?:(?:from\s+)?w/c\s+|week\s+commencing\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$",
    re.IGNORECASE,
)
# A stretch after its start: "from 12.01.2027 for 8 weeks", "for six weeks from ...": its end is known.
_LASTING = re.compile(
    r"\bfor\s+(?:the\s+next\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>day|week|fortnight|month)s?\b",
    re.IGNORECASE,
)
# After a length: it is of each time, or something goes on after it.
_GOES_ON_AFTER = re.compile(
    r"\s*(?:at\s+a\s+time|each|every|per|a\s+(?:visit|time|week)|.*\b(?:then|after\s+that|ongoing)\b)",
    re.IGNORECASE,
)
# A course or stretch of up to about two review cycles ends soon enough to be its own review point
# (seed 000: "if 'ongoing' please state when the action will be reviewed").
_LONGEST_STRETCH_DAYS = 92
_COUNTS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_BORN = re.compile(r"\b(?:born|dob|d\.o\.b\.?|date\s+of\s+birth)\s*:?\s*(?:on\s+)?$", re.IGNORECASE)
# Work that goes on, so that a date marked for review is when it is looked at again.
_GOES_ON = re.compile(
    r"\b(?:ongoing|on-going|continuing|throughout|each time|every time|as and when)\b", re.IGNORECASE
)
_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till)\s*", re.IGNORECASE)
_REVIEW_CUE = re.compile(r"\b(?:review(?:ed)?|until|reassess(?:ed)?|check(?:ed)?)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def day_or_today(value: str | None) -> dt.date:
    """A day given to a command (``--today``), written YYYY-MM-DD; today when none is given.

    A ValueError says what is wrong, in words for the person who typed it.
    """
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--today must be a date written YYYY-MM-DD, not '{value}'") from None


def _names_a_month(text: str) -> bool:
    """A quick test before the month patterns run: most text names no month at all."""
    lower = text.lower()
    return any(stem in lower for stem in _MONTH_STEMS)


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    start: int
    end: int
    text: str
    year_given: bool = True


@dataclass(frozen=True)
class ParsedWhen:
    text: str
    dates: tuple[DateMention, ...] = ()
    invalid_dates: tuple[tuple[int, int, str], ...] = ()
    recurrence: str = ""
    recurrence_span: tuple[int, int] | None = None
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    month_only: tuple[tuple[int, int, str], ...] = ()


def _year(raw: str | None, today: dt.date | None, month: int, day: int) -> tuple[int, bool]:
    if raw:
        year = int(raw)
        return (year + 2000 if year < 100 else year), True
    # A date with no year is the next such date on or after "today".
    base = today or dt.date.today()
    try:
        candidate = dt.date(base.year, month, day)
    except ValueError:
        return base.year, False
    return (base.year + 1 if candidate < base else base.year), False


def find_dates(
    text: str, today: dt.date | None = None
) -> tuple[list[DateMention], list[tuple[int, int, str]]]:
    """Every date written in ``text``, day first; and spans that look like dates but are not."""
    found: list[DateMention] = []
    invalid: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    def add(start: int, end: int, year: int, month: int, day: int, year_given: bool) -> None:
        if overlaps(start, end):
            return
        taken.append((start, end))
        try:
            found.append(DateMention(dt.date(year, month, day), start, end, text[start:end], year_given))
        except ValueError:
            invalid.append((start, end, text[start:end]))

    if not _DIGIT.search(text):
        return found, invalid  # every written date has a digit in it
    names_a_month = _names_a_month(text)
    for m in _ISO_DATE.finditer(text):
        add(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]), True)
    for m in _NUMERIC_DATE.finditer(text):
        day, month = int(m[1]), int(m[3])
        year, _ = _year(m[4], today, month, day)
        add(m.start(), m.end(), year, month, day, True)
    for m in _WORDED_DATE.finditer(text) if names_a_month else ():
        day, month = int(m[1]), MONTHS[m[2].lower()]
        year, given = _year(m[3], today, month, day)
        add(m.start(), m.end(), year, month, day, given)
    for m in _MONTH_FIRST_DATE.finditer(text) if names_a_month else ():
        # "May 3" but not "may 3 children": only with a suffix, comma or year.
        if m[2] and not (m[3] or re.search(r"\d(?:st|nd|rd|th)", m[0])) and m[1].lower() == "may":
            continue
        month, day = MONTHS[m[1].lower()], int(m[2])
        year, given = _year(m[3], today, month, day)
        add(m.start(), m.end(), year, month, day, given)
    found.sort(key=lambda d: d.start)
    return found, invalid


def month_end_named(text: str, today: dt.date) -> dt.date | None:
    """The last day of the month ``text`` names ("March 2026", "end of June"): of the year
    written, or else of the next such month from ``today``."""
    m = _MONTH_ONLY.search(text)
    if m is None:
        return None
    month = MONTHS[m[1].lower()]
    year = int(m[2]) if m[2] else today.year + (month < today.month)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def only_a_start(before: str) -> bool:
    """Whether the words before a date say no more than that it is when something is to start:
    "From", "Commencing Monday", "Start date:" (not "Started", which is done)."""
    m = _STARTS.search(before)
    return m is not None and not before[: m.start()].strip() and not m[0].lower().startswith("started")


def _months_alone(text: str, dates: list[DateMention]) -> list[tuple[int, int, str]]:
    """Months named with no day: "by March", "in June 2027"."""
    taken = [(d.start, d.end) for d in dates]
    month_only = []
    for m in _MONTH_ONLY.finditer(text) if _names_a_month(text) else ():
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if m[1].lower() == "may" and not m[2]:
            continue  # "may" is usually the verb
        month_only.append((m.start(), m.end(), m[0]))
    return month_only


@lru_cache(maxsize=4096)
def parse_when(text: str, today: dt.date | None = None) -> ParsedWhen:
    """Read dates, recurrence and a review date out of a "when" cell."""
    dates, invalid = find_dates(text, today)
    recurrence, recurrence_span = "", None
    if m := _RECURRENCE.search(text):
        recurrence, recurrence_span = m[0], (m.start(), m.end())
    month_only = _months_alone(text, dates)
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    goes_on = bool(recurrence or _GOES_ON.search(text))
    for number, mention in enumerate(dates):
        before = text[max(0, mention.start - 40) : mention.start]
        if _STARTS.search(before):
            continue  # "Weekly from 09/02/2026": when it begins, neither due nor to be reviewed
        if _BORN.search(before):
            continue  # "Amira (born 02.12.2026)": who she is, not when anything is due
        if number + 1 < len(dates) and _RANGE.fullmatch(text[mention.end : dates[number + 1].start]):
            continue  # "Weekly 4/3/26 - 22/4/26": the first day of a stretch, not its end
        if _REVIEW_CUE.search(before) and (goes_on or (review_date is None and len(dates) > 1)):
            review_date = review_date or mention.date
        elif due_date is None:
            due_date = mention.date
    if due_date is None and review_date is None:
        due_date = _end_of_stretch(text, dates)
    if recurrence and review_date is None and due_date is not None:
        # "Every day until 23.02.2024": with recurrence a lone date is when it is looked at again.
        review_date, due_date = due_date, None
    return ParsedWhen(
        text=text,
        dates=tuple(dates),
        invalid_dates=tuple(invalid),
        recurrence=recurrence,
        recurrence_span=recurrence_span,
        due_date=due_date,
        review_date=review_date,
        month_only=tuple(month_only),
    )


def _end_of_stretch(text: str, dates: list[DateMention]) -> dt.date | None:
    """ "Tuesdays from 12.01.2027 for 8 weeks": the last day of a stretch its start and length give."""
    lasting = _LASTING.search(text)
    starts = [d for d in dates if _STARTS.search(text[max(0, d.start - 40) : d.start])]
    if lasting is None or len(starts) != 1 or _GOES_ON_AFTER.match(text, lasting.end()):
        return None  # "for two days at a time", "for 8 weeks, then monthly": no end is given
    start, raw = starts[0].date, lasting["n"].lower()
    count = int(raw) if raw.isdigit() else _COUNTS[raw]
    unit = lasting["unit"].lower()
    if count * {"day": 1, "week": 7, "fortnight": 14, "month": 31}[unit] > _LONGEST_STRETCH_DAYS:
        return None  # "for 18 months": work that goes on, to be looked at again on a date of its own
    if unit == "month":
        month = start.month - 1 + count
        year, month = start.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(start.day, _days_in(year, month)))
    days = {"day": 1, "week": 7, "fortnight": 14}[unit]
    return start + dt.timedelta(days=days * count)


def _days_in(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
