"""What a family's people and a plan's goals and actions must hold before they are saved.

The pages' forms and the API's changes ask these same functions, so a change sent by another
system is held to what the page asks of a practitioner. Each function answers the problems by
the part they concern (a field's name), with what to do, as the page shows it beside the field;
an empty answer means the change can be saved. The services raise ``Refused`` with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.plan import reviews
from familyplan.plan.kinds import PlanType
from familyplan.plan.parsing import parse_when
from familyplan.smart import default_catalogue
from familyplan.smart.language import acronyms_in
from familyplan.web.casework.date_examples import day_from_today
from familyplan.web.casework.models import Plan
from familyplan.web.council.services import cycles, outcome_choices

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Problems = dict[str, "StrOrPromise"]

CHOOSE_OUTCOME = _("Choose the Supporting Families outcome this goal answers")
ACHIEVED_AT_A_REVIEW = _(
    "A goal is marked achieved at a review, with the scores that show it: record the review "
    "and mark the goal achieved there"
)
WHO_NEEDED = _("Choose who will do this, or write their name and role")
WHO_TWICE = _("Choose a person or write who will do this, not both")
# What to say when a part of an interim safety plan or of a gap in provision is left out.
INTERIM_NEEDED = {
    "issue": _("Enter the immediate worry"),
    "actions": _("Enter what will keep the child safe"),
}
GAP_NEEDED = {
    "kind_of_service": _("Enter the kind of service"),
    "support_needed": _("Enter the support that is needed"),
    "risk": _("Enter the risk this poses"),
}


def _blank(fields: Mapping[str, Any], name: str) -> bool:
    return not str(fields.get(name) or "").strip()


_OLDEST = 110


def member_problems(fields: Mapping[str, Any], *, correcting: bool = False) -> Problems:
    """A member of the family: how they are related, a date of birth not in the future, why they
    are not involved in making the plan if they are not (seed 002), and why a record is corrected."""
    problems: Problems = {}
    if _blank(fields, "relationship"):
        problems["relationship"] = _("Enter how they are related to the family, for example Mum")
    born = fields.get("date_of_birth")
    today = timezone.localdate()
    if isinstance(born, dt.date) and born > today:
        problems["date_of_birth"] = _("Date of birth must be today or in the past")
    elif isinstance(born, dt.date) and born.year < today.year - _OLDEST:
        # "03/09/1900" for "03/09/2000": a year mistyped, not a person of 126.
        problems["date_of_birth"] = _("Date of birth must be after %(year)s. Check the year") % {
            "year": today.year - _OLDEST
        }
    if not fields.get("involved_in_plan", True) and _blank(fields, "reason_not_involved"):
        problems["reason_not_involved"] = _("Say why they are not involved in making the plan")
    if correcting and _blank(fields, "reason"):
        problems["reason"] = _("Say why the record is being corrected")
    return problems


def network_problems(fields: Mapping[str, Any]) -> Problems:
    """Someone in the family's support network: how they know the family."""
    return {"relationship": _("Enter how they know the family")} if _blank(fields, "relationship") else {}


def role_problem(role: str) -> StrOrPromise | None:
    """A practitioner's role must be written in full (seed 000: no "HV")."""
    catalogue = default_catalogue()
    short = [span.text for span in acronyms_in(role, catalogue.known_abbreviations)]
    if not short:
        return None
    meaning = catalogue.acronyms.get(short[0])
    if meaning:
        return _('Write the role in full instead of %(short)s, for example "%(meaning)s"') % {
            "short": short[0],
            "meaning": meaning,
        }
    return _("Write the role in full instead of %(short)s") % {"short": short[0]}


def taf_problems(fields: Mapping[str, Any]) -> Problems:
    """A practitioner in the Team Around the Family: their role in full, and their agency."""
    problems: Problems = {}
    if _blank(fields, "role"):
        problems["role"] = _("Enter their role, written in full")
    elif (wrong := role_problem(str(fields["role"]))) is not None:
        problems["role"] = wrong
    if _blank(fields, "agency"):
        problems["agency"] = _("Enter the agency they work for")
    return problems


def when_problem(when: str) -> StrOrPromise | None:
    """A date in an action's when that is no real date ("31/02/2027")."""
    impossible = parse_when(when).invalid_dates
    if not impossible:
        return None
    return _("%(day)s is not a real date. Enter a real date, day first, for example %(example)s") % {
        "day": impossible[0][2],
        "example": day_from_today(28),
    }


def owner_problems(*, chosen: bool, written: str) -> Problems:
    """An action is given to one person: the one chosen from the family's record, or the one
    written in, never both (the written one would be lost without a word)."""
    return {"who": WHO_TWICE} if chosen and written.strip() else {}


