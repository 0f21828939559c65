"""What only a worker does, whoever is named doing it: a home visit, seeing a child at school or at the
gate, sessions several times a week, the safety plan's paperwork. A neighbour who has the children at
her house is the family's network, whatever she is called."""

from __future__ import annotations

import re

from familyplan.smart.statement_rules.calls_to_services import JOB

_A_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+$")
_A_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?\s")
# Someone called by title and surname who does a worker's task: visits the home, sees the child at
# school, or asks a clinician or a service for the child.
_A_WORKERS_TASK = re.compile(
    # "Mr Pryce will meet Amira and Mum and ask the Education Inclusion Service": a task after a meeting.
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?\s+will\s+(?:meet\s+[^.;,]{1,30}?\s+and\s+)?"
    r"(?:(?:do|make|arrange)\s+a\s+home\s+visit|"
    # "Mr Adeyemi will ring Dad": someone called by title, ringing the family, is school or a service.
    # Not "... ring Dad and have the children at hers": a part of her own after the call.
    r"(?:ring|call|phone|text)\s+(?:mum|dad|the\s+family|the\s+parents|(?:his|her|their)\s+(?:mum|dad|parents))\b"
    r"(?![^.;]*\band\s+(?:have|take|collect|look|keep|pick|put\s+them\s+up)\b)|"
    # "arrange a meeting with the college's mental health nurse": a worker's arranging.
    r"(?:[^.;,]{0,50}?\band\s+)?(?:arrange|book|set\s+up)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|review)\s+with\s+"
    r"the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + JOB + r")\b|"
    r"visit\s+(?:the\s+family\s+)?at\s+home|"
    # "Mrs Kaur will give them breakfast ... and tell the family support worker": a worker, passing it on.
    r"[^.;,]{0,60}?\band\s+(?:tell|inform|let)\s+the\s+(?:[\w-]+\s+){0,3}?(?:" + JOB + r")\b|"
    r"put\s+(?:him|her|them)\s+on\s+(?:a\s+)?(?:daily\s+|weekly\s+)?report\b|"
    r"see\s+\w+\s+(?:(?:every|each)\s+(?:day|morning|lunchtime)\s+)?(?:at|in)\s+school|"
    r"meet\s+(?:him|her|them)\s+at\s+the\s+(?:school\s+|front\s+)?gates?|speak\s+to\s+\w+\s+(?:at|in)\s+school|put\s+(?:his|her|their)\s+timetable|"
    r"ask\s+the\s+(?:[\w-]+\s+){0,2}(?:paediatrician|psychologist|nurse|doctor|gp|therapist|team|service)|refer\b|"
    # "Mrs Ashworth will book extra transition visits with the Year 7 pastoral lead": arranged with workers.
    r"(?:book|arrange|set\s+up)\s+(?:[\w-]+\s+){0,4}?(?:visits?|meetings?|sessions?)\s+with\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:lead|teacher|worker|nurse|officer|adviser|advisor|coordinator|co-ordinator|senco|team))",
    re.IGNORECASE,
)
_SEES_THEM_OFTEN = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?\s+will\s+see\s+(?:him|her|them)\s+(?:(?:once|twice|three\s+times)\s+a\s+week|"
    r"weekly|fortnightly|daily|every\s+(?:day|week)|each\s+week)\b",
    re.IGNORECASE,
)
# "Ms Lo and the attendance officer will do a home visit": a colleague, acting with a worker.
_WITH_A_WORKER = re.compile(
    r"\s+and\s+the\s+(?:[\w-]+\s+){0,3}?(?:"
    + JOB
    + r")\s+will\s+(?:do|make|arrange|carry\s+out)\s+a\s+home\s+visit\b",
    re.IGNORECASE,
)
# "Jo will increase home visits to twice a week": home visits are a worker's, whoever is named.
_HOME_VISITS = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?\s+will\s+(?:[^.;,]{0,50}?\band\s+(?:will\s+)?)?"
    r"(?:(?:increase|step\s+up|add|do|make|carry\s+out)\s+(?:(?:her|his|their|the|extra|more)\s+)*home\s+visits\b"
    # "visit weekly instead of fortnightly": visits stepped up; "arrange for her to be seen by the
    # paediatrician": a worker's arranging.
    r"|visit\s+[\w\s]{0,20}?instead\s+of\b"
    r"|arrange\s+for\s+(?:him|her|them)\s+to\s+be\s+seen\s+by\b"
    r"|bring\s+(?:his|her|their)\s+appointments\s+forward\b"
    # "Hannah will update the safety plan": a worker's own paperwork, whoever is named.
    r"|update\s+the\s+safety\s+plan\b)",
    re.IGNORECASE,
)

# "Mrs Patel will see them every day after school at her house next door": a neighbour, at home.
_AT_THEIR_HOME = re.compile(
    r"[^.;]{0,80}?(?:\bat\s+(?:her|his|their)\s+(?:house|home|flat|place)\b|\bat\s+(?:hers|his|theirs)\b|"
    r"\bnext\s+door\b|\bhave\s+them\b)",
    re.IGNORECASE,
)


def titled(text: str, start: int) -> bool:
    return bool(_A_TITLE_BEFORE.search(text, max(0, start - 6), start) or _A_TITLE.match(text, start))


def does_a_workers_task(text: str, start: int, end: int, surname: str) -> bool:
    """Whether the person named at ``start:end`` (with ``surname`` after it, if any) does what only
    a worker does."""
    at_home = _AT_THEIR_HOME.match(text, end)
    called_by_title = titled(text, start)
    if called_by_title and _A_WORKERS_TASK.match(text, end) and not at_home:
        return True  # "Mrs Hollis will do a home visit", "Miss Rowe will see Ellie at school"
    named = called_by_title or " " in text[start:end].strip() or bool(surname)
    if named and _SEES_THEM_OFTEN.match(text, end) and not at_home:
        return True
    return bool(_HOME_VISITS.match(text, end) or _WITH_A_WORKER.match(text, end))
