"""The oversight dashboard counts what inspectors ask about, and the reminders go out."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Goal, Plan, ProgressNote
from familyplan.web.oversight import selectors
from familyplan.web.oversight.generate import generate
from familyplan.web.oversight.models import SupervisionNote
from familyplan.web.reviews import selectors as review_selectors
from familyplan.web.reviews.models import Review, ScalingScore
from tests.people import ask_to_close, join_the_team, make_user, signed_in

TODAY = timezone.localdate()


def a_plan(lead: User, name: str, **plan_fields) -> Plan:
    family = services.family_create(by=lead, family_name=name)
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=TODAY - dt.timedelta(days=100)
    )
    Plan.objects.filter(pk=plan.pk).update(
        **{"next_review_date": TODAY + dt.timedelta(days=30), **plan_fields}
    )
    return Plan.objects.get(pk=plan.pk)


def reviewed(plan: Plan, lead: User, scores: list[int], done: int, notes: bool = True) -> Plan:
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    for i in range(3):
        Action.objects.create(
            goal=goal,
            how=f"Step {i}",
            who="Mum",
            when="Every day",
            status="done" if i < done else "in_progress",
        )
    for weeks, score in zip(range(len(scores), 0, -1), scores, strict=True):
        review = Review.objects.create(
            plan=plan, date=TODAY - dt.timedelta(weeks=6 * weeks), next_review_date=TODAY, recorded_by=lead
        )
        ScalingScore.objects.create(review=review, goal=goal, family_score=score, practitioner_score=score)
        if notes:
            ProgressNote.objects.create(
                action=goal.actions.first(), review=review, date=review.date, text="Progress."
            )
    services.plan_score_refresh(plan.pk)  # as every service does after a change
    return plan


def figures(user: User) -> dict[str, int]:
    return selectors.counts(user, selectors.Filters(), TODAY)


def test_plans_that_drift_are_counted_and_plans_that_progress_are_not(lead: User, manager: User) -> None:
    reviewed(a_plan(lead, "Flat"), lead, [4, 4], done=2)  # no rise, actions done: drift
    reviewed(a_plan(lead, "Falling"), lead, [6, 5], done=1)  # fell, actions done: drift
    reviewed(a_plan(lead, "Silent"), lead, [3, 5], done=0, notes=False)  # nothing recorded at all: drift
    reviewed(a_plan(lead, "Rising"), lead, [3, 6], done=2)  # rising: not drift
    reviewed(
        a_plan(lead, "Stuck but idle"), lead, [4, 4], done=0
    )  # flat but nothing done yet: not this kind of drift
    a_plan(lead, "New")  # no review yet

    drifting = selectors.figure_lists(manager, selectors.Filters(), TODAY)["drift"]

    assert figures(manager)["drift"] == 3
    assert sorted(p.family.family_name for p in drifting) == ["Falling", "Flat", "Silent"]
    worked_out_again = review_selectors.with_drift(Plan.objects.all()).filter(review_selectors.DRIFT)
    assert sorted(p.family.family_name for p in worked_out_again) == ["Falling", "Flat", "Silent"]


def test_recording_a_review_through_the_page_updates_drift(lead: User, manager: User) -> None:
    plan = reviewed(a_plan(lead, "Flat"), lead, [4], done=2)
    goal = plan.goals.get()

    signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {
            "date": TODAY.strftime("%d/%m/%Y"),
            "kind": "meeting",
            "next_review_date": (TODAY + dt.timedelta(weeks=6)).strftime("%d/%m/%Y"),
            f"family_{goal.pk}": "4",
            f"practitioners_{goal.pk}": "3",
            "attendees_other": "Mum",
            **{f"status_{a.pk}": a.status for a in goal.actions.all()},
            **{f"progress_{a.pk}": "Done as planned." for a in goal.actions.all()},
        },
    )

    assert Plan.objects.get(pk=plan.pk).reviews.count() == 2
    assert Plan.objects.get(pk=plan.pk).drifting


def test_an_overdue_review_is_on_the_dashboard_and_in_the_reminder_email(
    lead: User, manager: User, mailoutbox
) -> None:
    lead.email = "sarah@example.invalid"
    lead.save()
    late = a_plan(lead, "Late", next_review_date=TODAY - dt.timedelta(days=3))
    a_plan(lead, "On time")

    page = signed_in(manager).get("/oversight/").content.decode()
    result = CliRunner().invoke(app, ["remind", "--today", TODAY.isoformat()])

    assert figures(manager)["reviews-overdue"] == 1
    assert 'id="figure-reviews-overdue">1<' in page
    assert result.exit_code == 0, result.stdout
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["sarah@example.invalid"]
    assert f"Plan {late.pk}: review overdue since" in mailoutbox[0].body
    assert "Late" not in mailoutbox[0].body  # no family names in email


def test_a_plan_never_reviewed_is_due_a_full_cycle_after_it_started_everywhere(
    lead: User, manager: User, mailoutbox
) -> None:
    """No review date set: the first review is due eight weeks after the plan started, in the
    dashboard's list of reviews due, its list of reviews overdue and the lead's reminder."""
    lead.email = "sarah@example.invalid"
    lead.save()
    soon = a_plan(lead, "Soon", next_review_date=None, started_on=TODAY - dt.timedelta(weeks=7))
    late = a_plan(lead, "Late", next_review_date=None, started_on=TODAY - dt.timedelta(weeks=20))
    client = signed_in(manager)

    due = client.get("/oversight/reviews-due/?format=csv").content.decode()
    overdue = client.get("/oversight/reviews-overdue/?format=csv").content.decode()
    CliRunner().invoke(app, ["remind", "--today", TODAY.isoformat()])

    assert figures(manager)["reviews-due"] == 1
    assert "Soon" in due
    assert (TODAY + dt.timedelta(weeks=1)).isoformat() in due
    assert "Late" in overdue
    assert (TODAY - dt.timedelta(weeks=12)).isoformat() in overdue
    body = mailoutbox[0].body
    assert f"Plan {soon.pk}: review due on {TODAY + dt.timedelta(weeks=1):%d/%m/%Y}" in body
    assert f"Plan {late.pk}: review overdue since {TODAY - dt.timedelta(weeks=12):%d/%m/%Y}" in body


def test_overdue_actions_are_counted_until_they_are_done_or_their_goal_or_plan_ends(
    lead: User, manager: User
) -> None:
    coordinator = User.objects.create_user("coordinator", password="x", role=User.Role.COORDINATOR)
    plan = a_plan(lead, "Smith")
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school.", supporting_families_outcome="education"
    )
    past, soon = TODAY - dt.timedelta(days=3), TODAY + dt.timedelta(days=3)
    one_off = services.action_save(
        by=lead, goal=goal, how="Book the GP", who="Mum", when=past.strftime("%d/%m/%Y")
    )
    services.action_save(
        by=lead, goal=goal, how="Walk Ben to school", who="Mum", when=f"Every day (review {past:%d/%m/%Y})"
    )
    services.action_save(
        by=lead, goal=goal, how="Keep the diary", who="Mum", when=f"Ongoing, reviewed {past:%d/%m/%Y}"
    )
    services.action_save(by=lead, goal=goal, how="Visit school", who="Mum", when=soon.strftime("%d/%m/%Y"))
    services.action_save(
        by=lead, goal=goal, how="Call school", who="Mum", when=f"Every week (review {soon:%d/%m/%Y})"
    )
    other = services.goal_save(
        by=lead, plan=plan, outcome="Lily will sleep.", supporting_families_outcome="early_years"
    )
    services.action_save(by=lead, goal=other, how="Read a story", who="Mum", when=past.strftime("%d/%m/%Y"))

    # A one-off action is late after its date; a repeating or ongoing one after its review date.
    assert figures(manager)["actions-overdue"] == 4
    assert figures(coordinator)["actions-overdue"] == 4  # council-wide, counted another way
    assert figures(lead)["actions-overdue"] == 0  # oversight is a manager's: a practitioner oversees none

    services.action_save(by=lead, goal=goal, action=one_off, version=one_off.version, status="done")
    services.goal_save(by=lead, plan=plan, goal=other, version=other.version, status="achieved")
    assert figures(coordinator)["actions-overdue"] == figures(manager)["actions-overdue"] == 2

    ask_to_close(plan, lead)
    assert figures(coordinator)["actions-overdue"] == figures(manager)["actions-overdue"] == 0


def test_the_dashboard_can_be_narrowed_to_one_lead_practitioner(lead: User, manager: User, team) -> None:
    other = make_user("other", team=team)
    a_plan(lead, "Smith")
    a_plan(lead, "Jones")
    a_plan(other, "Patel")
    client = signed_in(manager)

    page = client.get("/oversight/").content.decode()
    assert f'<option value="{lead.pk}">Lead Tester</option>' in page
    assert 'id="figure-open-plans">3<' in page
    assert 'id="figure-open-plans">2<' in client.get(f"/oversight/?lead={lead.pk}").content.decode()
    assert 'id="figure-open-plans">1<' in client.get(f"/oversight/?lead={other.pk}").content.decode()


def test_a_taf_member_is_reminded_of_their_own_overdue_actions(lead: User, manager: User, mailoutbox) -> None:
    plan = a_plan(lead, "Smith")
    school = User.objects.create_user("school", email="school@example.invalid", password="x-long-password-1")
    taf = join_the_team(plan.family, lead, school, "Sehar", "Designated Safeguarding Lead", "School")
    goal = Goal.objects.create(plan=plan, outcome="x")
    Action.objects.create(
        goal=goal,
        how="Meet Ben",
        who="Sehar",
        when="1/1/2020",
        due_date=TODAY - dt.timedelta(days=2),
        taf_member=taf,
    )
    services.plan_score_refresh(plan.pk)  # as every service does after a change

    CliRunner().invoke(app, ["remind"])

    to_school = [m for m in mailoutbox if m.to == ["school@example.invalid"]]
    assert len(to_school) == 1
    assert f"Plan {plan.pk}: your action due" in to_school[0].body


def test_plans_with_no_recent_oversight_are_counted(lead: User, manager: User) -> None:
    seen = a_plan(lead, "Seen")
    a_plan(lead, "Unseen")
    a_plan(lead, "Just started", started_on=TODAY - dt.timedelta(days=5))  # not yet three months unseen
    SupervisionNote.objects.create(
        plan=seen, by=manager, date=TODAY - dt.timedelta(days=10), text="Talked it through."
    )
    listed = selectors.figure_lists(manager, selectors.Filters(), TODAY)["no-oversight"]

    assert figures(manager)["no-oversight"] == 1
    assert [p.family.family_name for p in listed] == ["Unseen"]


def test_each_figure_links_to_its_list_and_downloads_as_safe_csv(lead: User, manager: User) -> None:
    a_plan(lead, '=HYPERLINK("http://x")', next_review_date=TODAY - dt.timedelta(days=3))
    client = signed_in(manager)

    listing = client.get("/oversight/reviews-overdue/")
    download = client.get("/oversight/reviews-overdue/?format=csv")

    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert listing.status_code == 200
    assert rows[0][:2] == ["Family", "Reference"]
    assert rows[1][0] == '\'=HYPERLINK("http://x")'


def test_a_practitioner_cannot_open_the_dashboard(lead: User) -> None:
    assert signed_in(lead).get("/oversight/").status_code == 403


def test_the_dashboard_makes_the_same_number_of_queries_for_few_or_many_plans(db) -> None:
    coordinator = User.objects.create_user(
        "coordinator", password="a-long-password-3", role=User.Role.COORDINATOR
    )
    client = signed_in(coordinator)
    generate(20, seed=2)
    client.get("/oversight/")
    with CaptureQueriesContext(connection) as few:
        page = client.get("/oversight/").content.decode()
    generate(200, seed=3)
    with CaptureQueriesContext(connection) as many:
        client.get("/oversight/")

    assert 'id="figure-open-plans">0<' not in page
    assert len(many) == len(few)


@pytest.mark.parametrize("families", [30])
def test_generate_demo_makes_families_with_plans_reviews_and_actions(db, families: int) -> None:
    result = CliRunner().invoke(app, ["generate-demo", "--families", str(families)])

    assert result.exit_code == 0, result.stdout
    assert Plan.objects.count() == families
    assert Action.objects.count() >= families * 9
    assert Review.objects.exists()
    assert Plan.objects.filter(smart_score__isnull=True).count() == 0


class FakeNotify:
    """Stands in for GOV.UK Notify's client: records what would be sent."""

    def __init__(self) -> None:
        self.sent: list[dict] = []

    def send_email_notification(self, **message) -> None:
        self.sent.append(message)


