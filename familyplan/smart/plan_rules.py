"""Rules that look at the plan as a whole: what is missing, overdue or out of balance."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from familyplan.plan.kinds import ActionStatus, GoalStatus, PersonKind
from familyplan.plan.reviews import latest_next_review, review_due
from familyplan.plan.who_cells import people_in
from familyplan.smart.catalogue import Catalogue, Rule, registry
from familyplan.smart.findings import Finding, Location
from familyplan.smart.hits import Hit, finding_for
from familyplan.smart.language import Span, acronyms_in, words
from familyplan.smart.readability import flesch_kincaid_grade
from familyplan.smart.similarity import similar_pairs
from familyplan.smart.words import FAMILY_WORDS

if TYPE_CHECKING:
    from familyplan.plan.models import Action, Plan

PlanRule = Callable[[Rule, "Plan", dt.date, Catalogue], Iterator[Finding]]
PLAN_RULES: dict[str, PlanRule] = {}
plan_rule = registry(PLAN_RULES)


def plan_findings(plan: Plan, today: dt.date, catalogue: Catalogue) -> list[Finding]:
    findings: list[Finding] = []
    for rule in catalogue.for_kind("plan"):
        check = PLAN_RULES.get(rule.id)
        if check is not None:
            findings.extend(check(rule, plan, today, catalogue))
    return findings


def _hit(text: str = "") -> Hit:
    return Hit(Span(0, len(text), text))


def _is_open(plan: Plan) -> bool:
    return plan.closure is None


@plan_rule("plan-no-lead")
def no_lead(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if _is_open(plan) and plan.lead is None:
        yield finding_for(rule, _hit(), Location("practitioners"))


@plan_rule("plan-practitioner-no-role")
def practitioner_no_role(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    for i, person in enumerate(plan.practitioners):
        if not person.role.strip():
            yield finding_for(rule, _hit(person.name), Location(f"practitioners[{i}].role"), name=person.name)
    # A role written as an acronym ("HV") is caught here, as the statement rules never see it.
    for i, person in enumerate(plan.practitioners):
        for span in acronyms_in(person.role, catalogue.known_abbreviations):
            # The role said only as its acronym ("HV") needs work; one inside a longer role is a hint.
            alone = span.text == person.role.strip() and catalogue.enabled("who-role-acronym")
            rule_id = "who-role-acronym" if alone else "acronym"
            if catalogue.enabled(rule_id):
                expansion = catalogue.acronyms.get(span.text.upper(), "")
                yield finding_for(
                    catalogue.rule(rule_id),
                    Hit(span),
                    Location(f"practitioners[{i}].role"),
                    match=span.text,
                    expansion=f" ({span.text} = {expansion})" if expansion else "",
                    expansion_suggestion=f': "{expansion}"' if expansion else "",
                )


@plan_rule("plan-no-strengths")
def no_strengths(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if _is_open(plan) and not any(s.strip() for s in plan.strengths):
        yield finding_for(rule, _hit(), Location("strengths"))


@plan_rule("plan-no-child-views")
def no_child_views(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if not _is_open(plan):
        return
    for i, child in enumerate(plan.family_members):
        if child.is_child and not child.views.strip():
            age = child.age_on(today)
            if age is not None and age < 3:
                continue  # a baby's views are gathered through observation, recorded elsewhere
            yield finding_for(rule, _hit(child.name), Location(f"family_members[{i}].views"), name=child.name)


_STOP = {
    "will",
    "the",
    "and",
    "to",
    "be",
    "a",
    "an",
    "of",
    "for",
    "in",
    "on",
    "at",
    "is",
    "are",
    "with",
    "his",
    "her",
    "their",
    "needs",
    "need",
    "help",
    "more",
}


def _content_words(text: str, people: frozenset[str] = frozenset()) -> set[str]:
    found = {re.sub(r"['’]s?$", "", w.lower()) for w in words(text)}
    return {w.rstrip("s") for w in found if len(w) > 2 and w not in _STOP and w not in people}


def _people_words(plan: Plan) -> frozenset[str]:
    """The words of the plan's people's names, and words for family: "Daniel's sleep" and a goal
    about Daniel's fights share Daniel, not a need."""
    names = [m.name for m in plan.family_members] + [n.name for n in plan.support_network]
    names += [p.name for p in plan.practitioners]
    return frozenset(w.lower() for name in names for w in words(name)) | FAMILY_WORDS


