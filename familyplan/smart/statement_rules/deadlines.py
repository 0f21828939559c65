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
_BEFORE = re.compile(r"\b(?:before|ahead\s+of|in\s+time\s+for)\b", re.IGNORECASE)
# Between the deadline's word and its date, nothing that starts another part of the sentence.
_ANOTHER_PART = re.compile(r"[,;.()]|\b(?:and|then|after|from|until|starting|every|each)\b", re.IGNORECASE)


def _nearest(day: dt.date, near: dt.date) -> dt.date:
    """A date written with no year, in the year that puts it nearest the when cell's date."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda d: abs((d - near).days))


def deadline_in(action: str, near: dt.date) -> tuple[dt.date, DateMention] | None:
    """The day the action says it must be done before or by, if it says one."""
    dates, _ = find_dates(action, near)
    for mention in dates:
        before = action[max(0, mention.start - 45) : mention.start]
        words = list(_BEFORE.finditer(before))
        if not words or _ANOTHER_PART.search(before, words[-1].end()):
            continue
        day = mention.date if mention.year_given else _nearest(mention.date, near)
        return day, mention
    return None


@matcher("when-after-deadline")
def after_deadline(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    due = parsed.due_date
    if due is None or parsed.recurrence or not s.context.action:
        return []
    found = deadline_in(s.context.action, due)
    if found is None or due <= found[0]:
        return []
    mention = next((d for d in parsed.dates if d.date == due), None)
    if mention is None:
        return []
    span = Span(mention.start, mention.end, mention.text)
    return [Hit(span, {"match": mention.text, "deadline": found[1].text})]
