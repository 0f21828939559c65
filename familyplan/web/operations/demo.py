"""Demo families for `make run`: three families at different stages, one of them the
worked example from the Merton guidance (seed 000), with its reviews.

Demo users are made only here, and only when demo data is loaded on purpose.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Action, Family, FamilyMember, Goal, NetworkMember, Plan, TafMember
from familyplan.web.reviews.services import ActionUpdate, GoalUpdate, review_record

DEMO_PASSWORD = "family-plan-demo"
ATTENDEES = "\n".join(
    [
        "Susan Smith (Mum)",
        "Ben Smith",
        "Sarah Jones (Family Support Worker)",
        "Sehar Khan (Designated Safeguarding Lead)",
    ]
)
DEMO_USERS = [
    # username, first, last, role, job title, agency
    ("lead", "Sarah", "Jones", User.Role.PRACTITIONER, "Family Support Worker", "Early Help Service"),
    ("taf", "Sehar", "Khan", User.Role.PRACTITIONER, "Designated Safeguarding Lead", "Hope Primary School"),
    ("manager", "Helen", "Price", User.Role.MANAGER, "Early Help Team Manager", "Early Help Service"),
    ("admin", "Alex", "Green", User.Role.ADMINISTRATOR, "System Administrator", "Council"),
]


def _users() -> dict[str, User]:
    team, _ = Team.objects.get_or_create(name="Early Help North")
    users = {}
    for username, first, last, role, title, agency in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "role": role,
                "job_title": title,
                "agency": agency,
                "team": team,
                "is_staff": role == User.Role.ADMINISTRATOR,
                "is_superuser": role == User.Role.ADMINISTRATOR,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        users[username] = user
    return users


def _ben_family(users: dict[str, User]) -> Family:
    """Ben, his Mum and Dad, Grandma Pat, and the Team Around the Family (the Merton example, seed 000)."""
    susan = _person("Susan Smith", "Mum", date_of_birth=dt.date(1986, 5, 14))
    ben = _person(
        "Ben Smith",
        "Son",
        date_of_birth=dt.date(2012, 9, 3),
        is_child=True,
        views="I want to feel less worried about going into class.",
    )
    paul = _person(
        "Paul Smith",
        "Dad",
        involved_in_plan=False,
        reason_not_involved="Lives in Scotland; Susan shares the plan with him by phone each month.",
    )
    family = _family_of(users["lead"], "Smith", "EH-1001", [susan, ben, paul])
    gran = _person("Grandma Pat", "Grandmother", how_they_help="Takes Ben to school on Mondays")
    school = _practitioner("Sehar Khan", "Designated Safeguarding Lead", "Hope Primary School")
    around: list[tuple[type[NetworkMember | TafMember], dict[str, Any]]] = [
        (NetworkMember, gran),
        (TafMember, school | {"user": users["taf"], "contact": "0161 496 0000"}),
        (TafMember, _practitioner("Mohamed Ali", "Youth Counsellor", "Off the Record")),
    ]
    for model, fields in around:
        services.person_add(model=model, by=users["lead"], family=family, **fields)
    return family


def _ben_actions(goal: Goal, users: dict[str, User], started: dt.date, today: dt.date) -> list[Action]:
    """The plan's actions (seed 000); the school's, given to Sehar Khan's place in the Team Around
    the Family, which is linked to her account, so signing in as her shows it as hers to update."""
    review_day = (today + dt.timedelta(weeks=6)).strftime("%d.%m.%Y")
    sehar = goal.plan.family.taf.get(user=users["taf"])
    actions = [
        (
            "To support Ben's attendance, Ben is to arrive at school at 9am, "
            "15 minutes later to miss the rush.",
            "Susan (Parent) / Ben (Young person)",
            f"Every day (review {review_day})",
            "in_progress",
            None,
        ),
        (
            "Exit card to be available in all lessons so Ben can leave if he's becoming overwhelmed.",
            "Sehar (DSL) / Ben (Young person)",
            f"Every lesson (review {review_day})",
            "in_progress",
            sehar,
        ),
        (
            "CAMHS referral to be completed.",
            "Mohamed (Off the record)",
            (started + dt.timedelta(days=14)).strftime("%d.%m.%Y"),
            "done",
            None,
        ),
    ]
    return [
        services.action_save(
            by=users["lead"], goal=goal, how=how, who=who, when=when, status=status, taf_member=member
        )
        for how, who, when, status, member in actions
    ]


def _ben(users: dict[str, User], today: dt.date) -> None:
    family = _ben_family(users)
    started = today - dt.timedelta(weeks=14)
    plan = services.plan_start(family=family, by=users["lead"], plan_type="early_help", started_on=started)
    services.plan_update(
        by=users["lead"],
        plan=plan,
        version=plan.version,
        reason="Ben has been missing school and becomes overwhelmed in class.",
        worries="Ben's attendance was 62% last term.\nBen gets overwhelmed in busy corridors.",
        strengths="Susan and Ben talk every evening.\nBen enjoys art and wants to go to college.",
        needs="Ben's school attendance",
        contingency=(
            "If Susan is unwell, Grandma Pat will take Ben to school and ring Sarah Jones the same day."
        ),
    )
    goal = services.goal_save(
        by=users["lead"],
        plan=plan,
        outcome="By Easter, Ben will be in school for at least 90% of sessions each half term.",
        supporting_families_outcome="education",
        measure_of_success="The school register shows 90% or more",
        need="Ben's school attendance",
    )
    actions = _ben_actions(goal, users, started, today)
    for weeks, (family_score, practitioner_score), notes in [
        (
            8,
            (4, 3),
            ["Ben has started arriving at 9am.", "The exit card is in place.", "Referral completed."],
        ),
        (
            2,
            (6, 6),
            [
                "This has been working well and Ben has felt more comfortable coming into class. "
                "Attendance is now 85%.",
                "An exit card has been available, and Ben has used this 10 times in the past 6 weeks.",
                "Ben remains on the CAMHS waiting list.",
            ],
        ),
    ]:
        day = today - dt.timedelta(weeks=weeks)
        review_record(
            plan=Plan.objects.get(pk=plan.pk),
            by=users["lead"],
            review_fields={
                "date": day,
                "kind": "meeting",
                "attendees": ATTENDEES,
                "apologies": "Mohamed Ali (Youth Counsellor)",
                "child_views": "Mornings are easier now.",
                "contingency_reviewed": True,
                "next_review_date": day + dt.timedelta(weeks=6),
            },
            actions=[ActionUpdate(a, note, a.status) for a, note in zip(actions, notes, strict=True)],
            goals=[GoalUpdate(Goal.objects.get(pk=goal.pk), family_score, practitioner_score, False)],
        )


def _person(name: str, relationship: str, **more: Any) -> dict[str, Any]:
    """A member of the family as the demo gives them: a name, how they are related, and any more."""
    return {"name": name, "relationship": relationship, **more}


def _practitioner(name: str, role: str, agency: str) -> dict[str, Any]:
    """A practitioner in the Team Around the Family: a name, their role written in full, and their agency."""
    return {"name": name, "role": role, "agency": agency}


def _family_of(lead: User, family_name: str, reference: str, members: list[dict[str, Any]]) -> Family:
    """A family's record with its members, made by the lead practitioner."""
    family = services.family_create(
        by=lead, family_name=family_name, reference=reference, address_area="North"
    )
    for member in members:
        services.person_add(model=FamilyMember, by=lead, family=family, **member)
    return family


