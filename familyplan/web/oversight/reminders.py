"""Daily reminders: leads hear of reviews due within 7 days or overdue and of overdue actions in
their plans; other Team Around the Family members hear of their own overdue actions.

Emails carry plan numbers and links, never family names: email travels further than the app.
Run from cron: settings that cannot work are refused before anything is sent; each person's
failure is reported on one line and the run goes on; a summary ends the run.
"""

from __future__ import annotations

import datetime as dt
import re
import smtplib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse

from familyplan.web.casework.models import Action, Plan, TafMember
from familyplan.web.casework.review_due import review_due_between, review_due_on
from familyplan.web.council.services import cycles

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


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

    # People without an email address are kept: the run lists them, so someone can add one.
    leads = TafMember.objects.filter(is_lead=True, user__isnull=False, user__is_active=True)
    council = cycles()
    due = Plan.objects.filter(review_due_between(None, today + dt.timedelta(days=7), council))
    lead_of = {t.family_id: t.user for t in leads.select_related("user") if t.user is not None}
    live = due.filter(status=Plan.Status.LIVE, family_id__in=lead_of.keys())
    for day, plan in sorted(
        ((review_due_on(p, council), p) for p in live.prefetch_related("reviews")),
        key=lambda d: (d[0], d[1].pk),
    ):
        when = "overdue since" if day < today else "due on"
        person(lead_of[plan.family_id]).reviews.append(
            f"Plan {plan.pk}: review {when} {day:%d/%m/%Y} – {_link(plan.pk)}"
        )
    overdue = Action.objects.filter(_overdue_actions(today)).select_related("goal__plan", "taf_member__user")
    counted: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for action in overdue:
        plan_id, family_id = action.goal.plan_id, action.goal.plan.family_id
        owner = action.taf_member.user if action.taf_member and action.taf_member.user else None
        if owner is not None and owner.is_active and owner != lead_of.get(family_id):
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
NOTIFY_KEY = re.compile(r"^[\w.-]+-" + _UUID + "-" + _UUID + "$")
TEMPLATE_ID = re.compile("^" + _UUID + "$")
ATTEMPTS = 3


class ReminderConfigError(Exception):
    """Reminders cannot be sent as set up: said before anything is sent."""


@dataclass
class RunSummary:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    no_email: list[str] = field(default_factory=list)


def base_url_checked() -> str:
    """FAMILYPLAN_BASE_URL, the address people open the service at, which links in emails start with."""
    url = str(settings.BASE_URL).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ReminderConfigError(
            f"FAMILYPLAN_BASE_URL is '{url}': it must be the address people open Family Plan at, "
            "such as https://familyplan.example.gov.uk (links in the emails start with it); nothing was sent."
        )
    return url.rstrip("/")


def notify_client() -> Any:
    """GOV.UK Notify's client when a key and template are set, None when neither is (Django's email)."""
    key, template = str(settings.NOTIFY_API_KEY).strip(), str(settings.NOTIFY_TEMPLATE_ID).strip()
    if not key and not template:
        return None
    if not key or not template:
        missing = "FAMILYPLAN_NOTIFY_TEMPLATE_ID" if key else "FAMILYPLAN_NOTIFY_API_KEY"
        raise ReminderConfigError(
            f"GOV.UK Notify is half set up: {missing} is missing (both the API key and the id of an email "
            "template with ((subject)) and ((body)) are needed); nothing was sent."
        )
    if not NOTIFY_KEY.match(key):
        raise ReminderConfigError(
            "FAMILYPLAN_NOTIFY_API_KEY is not a GOV.UK Notify API key (it should be the key's name, the "
            "service id and the secret, as Notify shows it once when the key is made); nothing was sent."
        )
    if not TEMPLATE_ID.match(template):
        raise ReminderConfigError(
            "FAMILYPLAN_NOTIFY_TEMPLATE_ID is not a Notify template id (a UUID, from the template's page); "
            "nothing was sent."
        )
    from notifications_python_client.notifications import NotificationsAPIClient

    return NotificationsAPIClient(key, base_url=settings.NOTIFY_BASE_URL, timeout=10)  # type: ignore[no-untyped-call]


def _body(reminder: Reminder) -> str:
    lines = [f"Hello {reminder.name},", ""]
    if reminder.reviews:
        lines += ["Reviews due within 7 days or overdue:", *reminder.reviews, ""]
    if reminder.actions:
        lines += ["Overdue actions:", *reminder.actions, ""]
    lines += ["This is a daily reminder from Family Plan."]
    return "\n".join(lines)


class _Unreachable(Exception):
    pass


def _said(error: Any) -> str:
    message = error.message
    if isinstance(message, list):
        message = "; ".join(str(m.get("message", m)) if isinstance(m, dict) else str(m) for m in message)
    return " ".join(str(message).split())[:300]


def _through_notify(notify: Any, reminder: Reminder, body: str, pause: float) -> str | None:
    """None once sent, else why not; tried again, after a growing pause, when Notify fails (5xx)
    or cannot be reached."""
    from notifications_python_client.errors import APIError

    reason = ""
    for attempt in range(ATTEMPTS):
        if attempt:
            time.sleep(pause * 2 ** (attempt - 1))
        try:
            notify.send_email_notification(
                email_address=reminder.email,
                template_id=str(settings.NOTIFY_TEMPLATE_ID).strip(),
                personalisation={"subject": SUBJECT, "body": body},
            )
            return None
        except APIError as error:
            if getattr(error, "response", None) is None:
                reason = f"GOV.UK Notify could not be reached at {settings.NOTIFY_BASE_URL}"
                continue
            if error.status_code < 500:
                return f"GOV.UK Notify refused it ({error.status_code}: {_said(error)})"
            reason = f"GOV.UK Notify failed ({error.status_code}: {_said(error)}) {ATTEMPTS} times"
    if reason.startswith("GOV.UK Notify could not be reached"):
        raise _Unreachable(reason)
    return reason


def _through_email(reminder: Reminder, body: str) -> str | None:
    try:
        send_mail(SUBJECT, body, None, [reminder.email])
    except (smtplib.SMTPException, OSError) as error:
        return f"the email could not be sent ({' '.join(str(error).split())[:200]})"
    return None


def send_reminders(today: dt.date, notify: Any = None) -> RunSummary:
    """Send each person their reminder: through GOV.UK Notify if it is set up, else Django's email.

    Settings that cannot work are refused before anything is sent (ReminderConfigError). Each
    person's failure is kept with a one-line reason and the run goes on; when Notify cannot be
    reached at all, the people not yet tried are listed as not sent.
    """
    base_url_checked()
    notify = notify if notify is not None else notify_client()
    pause = float(settings.NOTIFY_RETRY_SECONDS)
    summary = RunSummary()
    unreachable = ""
    for reminder in reminders(today):
        who = f"{reminder.name} <{reminder.email}>" if reminder.email else reminder.name
        if not reminder.email:
            summary.no_email.append(reminder.name)
            continue
        if unreachable:
            summary.failed.append((who, f"not tried: {unreachable}"))
            continue
        body = _body(reminder)
        try:
            reason = (
                _through_notify(notify, reminder, body, pause) if notify else _through_email(reminder, body)
            )
        except _Unreachable as error:
            unreachable = reason = str(error)
        if reason:
            summary.failed.append((who, reason))
        else:
            summary.sent.append(who)
    return summary