@plan_rule("plan-need-without-goal")
def need_without_goal(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    people = _people_words(plan)
    goal_words = [_content_words(f"{g.need} {g.outcome} {g.measure_of_success}", people) for g in plan.goals]
    for i, need in enumerate(plan.needs):
        if not need.strip():
            continue
        linked = any(g.need.strip().lower() == need.strip().lower() for g in plan.goals)
        overlap = any(_content_words(need, people) & found for found in goal_words)
        if not (linked or overlap):
            yield finding_for(rule, _hit(need), Location(f"needs[{i}]"), need=need)


@plan_rule("plan-no-goals")
def no_goals(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if _is_open(plan) and not plan.goals:
        yield finding_for(rule, _hit(), Location("goals"))


@plan_rule("plan-goal-without-actions")
def goal_without_actions(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    for g, goal in enumerate(plan.goals):
        if goal.status is GoalStatus.OPEN and not _live(goal.actions):
            yield finding_for(rule, _hit(goal.outcome), Location("actions", goal=g))


class _OwnerKinds:
    """What kind of person each owner is, using the plan's people before guessing from words.

    The plan's names are gathered once per plan, not once per action.
    """

    def __init__(self, plan: Plan) -> None:
        self.known = {m.name.lower(): PersonKind.FAMILY for m in plan.family_members}
        for m in plan.support_network:
            self.known.setdefault(m.name.lower(), PersonKind.NETWORK)
        for p in plan.practitioners:
            self.known.setdefault(p.name.lower(), PersonKind.PRACTITIONER)

    def of(self, who: str) -> set[PersonKind]:
        return {self.known.get(raw_name.lower(), kind) for _, raw_name, _, kind in people_in(who)}


@plan_rule("plan-no-family-actions")
def no_family_actions(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    actions = _live(plan.actions)
    if not _is_open(plan) or not actions:
        return
    owners = _OwnerKinds(plan)
    if not any(PersonKind.FAMILY in owners.of(a.who) for a in actions):
        yield finding_for(rule, _hit(), Location("goals"))


@plan_rule("plan-goal-to-do-list")
def to_do_list(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    owners = _OwnerKinds(plan)
    for g, goal in enumerate(plan.goals):
        actions = _live(goal.actions)
        if not actions or goal.status is not GoalStatus.OPEN:
            continue
        kinds = set().union(*(owners.of(a.who) for a in actions))
        if kinds == {PersonKind.FAMILY}:
            yield finding_for(rule, _hit(goal.outcome), Location("actions", goal=g))


@plan_rule("plan-network-not-explored")
def network_not_explored(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if _is_open(plan) and plan.family_members and not plan.support_network:
        yield finding_for(rule, _hit(), Location("support_network"))


_FATHER = re.compile(r"\b(?:father|dad|stepfather|step-father|stepdad|male carer|daddy)\b", re.IGNORECASE)


@plan_rule("plan-father-absent")
def father_absent(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if not _is_open(plan) or not plan.family_members:
        return
    fathers = [(i, m) for i, m in enumerate(plan.family_members) if _FATHER.search(m.relationship)]
    if not fathers:
        detail = "No father or male carer is recorded, and no reason is given."
        yield finding_for(rule, _hit(), Location("family_members"), detail=detail)
        return
    for i, father in fathers:
        if not father.involved_in_plan and not father.reason_not_involved.strip():
            detail = f"{father.name} ({father.relationship}) is not involved and no reason is recorded."
            yield finding_for(rule, _hit(father.name), Location(f"family_members[{i}]"), detail=detail)


def _normalised(text: str) -> set[str]:
    return {w.lower() for w in words(text)}


_ALIKE = 0.85  # share of words two actions have in common (of all the words of both)


@plan_rule("plan-duplicate-actions")
def duplicate_actions(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    actions = [(g, a, _normalised(action.how), action.how) for g, a, action in _numbered_actions(plan)]
    actions = [item for item in actions if len(item[2]) >= 3]
    for later, earlier in similar_pairs([item[2] for item in actions], _ALIKE):
        g, a, _, how = actions[later]
        og, oa = actions[earlier][:2]
        where = f"goal {og + 1}, action {oa + 1}"
        yield finding_for(rule, _hit(how), Location("how", goal=g, action=a), other=where)


def _numbered_actions(plan: Plan) -> Iterator[tuple[int, int, Action]]:
    for g, goal in enumerate(plan.goals):
        for a, action in enumerate(goal.actions):
            if action.status is not ActionStatus.STOPPED:
                yield g, a, action


def _live(actions: list[Action]) -> list[Action]:
    """The actions still part of the plan: a stopped one is kept for the record, not judged."""
    return [a for a in actions if a.status is not ActionStatus.STOPPED]


@plan_rule("plan-review-overdue")
def review_overdue(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    due = review_due(plan, catalogue.review_cycles)
    if _is_open(plan) and due is not None and due < today:
        yield finding_for(rule, _hit(), Location("reviews"), due=due.strftime("%d/%m/%Y"))


# A review set a week or two past the cycle, around a holiday, is within reason; months past is drift.
_REVIEW_GRACE = dt.timedelta(weeks=2)


@plan_rule("plan-review-beyond-cycle")
def review_beyond_cycle(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    # A later review is allowed when the review that set it says why (seed 000); a date set with
    # no review behind it, as in a plan typed into another system, has no reason to give.
    last = max(plan.reviews, key=lambda r: r.date, default=None)
    since = last.date if last else plan.started_on
    due = plan.next_review_date or (last.next_review_date if last else None)
    if not _is_open(plan) or since is None or due is None or (last and last.next_review_reason.strip()):
        return
    latest = latest_next_review(since, plan.plan_type, catalogue.review_cycles)
    if last is None and latest < today:
        return  # reviews before today were not recorded (a plan from another system): no cycle to count
    if due > latest + _REVIEW_GRACE:
        yield finding_for(
            rule,
            _hit(),
            Location("next_review_date"),
            due=f"{due:%d/%m/%Y}",
            weeks=str((due - since).days // 7),
            since=("the last review" if last else "the plan started") + f", {since:%d/%m/%Y}",
            latest=f"{latest:%d/%m/%Y}",
        )


@plan_rule("plan-open-over-a-year")
def open_over_a_year(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    started = plan.started_on
    if _is_open(plan) and started and (today - started).days > 365:
        yield finding_for(rule, _hit(), Location("started_on"), started=started.strftime("%d/%m/%Y"))


@plan_rule("plan-interim-expired")
def interim_expired(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    interim = plan.interim_safety_plan
    if interim is None or not _is_open(plan):
        return
    if interim.end_date is None:
        detail = "The interim safety plan has no end date."
    elif interim.end_date < today:
        detail = f"The interim safety plan ended on {interim.end_date:%d/%m/%Y} and is still in place."
    else:
        return
    yield finding_for(rule, _hit(interim.issue), Location("interim_safety_plan"), detail=detail)


@plan_rule("plan-gap-without-risk")
def gap_without_risk(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    for i, gap in enumerate(plan.service_gaps):
        if not gap.risk.strip():
            yield finding_for(
                rule, _hit(gap.support_needed), Location(f"service_gaps[{i}]"), gap=gap.support_needed
            )


_CLOSED_ACTION = (ActionStatus.DONE, ActionStatus.STOPPED)


_LAST_SCHOOL_YEAR = 13


@plan_rule("plan-reading-level")
def reading_level(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    # Scored over the whole plan: readability formulas mean little on one short sentence.
    sentences = [g.outcome for g in plan.goals] + [a.how for a in _live(plan.actions)]
    text = " ".join(s.strip().rstrip(".") + "." for s in sentences if s.strip())
    if len(words(text)) < 100:
        return
    grade = flesch_kincaid_grade(text)
    if grade >= 10:
        school_year = str(min(round(grade) + 1, _LAST_SCHOOL_YEAR))  # no school year after 13
        yield finding_for(rule, _hit(), Location("goals"), grade=school_year)


@plan_rule("plan-goal-without-outcome-area")
def goal_without_area(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    for g, goal in enumerate(plan.goals):
        if goal.supporting_families_outcome is None:
            yield finding_for(rule, _hit(goal.outcome), Location("supporting_families_outcome", goal=g))


@plan_rule("plan-achievement")
def achievements(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    for g, goal in enumerate(plan.goals):
        if goal.status is GoalStatus.ACHIEVED:
            # A goal brought in from a file with its outcome cell empty is still named, not left blank.
            detail = f"Goal achieved: {goal.outcome.strip() or 'a goal with no outcome written'}"
            yield finding_for(rule, _hit(goal.outcome), Location("status", goal=g), detail=detail)
            continue
        for a, action in enumerate(goal.actions):
            if action.status is ActionStatus.DONE:
                detail = f"Action done: {action.how.strip() or 'an action with nothing written'}"
                yield finding_for(rule, _hit(action.how), Location("status", goal=g, action=a), detail=detail)
