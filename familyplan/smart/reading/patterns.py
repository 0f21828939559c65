"""Where and how often things happen, and what shows an outcome is reached: found in one pass."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.reading.tokens import Token

# Where and how often things happen, found in one pass over the statement.
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_UNIT = (
    r"(?:school\s+)?(?:day|night|morning|evening|afternoon|week|fortnight|month|term|half[\s-]term|year|"
    r"lesson|session|meal|mealtime|bedtime|lunchtime|weekday|weekend|school\s+day|time|visit|meeting|"
    rf"{WEEKDAY})s?"
)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a|an)"
# A deadline set by each time something happens: "within 72 hours of each missing episode". It
# recurs with the event, so no date can be given for it.
EVENT_DEADLINE = (
    rf"\bwithin\s+{_NUMBER}\s+(?:working\s+|school\s+)?(?:hours?|days?|weeks?)"
    r"\s+of\s+(?:each|every|any)\s+[a-z-]+"
)
_WHEN = re.compile(
    rf"(?P<frequency>{EVENT_DEADLINE}|\b(?:every|each)\s+(?:other\s+|second\s+|single\s+)?(?:\w+\s+)?{_UNIT}\b"
    # Not "a daily routine" or "daily life": a kind of thing, not how often it is done.
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|termly|yearly|annually|hourly)\b(?!\s+(?:routines?|life|living|needs))"
    rf"|\b(?:once|twice|{_NUMBER}\s+times?|\d{{1,2}}\s?x)\s+(?:a|an|per|each|every)\s+{_UNIT}\b"
    rf"|\b{_NUMBER}\s+(?:days?|nights?|mornings?|evenings?|times?|lessons?)\s+(?:a|per|out\s+of|in)\s+(?:\w+\s+)?\w+"
    # A count of things in each period is how often: "three visits a week", "two events in the next month".
    rf"|\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\s+(?:a|an|per|each|every|in\s+(?:the\s+|a\s+)?(?:next\s+|coming\s+)?)\s*"
    r"(?:week|fortnight|month|term|half[\s-]term|year|day)\b"
    rf"|\bon\s+(?:school\s+days|weekdays|weekends|school\s+nights|{_WEEKDAYS}|{WEEKDAY}\s+(?:mornings|evenings|afternoons|nights)|{WEEKDAY}\s+and\s+{WEEKDAY})\b"
    r"|\b(?:at|by|before|after)\s+(?:bedtimes?|mealtimes?|lunchtimes?|breakfast|teatime|dinner\s*time)\b|\b(?:before|after)\s+(?:bed|school|nursery|college|work|tea|dinner)\b"
    r"|\b(?:in|at)\s+(?:all|every|each)\s+\w+"
    # "a thumbs up for every handover": each time the occasion comes round.
    r"|\b(?:for|after|before)\s+(?:every|each)\s+(?:handover|visit|session|lesson|meal|feed|bath|bedtime|sleep|nap|journey)s?\b"
    r"|\bin\s+the\s+(?:mornings?|evenings?|afternoons?)\b|\bat\s+(?:night|weekends?)\b"
    # "her inhaler morning and night": twice a day.
    r"|\b(?:morning|evening|night)s?\s+and\s+(?:morning|evening|night)s?\b"
    r"|\bevery\s+time\b|\beach\s+time\b|\bwhenever\b"
    # "(Monday, Wednesday and Friday)": the days of each week it happens on.
    rf"|\b{WEEKDAY}(?:,\s+{WEEKDAY})+,?\s+and\s+{WEEKDAY}\b)"
    # "at 8.50", "from 3.30": a clock time written the British way, after the word that says so.
    r"|(?P<time>\b(?:at|by|before|after|until|from)?\s*\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m\b|[ap]\.m\.)|\b\d{1,2}:\d{2}\b"
    r"|\b(?:at|before|after|until|from)\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?![.\d/%])(?!\s*(?:per|an?\s|p\b|pence|pounds|kg|cm|miles|hours?|mins?|minutes)))"
    r"|(?P<date>\b\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?\b"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)"
    rf"|(?P<day>\b(?:on\s+|by\s+|this\s+|next\s+|before\s+)?{WEEKDAY}\b|\b(?:today|tomorrow|tonight)\b)"
    r"|(?P<month>\b(?:by|in|before|during|until|end\s+of|start\s+of|beginning\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4})?\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{4}\b)"
    r"|(?P<relative>\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?"
    rf"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?|terms?)\b"
    r"|\b(?:next|this|coming)\s+(?:week|month|term|half[\s-]term|year|review|meeting|taf|visit)\b|\b(?:short|medium|long)[\s-]term\b)"
    r"|(?P<point>\b(?:by|before|at|until|for|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:first|autumn|spring|summer|school)?\s*"
    r"(?:week|month|term|half[\s-]term|year|holidays?|summer|christmas|easter|review|meeting|visit|taf|appointment)\b"
    r"|\b(?:autumn|spring|summer)\s+(?:term|half[\s-]term)\b"
    # "by the time she is six months old": a day the child's age sets.
    r"|\bby\s+the\s+time\s+(?:she|he|they|(?-i:[A-Z])[a-z]+)\s+(?:is|are|turns?)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?:weeks?|months?|years?)"
    r"(?:\s+old)?\b)"
    r"|(?P<vague>\b(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|we\s+can)|as\s+and\s+when|when\s+(?:needed|required|necessary|possible|appropriate)"
    r"|as\s+(?:needed|required|necessary|appropriate)|if\s+(?:needed|required)|in\s+due\s+course|ongoing|at\s+some\s+point"
    r"|eventually|soon|shortly|immediately|urgently|tbc|tba|tbd|to\s+be\s+(?:confirmed|arranged|agreed|decided)"
    r"|regularly|frequently|often|sometimes|occasionally|periodically|routinely|from\s+time\s+to\s+time)\b)"
    r"|(?P<duration>\bfor\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|half\s+an|an|a)\s+(?:minutes?|hours?|mins?)\b"
    # "dry for a whole week", "for a full half term": seen all through it, without a break.
    r"|\bfor\s+(?:a|one|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:whole|full|entire)\s+"
    r"(?:half\s+)?(?:days?|nights?|weeks?|fortnights?|months?|terms?)\b"
    # "wearing her glasses all morning at nursery", "stays in class the whole lesson".
    r"|\b(?:all|the\s+whole|the\s+full|a\s+whole|a\s+full)\s+(?:morning|afternoon|evening|night|day|school\s+day|lesson)\b)",
    re.IGNORECASE,
)

# What shows an outcome has been reached: numbers, thresholds, scales, stated evidence.
_EVIDENCE = re.compile(
    r"(?P<threshold>\b(?:at\s+least|or\s+more|or\s+above|or\s+higher|or\s+over|or\s+fewer|or\s+less|or\s+below|"
    # "18 degrees or warmer", "9 hours or longer": a figure and which side of it will do.
    r"\d+(?:\.\d+)?(?:\s+[a-z]+)?\s+or\s+(?:warmer|longer|earlier|heavier|greater|sooner)\b|"
    r"no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|(?:more|fewer|less)\s+than\s+\d+(?:\.\d+)?(?:\s?%)?|"
    # "up to 22.01.2027" is until a day, not a level to reach.
    # "up to 26 March 2027" too.
    r"(?:up|down)\s+to\s+\d+(?:\.\d+)?(?:\s?%)?(?!\d|[./]\d|(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]{2,8}\b)|from\s+\d+\s*%?\s+to\s+\d+(?:\.\d+)?(?:\s?%)?|"
    r"out\s+of\s+(?:\d+|ten|five|seven)|per\s+cent|percent|"
    # A figure over another (7/10) is a score; two or three of them (30/01/2027) are a date.
    # "up from 71%" with nothing after is where it starts, not where it should get to.
    r"(?:above|below|over|under)\s+\d+(?:\.\d+)?(?:\s?%)?|(?<![\d/.])\d+\s*/\s*\d+(?![\d/.])|(?<!\bfrom\s)\d+(?:\.\d+)?\s?%)"
    # A count of none is a threshold: "with no police call-outs", "and no further exclusions";
    # none of something vague ("with no problems", "no worries") counts nothing anyone could see.
    r"|\b(?:with|and|having)\s+(?:no|zero)\s+(?:further\s+|more\s+)?"
    r"(?!(?:[a-z]+[\s-]){0,2}?(?:problem|issue|difficultie|worrie|concern|fear|feeling|thought|way)s\b)"
    r"(?:[a-z]+[\s-]){0,2}?[a-z]+s\b"
    # A run without a break: "for 6 weeks in a row", "five nights running".
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|nights?|weeks?|months?|times)\s+"
    r"(?:in\s+a\s+row|running|on\s+the\s+trot)\b"
    # A standard a professional measures against: "at the expected level", "within the healthy range".
    # "in the range her nurse set": a range someone named has set.
    r"|\b(?:in|within)\s+(?:the|her|his|their)\s+(?:target\s+)?range\s+(?:(?:her|his|their|the)\s+)?"
    r"(?:nurse|doctor|gp|consultant|dietitian|diabetes\s+team|clinic)\s+(?:set|agreed|gave)"
    r"|\b(?:on|at|within)\s+(?:the\s+|a\s+)?(?:expected|age[\s-]related|age[\s-]appropriate|healthy|normal|typical)"
    r"(?:\s+(?:weight|height|growth|development))?\s+(?:level|standard|range)"
    r"|\bat\s+(?:the\s+)?level\s+expected\b|\bexpected\s+(?:level|standard)\b"
    # A point on a growth chart: "on the 25th centile".
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:centile|percentile)\b"
    # Or back on the child's own line of the chart: "on his growth line", "along her centile".
    r"|\b(?:on|along|in\s+line\s+with)\s+(?:his|her|their|the)\s+(?:own\s+)?"
    r"(?:growth\s+(?:line|curve)|centile(?:\s+line)?)\b(?!\s+chart)"
    # Beating one's own earlier result is a threshold: the earlier figure is the measure.
    r"|\b(?:beat|beats|beating|break|breaks|exceed|exceeds|improve\s+on|improves\s+on)\s+"
    r"(?:(?:his|her|their|my|your|our|own|personal|previous|last|current|the)\s+)+(?:[\w-]+\s+)?"
    r"(?:record|best|score|time|result)s?\b)"
    r"|(?P<independent>\bwithout\s+(?:any\s+|adult\s+)?(?:help|support|prompting|prompts|reminders?|assistance|being\s+(?:asked|reminded|prompted|told)|an\s+adult|adult\s+help)\b"
    # "without needing Samir to translate", "without needing an interpreter": who helps now, not needed.
    r"|\bwithout\s+(?:needing|asking|relying\s+on)\s+(?:anyone|someone|help|support|an?\s+[\w-]+"
    r"|(?:his|her|their|my|your|our)\s+[\w-]+|(?-i:[A-Z])[\w'’-]+)"
    # "without anyone reading them to her", "without Nan or Jo doing it for her": who does it now, not needed.
    r"|\bwithout\s+(?:anyone|someone|anybody|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:or|and)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?)\s+"
    r"(?:doing|reading|writing|filling|making|booking|ringing|phoning|helping|prompting|reminding|translating|"
    r"taking|checking)\b"
    r"|\bon\s+(?:his|her|their|my|your|our)\s+own\b|\bby\s+(?:him|her|them|my|your|our)sel(?:f|ves)\b|\bindependently\b|\bunprompted\b|\bunaided\b)"
    r"|(?P<scale>\b(?:scal(?:e|ing)|score[sd]?|scoring|rating|rates?|rated)\b[^.;]{0,30}?(?<![/\d])(?<!\d-)(?<!\d\u2013)(?<!\d\sto\s)\b(?:\d+|ten|seven|eight|nine|six|five)\b"
    # A day and month (30/06/2027, 02.03.2027) is a date, not a score; and "a 0-10 scale" is the scale's
    # range, with no score to reach.
    r"(?!\s*/\s*\d+\s*/|\.\d|\s*(?:-|\u2013|to)\s*(?:10|ten|100)\b)"
    # The score is shown whole: "score 7/10", "a score of 7 out of 10", "rated 6 or more".
    r"(?:\s*/\s*\d+\b|\s+out\s+of\s+(?:\d+|ten)\b)?(?:\s+or\s+(?:more|above|higher|over)\b)?"
    # A named step of a graded scheme ("Stage 4", "book band E", "Grade D") is a point on a scale.
    r"|\b(?:level|stage|grade|band|step|phase)\s+(?-i:[A-Z])\b"
    r"|\b(?:\d+|ten|seven|eight|nine|six|five)\b[^.;]{0,12}?\b(?:on|out\s+of)\s+(?:the|a|her|his|their)?\s*(?:scal(?:e|ing)|10|ten)\b)"
    # "her key person will note this in the July report": someone who will see it, and when.
    # "as he tells us at the April review": what the person says, and when it is heard.
    r"|(?P<told>\bas\s+(?:he|she|they|(?-i:[A-Z])[a-z]+)\s+(?:tells?|says?)\s+us\s+(?:at|in|on|by)\b"
    # "as Tobi will tell Megan (Young Carers Worker) at the review", "as Tobi and Mum will say at the
    # review", "as she'll tell her key person, Sarah, at the review": who says it, and a meeting or a day
    # when it is heard.
    r"|\b(?:as|which)\s+(?:(?:he|she|they)['\u2019]ll\s+|(?:he|she|they|(?-i:[A-Z])[a-z]+)"
    r"(?:(?:\s*,\s*(?:mum|dad|(?-i:[A-Z])[a-z]+))*\s+and\s+(?:mum|dad|(?-i:[A-Z])[a-z]+))?\s+(?:(?:will|can)\s+)?)"
    r"(?:tell|say(?:\s+to)?|tells|says(?:\s+to)?)"
    r"(?:\s+(?:us|me|her|him|them|the\s+[\w-]+|(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?"
    r"(?:\s*,\s*(?-i:[A-Z])[a-z]+\s*,|\s+(?-i:[A-Z])[a-z]+)?|"
    r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?(?:\s*,\s*(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,)?"
    r"(?:\s+and\s+(?-i:[A-Z])[a-z]+)?)(?:\s*\([^)]{1,40}\))?)?"
    r"(?:\s+about)?\s+(?:at|in|on|by)\s+(?:(?:the|her|his|their|each|every|our|a)\s+)?(?:next\s+)?"
    r"(?:review|meeting|visit|session|appointment|TAF|core\s+group|(?:\w+\s+)?review\b|\w+day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d))"
    r"|(?P<checked>\b(?:check|checks|confirm|confirms|note|notes|record|records|log|logs|see|sees)\s+(?:this|it|that|them)\s+"
    r"(?:at|on|in|by|with|during|each|every|to)\b"
    # "..., which Halima will check on her online statement": who looks, and where.
    r"|\bwhich\s+(?:(?-i:[A-Z])[\w'’-]+|she|he|they|we|I|you)(?:\s+(?:will|can)|['’]ll)\s+"
    r"(?:check|confirm|see)\s+(?:on|in|at|from)\b)"
    # "Mum and nursery will both keep the tick chart": a record kept of it.
    r"|(?P<kept>\bkeep(?:s|ing)?\s+(?:a|the|his|her|their|our|my|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:chart|diary|log|record|sheet)\b)"
    r"|(?P<stated>\b(?:as\s+)?(?:measured|evidenced|shown|seen|recorded|checked|confirmed|reported|tracked|logged|noted"
    r"|signed\s+off)\s+(?:(?:together|jointly|again)\s+)?(?:by|in|on|through|at|from)\b"
    r"|\baccording\s+to\b|\bevidence\s+(?:of|from|will)\b"
    # "marked 'calm' by both parents in the app", "marked as present on the register": a record of it.
    r"|\bmarked\s+(?:as\s+)?(?:['\u2018\"\u201c][^'\u2019\"\u201d]{1,20}['\u2019\"\u201d]\s+|[a-z]+\s+)?(?:by|in|on)\b"
    # "as assessed by the speech and language therapist", "as heard by her teacher": who will judge it, named.
    r"|\bas\s+(?:assessed|observed|heard|noticed)\s+(?:by|at)\b"
    # Someone who writes it down, and where: "as Aisha, her key person, records in the daily diary".
    r"|\bas\s+(?-i:[A-Z])[a-z]+(?:\s*,[^,.;]{1,40},)?\s+(?:records|notes|logs|writes|marks|ticks)\s+(?:it\s+|this\s+)?(?:in|on)\s+"
    r"(?:the|her|his|their|a)\s+(?:[\w-]+\s+)?(?:diary|log|record|chart|register|book)\b"
    # A record named as what shows it: "as her GP record shows", "as the school register confirms".
    r"|\bas\s+(?:[a-z']+\s+){0,3}?(?:record|records|register|registers|chart|diary|log|report)\s+(?:shows?|says?|confirms?)\b"
    # Or the record as what shows the person in it: "his register shows him in every lesson" (not "his
    # diary shows this", which says nothing of what it shows).
    r"|\b(?:record|records|register|registers|chart|diary|log|report)\s+(?:will\s+)?(?:shows?|confirms?)\s+"
    r"(?:that\s+)?(?:he|she|they|him|her|them|(?-i:[A-Z][a-z]+))\b(?!\s*[.,;]|$)"
    # ... or the days it shows: "his use diary shows cannabis-free days", "the chart shows dry nights".
    r"|\b(?:record|records|register|registers|chart|diary|log|report)\s+(?:will\s+)?(?:shows?|confirms?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:days|nights|mornings|evenings|weekends)\b"
    # "I'll know it's happened when the new window is in and the fan works": the family's own sign of
    # it, when it is something seen, not a feeling.
    r"|\b(?:i|we|she|he|they|you)(?:['\u2019]ll|\s+will)\s+know\s+(?:it['\u2019]s|it\s+has|this\s+has|things\s+have)\s+"
    r"(?:happened|worked|changed|been\s+done|done)\s+when\b"
    r"(?![^.;]*\b(?:feel|feels|happier|better|calmer|more|less|improved|confident|settled|ok|okay)\b))",
    re.IGNORECASE,
)


def _parts(
    pattern: re.Pattern[str], starts: dict[str, tuple[frozenset[str], bool]]
) -> list[tuple[str, re.Pattern[str], frozenset[str], bool]]:
    """One pattern per named group, with the words its matches can start with (and whether a number
    can start one). The reader tries each only where such a word stands, not at every character."""
    sources = ["(?P<" + part if i else part for i, part in enumerate(pattern.pattern.split("|(?P<"))]
    out = []
    for source in sources:
        name = source[4 : source.index(">")]
        words_, digits = starts[name]
        out.append((name, re.compile(source, pattern.flags), words_, digits))
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_STARTS = _words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty a an half"
)
_MONTH_NAMES = w.MONTHS | _words(
    "may january february march april june july august september october november december"
)
_WEEKDAY_NAMES = w.WEEKDAYS | _words("mondays tuesdays wednesdays thursdays fridays saturdays sundays")
_WHEN_PARTS = _parts(
    _WHEN,
    {
        "frequency": (
            _words(
                "every each daily nightly weekly fortnightly monthly termly yearly annually hourly "
                "once twice morning mornings evening evenings night nights "
                "on at by before after in whenever within for"
            )
            | _NUMBER_STARTS
            | _WEEKDAY_NAMES,
            True,
        ),
        "time": (_words("at by before after until from"), True),
        "date": (_MONTH_NAMES | _WEEKDAY_NAMES, True),
        "day": (_WEEKDAY_NAMES | _words("on by this next before today tomorrow tonight"), False),
        "month": (_MONTH_NAMES | _words("by in before during until end start beginning"), False),
        "relative": (_words("within in over after for next this coming short medium long"), False),
        "point": (_words("by before at until for end autumn spring summer"), False),
        "vague": (
            _words(
                "asap a as when if in ongoing at eventually soon shortly immediately urgently tbc tba tbd to "
                "regularly frequently often sometimes occasionally periodically routinely from"
            ),
            False,
        ),
        "duration": (_words("for all the a"), False),
    },
)
_EVIDENCE_PARTS = _parts(
    _EVIDENCE,
    {
        "threshold": (
            _words(
                "at or no more fewer less up down from out per percent above below over under on "
                "within along in expected beat beats beating break breaks exceed exceeds improve improves "
                "with and having two three four five six seven eight nine ten twelve"
            ),
            True,
        ),
        "independent": (_words("without on by independently unprompted unaided"), False),
        "scale": (
            _words(
                "scale scaling score scored scores scoring rating rate rates rated "
                "ten seven eight nine six five level stage grade band step phase"
            ),
            True,
        ),
        "kept": (_words("keep keeps keeping"), False),
        "told": (_words("as which"), False),
        "checked": (
            _words("check checks confirm confirms note notes record records log logs see sees which"),
            False,
        ),
        "stated": (
            _words(
                "as measured evidenced shown seen recorded checked confirmed reported tracked logged "
                "noted according signed marked "
                "evidence record records register registers chart diary log report "
                "i we she he they you i'll we'll she'll he'll they'll you'll"
            ),
            False,
        ),
    },
)


_INDEXES: dict[int, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]] = {}


def _index(
    parts: list[tuple[str, re.Pattern[str], frozenset[str], bool]],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each first word, which parts can start there (built once per list of parts)."""
    key = id(parts)
    if key not in _INDEXES:
        by_word: dict[str, list[int]] = {}
        for i, (_, _, starts, _) in enumerate(parts):
            for word in starts:
                by_word.setdefault(word, []).append(i)
        numbers = tuple(i for i, part in enumerate(parts) if part[3])
        _INDEXES[key] = ({k: tuple(v) for k, v in by_word.items()}, numbers)
    return _INDEXES[key]


def _find(
    parts: list[tuple[str, re.Pattern[str], frozenset[str], bool]], text: str, tokens: list[Token]
) -> list[tuple[str, int, int, str]]:
    found: list[tuple[str, int, int, str]] = []
    position = dict.fromkeys(range(len(parts)), -1)
    by_word, by_number = _index(parts)
    for t in tokens:
        candidates = by_number if t.kind in ("num", "date", "time") else by_word.get(t.lower, ())
        for i in candidates:
            if t.start < position[i]:
                continue
            name, pattern = parts[i][0], parts[i][1]
            m = pattern.match(text, t.start)
            if m:
                found.append((name, m.start(), m.end(), m[0].strip()))
                position[i] = m.end()
    found.sort(key=lambda f: (f[1], -f[2]))
    kept: list[tuple[str, int, int, str]] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return kept
