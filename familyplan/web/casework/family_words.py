"""The family's copy of the plan in words a family reads: no acronym, and no "ASAP" where a date should be.

The checker flags both in a plan (seed 000: "Avoid using ASAP", "Try to avoid acronyms"), so the
family's copy does not print them as written: each acronym the council's checker knows is written
out, the abbreviations the checker reads as no date at all (ASAP, TBC...) are put in plain words,
and a when with no date says that no date has been agreed yet rather than standing as if it were one.

A Welsh family's copy is in Welsh while what the practitioner wrote is in English: the words the copy
puts into that writing (a date written out, "as soon as possible") are in the page's language, and
are marked with it, so a screen reader reads each part in its own language (WCAG 3.1.2).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
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


# A piece of the text, and whether the copy wrote it (in the page's language) rather than the practitioner.
Piece = tuple[str, bool]


def for_family_html(text: str, *, dates: bool = False) -> SafeString:
    """``text`` as HTML, with its acronyms written out in full, its vague abbreviations in plain
    words and, with ``dates``, its dates in figures written out; on a page that is not in English,
    what the copy put in is marked with the page's language."""
    pieces = _plain_words(text)
    if dates:
        pieces = _dates_in_full(pieces)
    language = page_language()
    marked = [
        format_html('<span lang="{}">{}</span>', language, part) if ours and language else escape(part)
        for part, ours in pieces
    ]
    return mark_safe("".join(marked))  # every part escaped above


def in_english(html: str) -> SafeString:
    """What a practitioner wrote (in English), marked as English on a page in another language."""
    language = page_language()
    return format_html('<span lang="en">{}</span>', html) if language else format_html("{}", html)


def page_language() -> str:
    """The page's language when it is not English ("cy"); empty on an English page."""
    language = translation.get_language() or "en"
    return "" if language.split("-")[0] == "en" else language


def _plain_words(text: str) -> list[Piece]:
    def plain(match: re.Match[str]) -> str:
        words = str(PLAIN_WORDS[match[1].lower().replace(".", "")])
        return words[:1].upper() + words[1:] if match.start() == 0 else words

    return _replaced([(expand_acronyms(text, catalogue().acronyms), False)], _ABBREVIATION, plain)


def _replaced(
    pieces: list[Piece], pattern: re.Pattern[str], by: Callable[[re.Match[str]], str]
) -> list[Piece]:
    """``pieces`` with each match of ``pattern`` in what was written replaced by what ``by`` gives
    (a match it gives back unchanged stays as written)."""
    result: list[Piece] = []
    for text, ours in pieces:
        start = 0
        for match in () if ours else pattern.finditer(text):
            replacement = by(match)
            if replacement != match[0]:
                result += [(text[start : match.start()], False), (replacement, True)]
                start = match.end()
        result.append((text[start:], ours))
    return [piece for piece in result if piece[0]]


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


def _dates_in_full(pieces: list[Piece]) -> list[Piece]:
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

    return _replaced(_replaced(pieces, _FIGURES, in_full), _SHORT_MONTH, short_in_full)


def no_date_agreed(when: str) -> bool:
    """True when the checker would say ``when`` gives no date: it is empty, or it is words such as
    ASAP, TBC, "when needed" or "soon" (the checker's rule when-asap) with no date beside them."""
    if not when.strip():
        return True
    if parse_when(when).dates:
        return False
    vague = catalogue().rule("when-asap")
    return bool(lexicon(vague.words, vague.phrases).find(when))
