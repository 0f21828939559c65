"""Realistic plans and statements made up for benchmarks: varied names, dates and wording."""

from __future__ import annotations

import datetime as dt
import random

from familyplan.plan.models import (
    Action,
    FamilyMember,
    Goal,
    NetworkMember,
    Plan,
    Practitioner,
    SupportingFamiliesOutcome,
)

CHILDREN = ["Ben", "Lily", "Sam", "Ava", "Noah", "Mia", "Kai", "Zara", "Leo", "Ruby", "Tyler", "Amber"]
PRACTITIONERS = [
    ("Sarah Jones", "Family Support Worker"),
    ("Priya Shah", "Health Visitor"),
    ("Mr Patel", "Housing Officer"),
    ("Mrs March", "Head of Year 6"),
    ("Sehar Khan", "DSL"),
    ("Tom Reid", "Youth Worker"),
]
OUTCOMES = [
    "{c} will be in school for at least {n}% of sessions each half term, measured by the school register.",
    "{c} will go to sleep by 8pm on at least {k} nights a week, recorded in the sleep diary.",
    "{c} will have appropriate emotional support.",
    "To promote {c}'s emotional well-being.",
    "Maintain good school attendance.",
    "{c} will stop missing school.",
    "Mum will have a weekly budget that covers rent, food and bills by {d}.",
    "{c} will tell a trusted adult when upset, at least {k} times a week by the next review.",
]
ACTIONS = [
    "{p} will visit every {w} at {h}pm to help Mum plan the week's meals.",
    "Mum will monitor {c}'s school attendance.",
    "Mum will read a bedtime story with {c} every night and tick the chart on the fridge.",
    "{p} to support Mum.",
    "Grandma will keep the house clean and tidy.",
    "Dad will ring his sponsor when he feels like drinking and go to the {w} evening group.",
    "Mum to attend {k} sessions of the parenting programme.",
    "Auntie Jo will collect {c} from school on {w}s while Mum goes to college.",
    "An exit card will be available in every lesson so {c} can leave if overwhelmed.",
    "CAMHS referral for {c} to be completed.",
]
WHENS = [
    "{d}",
    "Every {w} (review {d})",
    "ASAP",
    "Ongoing",
    "Within {k} weeks",
    "By {d}",
    "Every day (review {d})",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _fill(template: str, r: random.Random, people: list[tuple[str, str]]) -> str:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=r.randint(0, 300))
    name, role = r.choice(people)
    return template.format(
        c=r.choice(CHILDREN),
        p=f"{name} ({role})",
        n=r.choice([80, 85, 90, 95]),
        k=r.randint(2, 10),
        d=day.strftime(r.choice(["%d.%m.%Y", "%d/%m/%Y", "%d %B %Y"])),
        w=r.choice(WEEKDAYS),
        h=r.randint(1, 6),
    )


def make_plan(seed: int, goals: int = 10, actions_per_goal: int = 4) -> Plan:
    r = random.Random(seed)
    people = r.sample(PRACTITIONERS, 4)
    family_whos = ["Mum", "Dad", f"{r.choice(CHILDREN)} (Young person)", "Grandma Pat (support network)"]
    plan_goals = []
    for _ in range(goals):
        actions = []
        for _ in range(actions_per_goal):
            who = r.choice([f"{n} ({role})" for n, role in people] + family_whos)
            actions.append(
                Action(
                    how=_fill(r.choice(ACTIONS), r, people), who=who, when=_fill(r.choice(WHENS), r, people)
                )
            )
        plan_goals.append(
            Goal(
                outcome=_fill(r.choice(OUTCOMES), r, people),
                supporting_families_outcome=r.choice(list(SupportingFamiliesOutcome)),
                actions=actions,
            )
        )
    return Plan(
        family_name="Family",
        started_on=dt.date(2025, 1, 6),
        family_members=[
            FamilyMember(name="Susan", relationship="Mum"),
            FamilyMember(name="Ben", relationship="Son", is_child=True, date_of_birth=dt.date(2013, 4, 2)),
        ],
        support_network=[NetworkMember(name="Grandma Pat", relationship="Grandmother")],
        practitioners=[Practitioner(name=n, role=role, is_lead=i == 0) for i, (n, role) in enumerate(people)],
        strengths=["Mum and Ben are close."],
        goals=plan_goals,
        contingency="If Mum is unwell, Grandma Pat will look after the children and take them to school.",
    )


def make_statements(count: int, seed: int = 1) -> list[tuple[str, str]]:
    """Distinct statements of every kind: each is new to the checker, so nothing is served from memory."""
    r = random.Random(seed)
    pools = {"outcome": OUTCOMES, "action": ACTIONS, "when": WHENS}
    out = []
    for i in range(count):
        kind = r.choice(["outcome", "action", "action", "when", "who"])
        if kind == "who":
            name, role = r.choice(PRACTITIONERS)
            text = f"{name} {i} ({role})"
        else:
            text = f"{_fill(r.choice(pools[kind]), r, PRACTITIONERS)} ({i})"
        out.append((text, kind))
    return out
