"""A whole debt of thousands paid off within months: seed 002, "Achievable – The outcome should not be out
of reach", and seed 001, "realistic timescales with some being broken down into stages". A family in Early
Help rarely clears thousands of pounds at once from what they have; a repayment plan kept up is the step
they can take. A debt written off or paid by a grant is not paying it off."""

from __future__ import annotations

import datetime as dt
import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, matcher

# "has cleared all £6,800 of her debts", "will have paid off the whole £4,000": all of it, at once.
_ALL_OF_A_DEBT = re.compile(
    r"\b(?:pa(?:id|y|ys|ying)\s+off|clear(?:ed|s|ing)?)\s+"
    r"(?:all\s+(?:of\s+)?|the\s+(?:whole|full|entire)\s+|(?:her|his|their|my|our)\s+(?:whole|full|entire)\s+)"
    r"(?:(?:the|her|his|their|my|our)\s+)?£\s?(?P<amount>\d{1,3}(?:,\d{3}){1,3}|\d{4,9})\b",
    re.IGNORECASE,
)
# "through a Debt Relief Order", "with a Discretionary Housing Payment": paid by something else.
_PAID_BY_SOMETHING_ELSE = re.compile(
    r"\b(?:grant|discretionary|relief\s+order|written\s+off|write[\s-]off|bankruptcy|insolvency|iva\b|charity|fund)",
    re.IGNORECASE,
)
_MOST = 1000  # pounds: a thousand or more is beyond what a family on benefits or low pay can put by in months
_FEW_MONTHS = dt.timedelta(days=183)


@matcher("debt-out-of-reach")
def debt_out_of_reach(rule: Rule, s: Statement) -> list[Hit]:
    found = _ALL_OF_A_DEBT.search(s.text)
    if (
        found is None
        or int(found["amount"].replace(",", "")) < _MOST
        or _PAID_BY_SOMETHING_ELSE.search(s.text)
    ):
        return []
    days = [d.date for d in s.parsed_when.dates]
    if s.today is None or not days or max(days) > s.today + _FEW_MONTHS:
        return []  # without the day it is checked on, or given most of a year, it may be within reach
    return [Hit(Span(found.start(), found.end(), found[0]), {"match": found[0]})]
