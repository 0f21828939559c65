"""A when cell's date after the day its own action is for: "three visits to the new school before
he starts Year 7 on 2 September", due "30.09.2027". The work is planned for after it can help
(seed 002: a timescale for each action, in the child's timescale)."""

from __future__ import annotations

import datetime as dt
import re

from familyplan.plan.parsing import DateMention, find_dates
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, matcher

# A day the action is for: "before he starts Year 7 on 2 September", "in time for the hearing on 3
# June". Not "by": "find a nursery, and visit two by 29 January" dates a step, not the whole action.
# So is a hearing "listed for 13 January", or a notice that "ends on 15.01.2027": what must be done by
# then; not "after the hearing listed for ...", "now her job ends on ...".
_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|in\s+time\s+for"
    r"|(?<!after\s)(?<!once\s)(?<!since\s)(?:hearing|appeal|trial|case)\s+(?:is\s+)?(?:listed|fixed)\s+for"
    r"|(?:notice|tenancy|lease)\s+(?:ends|expires|runs\s+out)\s+on)\b",
    re.IGNORECASE,
)
_AFTER_IT = re.compile(r"\b(?:after|once|since|now)\b[^,;.]*$", re.IGNORECASE)
# Between the deadline's word and its date, nothing that starts another part of the sentence.
# "before 9am on 3 June": a time is what it is before.
_ANOTHER_PART = re.compile(
    r"[,;.()]|\b(?:and|then|after|from|until|starting|every|each)\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|"
    r"\b\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)


def deadline_in(action: str, today: dt.date | None) -> tuple[dt.date, DateMention] | None:
    """The day the action says it is for, if it says one and no later day: "visit before he starts
    on 2 September and meet his tutor by 20 September" is not all for 2 September. A date written
    with no year is the next such day from ``today``, and is not read without one."""
    dates, _ = find_dates(action, today)
    for mention in dates:
        before = action[max(0, mention.start - 45) : mention.start]
        words = list(_BEFORE.finditer(before))
        # "before 9am on 3 June": the time is what it is before.
        if (
            not words
            or _AFTER_IT.search(before, 0, words[-1].start())
            or _ANOTHER_PART.search(before, words[-1].end())
            or re.search(r"\d", before[words[-1].end() :])
        ):
            continue
        if not mention.year_given and today is None:
            return None
        if any(later.date > mention.date for later in dates):
            return None
        return mention.date, mention
    return None


@matcher("when-after-deadline")
def after_deadline(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    due = parsed.due_date
    if due is None or parsed.recurrence or not s.context.action:
        return []
    found = deadline_in(s.context.action, s.today)
    if found is None or due <= found[0]:
        return []
    mention = next((d for d in parsed.dates if d.date == due), None)
    if mention is None:
        return []
    span = Span(mention.start, mention.end, mention.text)
    return [Hit(span, {"match": mention.text, "deadline": found[1].text})]