def action_problems(fields: Mapping[str, Any], *, when_before: str | None = None) -> Problems:
    """An action: who will do it, and real dates in when; a when newly written for work still to do
    is not already past (``when_before``: the when as saved, None for a new action)."""
    problems: Problems = {}
    if _blank(fields, "who"):
        problems["who"] = WHO_NEEDED
    if _blank(fields, "when"):
        problems["when"] = _("Enter when this will happen")
    elif (wrong := when_problem(str(fields["when"]))) is not None:
        problems["when"] = wrong
    elif str(fields["when"]) != when_before and (passed := _already_past(fields)) is not None:
        problems["when"] = passed
    return problems


_STILL_TO_DO = ("not_started", "in_progress")


def _already_past(fields: Mapping[str, Any]) -> StrOrPromise | None:
    """A date the work is due by that has gone, written for work not yet done: a mistyped year, most
    often ("01/01/2020"), which would show the action as overdue from the moment it is saved."""
    if str(fields.get("status") or "not_started") not in _STILL_TO_DO:
        return None
    today = timezone.localdate()
    parsed = parse_when(str(fields["when"]), today)
    due = parsed.due_date or parsed.review_date
    if due is None or due >= today:
        return None
    return _("%(day)s has passed. Enter a date from today on, or mark the action done if it has been") % {
        "day": due.strftime("%d/%m/%Y")
    }


def goal_problems(fields: Mapping[str, Any], *, status_before: str | None) -> Problems:
    """A goal: the Supporting Families outcome it answers, one of the council's (seed 000); and it is
    marked achieved only at a review (``status_before``: its status as saved, None for a new goal)."""
    problems: Problems = {}
    if str(fields.get("supporting_families_outcome") or "") not in dict(outcome_choices()):
        problems["supporting_families_outcome"] = CHOOSE_OUTCOME
    if fields.get("status") == "achieved" and status_before != "achieved":
        problems["status"] = ACHIEVED_AT_A_REVIEW
    return problems


def interim_problems(fields: Mapping[str, Any], today: dt.date) -> Problems:
    """An interim safety plan: the worry, what keeps the child safe, and an end date not past."""
    problems: Problems = {name: message for name, message in INTERIM_NEEDED.items() if _blank(fields, name)}
    end = fields.get("end_date")
    if isinstance(end, dt.date) and end < today:
        problems["end_date"] = _("The end date must be today or later")
    # Seed 002: interim plans are "of very short duration only", then a full plan follows. The
    # council's interim review cycle is the longest one may run before it is looked at again.
    longest = cycles()[PlanType.INTERIM_SAFETY].latest.days
    if isinstance(end, dt.date) and end > today + dt.timedelta(days=longest):
        problems["end_date"] = _(
            "The end date must be within %(days)d days: an interim plan is short, and a full plan follows it"
        ) % {"days": longest}
    return problems


def gap_problems(fields: Mapping[str, Any]) -> Problems:
    """A gap in provision (seed 001): the kind of service, the support needed and the risk."""
    return {name: message for name, message in GAP_NEEDED.items() if _blank(fields, name)}


def next_review_problems(plan: Plan, next_day: dt.date) -> Problems:
    """A next review date set on the plan itself rather than at a review: after the last review (or
    the plan's start) and within the plan type's review cycle from it, as a review asks (seeds 000,
    004); a later one is set at a review, with its reason for the manager."""
    last = plan.reviews.order_by("-date").values_list("date", flat=True).first()
    since = last or plan.started_on
    latest = reviews.latest_next_review(since, plan.plan_type, cycles())
    if next_day <= since:
        after = _("the last review") if last else _("the plan started")
        return {
            "next_review_date": _("The next review must be after %(after)s, %(day)s")
            % {"after": after, "day": f"{since:%d/%m/%Y}"}
        }
    if next_day > latest:
        return {
            "next_review_date": _(
                "The next review is later than the plan's review cycle allows (by %(day)s): choose an "
                "earlier date, or record a review that sets a later one with its reason"
            )
            % {"day": f"{latest:%d/%m/%Y}"}
        }
    return {}


# Early help plans run for months, rarely more than two years: a start further back than this is
# a mistyped year ("2016" for "2026"), which would make every review look years overdue.
OLDEST_START_YEARS = 5


def start_date_problems(started_on: dt.date, today: dt.date) -> Problems:
    """A plan starts when it is agreed: today or a day not long past."""
    if started_on > today:
        return {"started_on": _("The date the plan starts must be today or in the past")}
    if started_on < today.replace(year=today.year - OLDEST_START_YEARS, day=min(today.day, 28)):
        return {
            "started_on": _("A plan cannot have started more than %(years)s years ago: check the year")
            % {"years": OLDEST_START_YEARS}
        }
    return {}
