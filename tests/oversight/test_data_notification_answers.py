"""The DATA Notification form (seed 001) is sent only with what the coordinator passes on: when the
gap was discussed with them (a day that has come) and why it should, or should not, be raised
through the Local Safeguarding Partnership Board; each left out is named, and what was typed kept."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan, ServiceGap
from familyplan.web.oversight.models import DataNotification
from tests.people import make_user, signed_in
from tests.web.test_messages_say_which_field import errors_of

TODAY = timezone.localdate()


@pytest.fixture
def gap(plan: Plan, lead: User) -> ServiceGap:
    return services.service_gap_add(
        plan=plan, by=lead, kind_of_service="Parenting", support_needed="A course", risk="Mornings stay hard"
    )


def send(lead: User, gap: ServiceGap, **answers: str):
    fields = {
        "location": "Cyprus",
        "kind_of_service": "Parenting",
        "support_needed": "A parenting course",
        "risk": "Mornings stay hard",
        "discussed_with_coordinator_on": f"{TODAY:%d/%m/%Y}",
        "raise_with_lspb": "on",
        "lspb_reason": "Three families here have no parenting support.",
    }
    return signed_in(lead).post(f"/plans/{gap.plan_id}/gaps/{gap.pk}/data-notification/", fields | answers)


def test_a_data_notification_without_when_it_was_discussed_or_why_is_not_sent(
    lead: User, gap: ServiceGap, mailoutbox
) -> None:
    response = send(lead, gap, discussed_with_coordinator_on="", lspb_reason="  ")

    page = html.unescape(response.content.decode())
    assert errors_of(page) == [
        "Enter the date you discussed it with the early help coordinator",
        "Say why it should, or should not, be raised through the Local Safeguarding Partnership Board",
    ]
    assert 'value="Cyprus"' in page
    assert not DataNotification.objects.exists()
    assert mailoutbox == []


def test_a_data_notification_discussed_on_a_day_to_come_is_not_sent(lead: User, gap: ServiceGap) -> None:
    ahead = (TODAY + dt.timedelta(days=3)).strftime("%d/%m/%Y")

    response = send(lead, gap, discussed_with_coordinator_on=ahead)

    page = html.unescape(response.content.decode())
    assert errors_of(page) == [
        "The date you discussed it with the early help coordinator must be today or in the past"
    ]
    assert f'value="{ahead}"' in page
    assert not DataNotification.objects.exists()


def test_every_answer_left_out_is_named_in_plain_words(lead: User, gap: ServiceGap) -> None:
    response = send(lead, gap, location="", kind_of_service="", support_needed="", risk="")

    errors = errors_of(html.unescape(response.content.decode()))
    assert errors == [
        "Enter where the family lives",
        "Enter the kind of service",
        "Enter the support that is needed but not available",
        "Enter the risk this poses to the child and family",
    ]


def test_a_data_notification_with_every_answer_is_sent_and_its_download_has_them(
    lead: User, gap: ServiceGap
) -> None:
    coordinator = make_user("coordinator", User.Role.COORDINATOR)

    response = send(lead, gap)
    notification = DataNotification.objects.get()
    download = signed_in(coordinator).get(f"/data-notifications/{notification.pk}.csv").content.decode()

    assert response.status_code == 302
    assert f"Discussed with the early help coordinator on,{TODAY.isoformat()}" in download
    assert "Three families here have no parenting support." in download
