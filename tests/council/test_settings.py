"""A council's settings take effect on the next plan and check, and are on the audit trail."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan, ServiceGap
from tests.people import make_user, signed_in

SAVED = {
    "council_name": "Hull City Council",
    "contact_line": "Early Help Hub: 01482 000000",
    "procedures_url": "https://procedures.example.invalid/",
    "early_help_weeks": "4",
    "early_help_latest_weeks": "6",
    "my_plan_weeks": "6",
    "interim_days": "7",
    "checker_settings": "disabled: [action-purposeless-verb]\nwords:\n  who-organisation: [youth hub]\n",
    "example_kind": "action",
    "save": "1",
    **{
        f"outcome_{code}": label
        for code, label in [
            ("education", "Getting a good education"),
            ("early_years", "Good early years development"),
            ("health", "Improved mental and physical health"),
            ("substance_use", "Better managed substance use"),
            ("family_relationships", "Improved family relationships"),
            ("safe_from_abuse", "Children safe from abuse and exploitation"),
            ("crime", "Families diverted from crime"),
            ("domestic_abuse", "Safe from domestic abuse"),
            ("housing", "Secure housing"),
            ("financial_stability", "Financial stability"),
        ]
    },
}


def text(response) -> str:
    return html.unescape(response.content.decode())


def admin(db) -> User:
    return make_user("admin", role=User.Role.ADMINISTRATOR)


def test_changed_settings_show_on_the_next_plan_and_check_and_in_the_audit_trail(
    lead: User, plan: Plan, db
) -> None:
    client = signed_in(admin(db))

    saved = client.post("/settings/", SAVED)

    assert saved.status_code == 302
    lead_client = signed_in(lead)
    review_form = text(lead_client.get(f"/plans/{plan.pk}/reviews/new/"))
    assert (timezone.localdate() + dt.timedelta(weeks=4)).strftime("%d/%m/%Y") in review_form  # the new cycle
    goal_form = text(lead_client.get(f"/plans/{plan.pk}/goals/new/"))
    assert "Families diverted from crime" in goal_form  # the council's wording
    check = text(
        lead_client.post(
            "/check/", {"kind": "action", "field": "how", "how": "Mum will monitor attendance daily"}
        )
    )
    assert "does not say what will actually be done" not in check  # the rule switched off
    assert "will monitor attendance daily" in check  # the reading is still shown
    who = text(lead_client.post("/check/", {"kind": "who", "field": "who", "who": "Youth Hub"}))
    assert "is an organisation or a group" in who  # the council's own word
    assert "Hull City Council" in text(lead_client.get("/"))
    assert "Early Help Hub: 01482 000000" in text(lead_client.get("/"))
    assert 'href="https://procedures.example.invalid/">The council\'s procedures on reviewing' in review_form
    event = AuditEvent.objects.filter(object_type="councilsettings").last()
    assert event.detail["changes"]["early_help_weeks"] == {"before": None, "after": 4}


def test_the_example_is_checked_with_the_new_settings_before_saving(db) -> None:
    client = signed_in(admin(db))

    preview = client.post(
        "/settings/", {**SAVED, "save": "", "preview": "1", "example": "Mum will monitor Ben"}
    )

    page = text(preview)
    assert preview.status_code == 200
    assert "app-smart-panel" in page  # the example was checked
    assert "does not say what will actually be done" not in page  # with the rule switched off
    assert not AuditEvent.objects.filter(object_type="councilsettings").exists()


def test_broken_checker_settings_are_refused_with_the_reason(db) -> None:
    client = signed_in(admin(db))

    response = client.post("/settings/", {**SAVED, "checker_settings": "disabled: [no-such-rule]"})

    assert "no rule called 'no-such-rule'" in text(response)
    assert 'class="govuk-error-summary"' in text(response)


def test_a_review_cycle_out_of_range_is_refused_naming_the_cycle(db) -> None:
    client = signed_in(admin(db))

    response = client.post("/settings/", {**SAVED, "my_plan_weeks": "40", "interim_days": "0"})

    page = text(response)
    assert "The weeks between My Plan reviews must be between 1 and 26" in page
    assert "The days between interim safety plan reviews must be between 1 and 28" in page


def test_only_administrators_change_settings(lead: User) -> None:
    assert signed_in(lead).get("/settings/").status_code == 403


def test_a_service_gap_sends_one_coordinator_email_without_the_family_name(
    lead: User, plan: Plan, mailoutbox
) -> None:
    make_user("coordinator", role=User.Role.COORDINATOR).__class__.objects.filter(
        username="coordinator"
    ).update(email="coordinator@example.invalid")
    plan.family.address_area = "North"
    plan.family.save()

    signed_in(lead).post(
        f"/plans/{plan.pk}/gaps/new/",
        {
            "kind_of_service": "Speech and language therapy",
            "support_needed": "Weekly therapy for Ben",
            "risk": "Ben's speech may fall further behind",
        },
    )

    gap = ServiceGap.objects.get()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["coordinator@example.invalid"]
    assert "Speech and language therapy" in mailoutbox[0].body
    assert f"Plan: {plan.pk}" in mailoutbox[0].body
    assert "Smith" not in mailoutbox[0].body + mailoutbox[0].subject
    assert gap.coordinator_told_on == timezone.localdate()


def test_the_coordinator_sees_every_gap_grouped_and_as_csv(lead: User, plan: Plan, db) -> None:
    coordinator = make_user("coordinator", role=User.Role.COORDINATOR)
    services.service_gap_add(
        by=lead,
        plan=plan,
        kind_of_service="Housing advice",
        support_needed="A housing adviser",
        risk="Eviction",
    )
    client = signed_in(coordinator)

    page = text(client.get("/oversight/gaps/"))
    download = client.get("/oversight/gaps/?format=csv")

    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert "Housing advice" in page
    assert rows[1][:4] == ["Housing advice", "", "A housing adviser", "Eviction"]


def test_a_negative_review_cycle_gets_one_message_naming_the_range(db) -> None:
    page = text(signed_in(admin(db)).post("/settings/", {**SAVED, "interim_days": "-3"}))

    assert (
        page.count("The days between interim safety plan reviews must be between 1 and 28") == 2
    )  # summary, field
    assert "greater than or equal to" not in page
