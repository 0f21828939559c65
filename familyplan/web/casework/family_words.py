"""The family's copy of the plan in words a family reads: no acronym, and no "ASAP" where a date should be.

The checker flags both in a plan (seed 000: "Avoid using ASAP", "Try to avoid acronyms"), so the
family's copy does not print them as written: each acronym the council's checker knows is written
out, the abbreviations the checker reads as no date at all (ASAP, TBC...) are put in plain words,
and a when with no date says that no date has been agreed yet rather than standing as if it were one.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from familyplan.plan.parsing import parse_when
from familyplan.smart.language import expand_acronyms, lexicon
from familyplan.web.council.services import catalogue

# The abbreviations the checker knows (the catalogue's known_abbreviations) and reads as no date
# (its rule when-asap), in plain words.
PLAIN_WORDS = {
    "asap": _("as soon as possible"),
    "tbc": _("to be confirmed"),
    "tba": _("to be arranged"),
    "tbd": _("to be decided"),
    "n/a": _("does not apply"),
}
_ABBREVIATION = re.compile(r"(?<![\w/.])(a\.s\.a\.p\.?|asap|tbc|tba|tbd|n/a)(?![\w/])", re.IGNORECASE)


def for_family(text: str) -> str:
    """``text`` with its acronyms written out in full and its vague abbreviations in plain words."""
    return _plain_words(expand_acronyms(text, catalogue().acronyms))


def _plain_words(text: str) -> str:
    def plain(match: re.Match[str]) -> str:
        words = str(PLAIN_WORDS[match[1].lower().replace(".", "")])
        return words[:1].upper() + words[1:] if match.start() == 0 else words

    return _ABBREVIATION.sub(plain, text)


# A date written in figures: 15/01/2027, 15.01.27, 2027-01-15 (day first, as in the UK).
_FIGURES = re.compile(
    r"(?<![\d/.-])(?:(?P<iso>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/.-]|\.\d)"
)
# A month cut short: "15 Jan 2027", "3rd Sept 2027".
_SHORT_MONTH = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def dates_in_full(text: str) -> str:
    """Dates in figures written as a family reads them, "15 January 2027" (in the page's language);
    anything that is not a real date is left as it was written."""

    def in_full(match: re.Match[str]) -> str:
        if match["iso"]:
            year, month, day = int(match["iso"]), int(match["im"]), int(match["id"])
        else:
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            year += 2000 if year < 100 else 0
        try:
            return date_format(dt.date(year, month, day), "j F Y")
        except ValueError:
            return match[0]

    def short_in_full(match: re.Match[str]) -> str:
        month = _MONTHS.index(match["m"].lower()[:3]) + 1
        try:
            return date_format(dt.date(int(match["y"]), month, int(match["d"])), "j F Y")
        except ValueError:
            return match[0]

    return _SHORT_MONTH.sub(short_in_full, _FIGURES.sub(in_full, text))


def no_date_agreed(when: str) -> bool:
    """True when the checker would say ``when`` gives no date: it is empty, or it is words such as
    ASAP, TBC, "when needed" or "soon" (the checker's rule when-asap) with no date beside them."""
    if not when.strip():
        return True
    if parse_when(when).dates:
        return False
    vague = catalogue().rule("when-asap")
    return bool(lexicon(vague.words, vague.phrases).find(when))
