"""Daily reminders: leads hear of reviews due within 7 days or overdue and of overdue actions in
their plans; other Team Around the Family members hear of their own overdue actions.

Emails carry plan numbers and links, never family names: email travels further than the app.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse

from familyplan.web.casework.models import Action, Plan, TafMember


@dataclass
class Reminder:
    email: str
    name: str
    reviews: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


def _link(plan_id: int) -> str:
    return settings.BASE_URL.rstrip("/") + reverse("plan", args=[plan_id])


def _overdue_actions(today: dt.date) -> Q:
    # The same stored date the dashboard counts: set only on actions still to do on open goals
    # of live plans.
    return Q(overdue_from__lt=today)


def reminders(today: dt.date) -> list[Reminder]:
    by_person: dict[int, Reminder] = {}

    def person(user) -> Reminder:  # type: ignore[no-untyped-def]
        return by_person.setdefault(user.pk, Reminder(user.email, user.get_full_name() or user.username))

    leads = TafMember.objects.filter(is_lead=True, user__isnull=False, user__is_active=True).exclude(
        user__email=""
    )
    due = Plan.objects.filter(status=Plan.Status.LIVE, next_review_date__lte=today + dt.timedelta(days=7))
    lead_of = {t.family_id: t.user for t in leads.select_related("user") if t.user is not None}
    for plan in due.filter(family_id__in=lead_of.keys()).order_by("next_review_date"):
        when = "overdue since" if plan.next_review_date and plan.next_review_date < today else "due on"
        person(lead_of[plan.family_id]).reviews.append(
            f"Plan {plan.pk}: review {when} {plan.next_review_date:%d/%m/%Y} – {_link(plan.pk)}"
        )
    overdue = Action.objects.filter(_overdue_actions(today)).select_related("goal__plan", "taf_member__user")
    counted: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for action in overdue:
        plan_id, family_id = action.goal.plan_id, action.goal.plan.family_id
        owner = action.taf_member.user if action.taf_member and action.taf_member.user else None
        if owner is not None and owner.email and owner.is_active and owner != lead_of.get(family_id):
            date = action.due_date or action.review_date
            person(owner).actions.append(
                f"Plan {plan_id}: your action due {date:%d/%m/%Y} – {_link(plan_id)}"
            )
        if family_id in lead_of:
            counted[lead_of[family_id].pk][plan_id] += 1
    for lead_id, plans in counted.items():
        lead = next(u for u in lead_of.values() if u.pk == lead_id)
        for plan_id, n in sorted(plans.items()):
            person(lead).actions.append(
                f"Plan {plan_id}: {n} overdue action{'s' if n > 1 else ''} – {_link(plan_id)}"
            )
    return [r for r in by_person.values() if r.reviews or r.actions]


SUBJECT = "Family Plan: reviews and actions to look at"


def _notify_client() -> Any:
    """GOV.UK Notify's client when a key and template are set, else None (Django's email is used)."""
    if not (settings.NOTIFY_API_KEY and settings.NOTIFY_TEMPLATE_ID):
        return None
    from notifications_python_client.notifications import NotificationsAPIClient

    return NotificationsAPIClient(settings.NOTIFY_API_KEY)  # type: ignore[no-untyped-call]


def send_reminders(today: dt.date, notify: Any = None) -> int:
    """Send each person their reminder: through GOV.UK Notify if it is set up, else Django's email.

    The Notify template needs two fields: ((subject)) and ((body)).
    """
    notify = notify if notify is not None else _notify_client()
    sent = 0
    for reminder in reminders(today):
        lines = [f"Hello {reminder.name},", ""]
        if reminder.reviews:
            lines += ["Reviews due within 7 days or overdue:", *reminder.reviews, ""]
        if reminder.actions:
            lines += ["Overdue actions:", *reminder.actions, ""]
        lines += ["This is a daily reminder from Family Plan."]
        body = "\n".join(lines)
        if notify is not None:
            notify.send_email_notification(
                email_address=reminder.email,
                template_id=settings.NOTIFY_TEMPLATE_ID,
                personalisation={"subject": SUBJECT, "body": body},
            )
        else:
            send_mail(SUBJECT, body, None, [reminder.email])
        sent += 1
    return sent
