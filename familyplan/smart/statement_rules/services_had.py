"""What an outcome says someone has or goes to, when it is a service and not the change it brings:
"weekly visits from a Family Support Worker", "six hours of short breaks a month" (seed 002)."""

from __future__ import annotations

import re

SERVICE_OBJECTS = re.compile(
    # "the nursery class", "her reception class": a child's place in school, not a service's class.
    r"\b(?:sessions?|appointments?|course|courses|programmes?|groups?|(?<!nursery\s)(?<!reception\s)class(?:es)?|"
    r"counsell?ing|therapy|"
    r"input|mentoring|tutoring|coaching|(?:1:1|one[\s-]to[\s-]one)\s+(?:work|time)|"
    r"services?|meetings?|workshops?|clinic|support|intervention|assessment|referral|treatment|"
    # "six hours of short breaks a month": the service's name, not "a short break together"
    r"short\s+breaks|respite|"
    r"the\s+(?:team|agency|centre|project))\b",
    re.IGNORECASE,
)


# "weekly visits from a Family Support Worker": a worker coming to them, not "visits from his dad".
_VISITS_FROM = re.compile(
    r"\bvisits?\s+from\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:worker|visitor|nurse|practitioner|officer|team|service|volunteer|mentor|therapist|coach|counsellor|"
    r"midwife|doctor|social\s+worker)s?\b",
    re.IGNORECASE,
)


def a_service_had(text: str, what: tuple[int, int]) -> bool:
    # The object ends before "from", which is where a visit says whose it is.
    return bool(SERVICE_OBJECTS.search(text, *what) or _VISITS_FROM.search(text, what[0], what[1] + 80))


# "Ayaan will have his Education, Health and Care Plan issued": a service's paperwork done for them.
_PAPERWORK_HAD = re.compile(
    r"\b(?:have|has|get|gets)\s+(?:his|her|their|the|an?)\s+(?:[\w,'\u2019-]+\s+){0,6}?"
    r"(?:plan|assessment|referral|application|report|ehcp|review|claim)\s+"
    r"(?:issued|completed|agreed|approved|finalised|finalized|written|done|carried\s+out|submitted)\b",
    re.IGNORECASE,
)


# The family's own plan ("a co-parenting plan agreed between them", "her own safety plan written in her
# words"), or a change said after it ("... and be attending school five days a week").
_THEIR_OWN = re.compile(
    r"\b(?:own|budget|co-?parenting|parenting|routine|safety|behaviour|repayment|between\s+them)\b", re.I
)
_A_CHANGE_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|so)\b", re.IGNORECASE)


def paperwork_had(text: str) -> re.Match[str] | None:
    found = _PAPERWORK_HAD.search(text)
    if found is None or _THEIR_OWN.search(found[0]) or _A_CHANGE_AFTER.match(text, found.end()):
        return None
    return found