def _plan_of(lead: User, family: Family, plan_type: str, started_on: dt.date, goal: dict[str, Any]) -> Plan:
    """A plan with one goal and the actions given with it (``goal["actions"]``)."""
    plan = services.plan_start(family=family, by=lead, plan_type=plan_type, started_on=started_on)
    actions = goal.pop("actions")
    saved = services.goal_save(by=lead, plan=plan, **goal)
    for action in actions:
        services.action_save(by=lead, goal=saved, **action)
    return plan


def _khan(users: dict[str, User], today: dt.date) -> None:
    mum = _person("Amina Khan", "Mum")
    zara = _person("Zara Khan", "Daughter", date_of_birth=dt.date(2019, 2, 11), is_child=True)
    family = _family_of(users["lead"], "Khan", "EH-1002", [mum, zara])
    bedtime = {"how": "Mum will monitor Zara's bedtime.", "who": "Mum", "when": "ASAP"}
    sleep = {
        "outcome": "Improve Zara's sleep.",
        "supporting_families_outcome": "early_years",
        "actions": [bedtime],
    }
    _plan_of(users["lead"], family, "my_plan", today, sleep)


def _patel(users: dict[str, User], today: dt.date) -> None:
    dad = _person("Ravi Patel", "Dad")
    anil = _person(
        "Anil Patel", "Son", date_of_birth=dt.date(2010, 7, 1), is_child=True, views="I like my new room."
    )
    family = _family_of(users["lead"], "Patel", "EH-0950", [dad, anil])
    viewing = {
        "how": "Mr Patel (Housing Officer) will arrange a viewing of the flat on Hope Street.",
        "who": "Mr Patel (Housing Officer)",
        "when": "Done",
        "status": "done",
    }
    home = {
        "outcome": "The family will live in a home with two bedrooms by 1 June.",
        "supporting_families_outcome": "housing",
        "status": "achieved",
        "actions": [viewing],
    }
    plan = _plan_of(users["lead"], family, "early_help", today - dt.timedelta(weeks=30), home)
    closure.closure_request(
        plan=plan,
        by=users["lead"],
        reason="outcomes_achieved",
        summary="The family moved into a two-bedroom flat and are settled.",
        ongoing_actions="School will keep in touch with Ravi each half term.",
        family_agreed=True,
        taf_agreed=True,
    )
    closure.closure_sign_off(plan=plan, by=users["manager"])


@transaction.atomic
def load_demo(today: dt.date | None = None) -> list[tuple[str, str]]:
    """Load the demo once; later calls change nothing. Returns the logins."""
    today = today or timezone.localdate()
    users = _users()
    if not Family.objects.filter(reference__in=["EH-1001", "EH-1002", "EH-0950"]).exists():
        _ben(users, today)
        _khan(users, today)
        _patel(users, today)
    return [(u.username, f"{u.display_name}, {u.job_title}") for u in users.values()]
