"""The family's copy of the plan in words a family reads: no acronym, and no "ASAP" where a date should be.

The checker flags both in a plan (seed 000: "Avoid using ASAP", "Try to avoid acronyms"), so the
family's copy does not print them as written: each acronym the council's checker knows is written
out, the abbreviations the checker reads as no date at all (ASAP, TBC...) are put in plain words,
and a when with no date says that no date has been agreed yet rather than standing as if it were one.
"""

from __future__ import annotations

import re

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


def no_date_agreed(when: str) -> bool:
    """True when the checker would say ``when`` gives no date: it is empty, or it is words such as
    ASAP, TBC, "when needed" or "soon" (the checker's rule when-asap) with no date beside them."""
    if not when.strip():
        return True
    if parse_when(when).dates:
        return False
    vague = catalogue().rule("when-asap")
    return bool(lexicon(vague.words, vague.phrases).find(when))