def test_with_notify_set_up_reminders_go_through_notify(lead: User, settings, mailoutbox) -> None:
    from familyplan.web.oversight.reminders import send_reminders

    settings.NOTIFY_TEMPLATE_ID = "template-123"
    lead.email = "sarah@example.invalid"
    lead.save()
    a_plan(lead, "Late", next_review_date=TODAY - dt.timedelta(days=1))
    notify = FakeNotify()

    send_reminders(TODAY, notify=notify)

    assert mailoutbox == []
    assert notify.sent[0]["email_address"] == "sarah@example.invalid"
    assert notify.sent[0]["template_id"] == "template-123"
    assert "review overdue since" in notify.sent[0]["personalisation"]["body"]


def test_plans_whose_lead_has_left_are_counted_for_the_manager_to_give_a_new_lead(
    lead: User, manager: User
) -> None:
    from familyplan.web.accounts import people_services

    leaver = make_user("leaver", team=lead.team)
    a_plan(leaver, "Left behind")
    a_plan(lead, "Still led")
    administrator = make_user("administrator", role=User.Role.ADMINISTRATOR)
    people_services.person_change(
        person=leaver,
        by=administrator,
        first_name=leaver.first_name,
        last_name=leaver.last_name,
        email=leaver.email,
        is_active=False,
    )

    page = signed_in(manager).get("/oversight/lead-left/").content.decode()

    assert figures(manager)["lead-left"] == 1
    assert "Plans whose lead practitioner has left" in page
    assert "Left behind" in page
    assert "Still led" not in page


def test_a_plan_waiting_for_sign_off_is_still_open_on_the_dashboard(lead: User, manager: User) -> None:
    waiting = a_plan(lead, "Waiting")
    services.service_gap_add(
        plan=waiting, by=lead, kind_of_service="Counselling", support_needed="For Mia", risk="Panic attacks"
    )
    ask_to_close(Plan.objects.get(pk=waiting.pk), lead)

    counted = figures(manager)

    assert Plan.objects.get(pk=waiting.pk).status == Plan.Status.AWAITING_SIGN_OFF
    assert counted["open-plans"] == 1
    assert counted["service-gaps"] == 1
