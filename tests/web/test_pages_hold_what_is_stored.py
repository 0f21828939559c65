"""A record that came in from a file can be edited as it came: the pages' fields hold what the columns hold."""

from __future__ import annotations

import pytest
from django import forms
from django.db import models
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import forms as casework_forms
from familyplan.web.casework.models import Action, Family, FamilyMember, NetworkMember, ServiceGap, TafMember
from familyplan.web.casework.record_views import FamilyDetailsForm
from familyplan.web.oversight.data_views import DataNotificationForm
from familyplan.web.oversight.models import DataNotification
from familyplan.web.reviews.forms import ViewsLinkForm
from familyplan.web.reviews.models import ViewsLink, ViewsSubmission
from tests.people import signed_in

# Each form that writes a record, and the record it writes.
FORMS_AND_RECORDS: list[tuple[type[forms.Form], type[models.Model]]] = [
    (casework_forms.FamilyForm, Family),
    (FamilyDetailsForm, Family),
    (casework_forms.MemberForm, FamilyMember),
    (casework_forms.MemberCorrectionForm, FamilyMember),
    (casework_forms.NetworkForm, NetworkMember),
    (casework_forms.TafForm, TafMember),
    (casework_forms.ServiceGapForm, ServiceGap),
    (casework_forms.ActionForm, Action),
    (DataNotificationForm, DataNotification),
    (ViewsLinkForm, ViewsLink),
]


def longest(record: type[models.Model], name: str) -> int | None:
    column = record._meta.get_field(name)
    assert isinstance(column, models.CharField)
    return column.max_length


@pytest.mark.parametrize(("form", "record"), FORMS_AND_RECORDS, ids=lambda x: x.__name__)
def test_each_text_field_holds_as_much_as_its_column(form: type[forms.Form], record: type[models.Model]):
    columns = {
        f.name: f.max_length
        for f in record._meta.get_fields()
        if isinstance(f, models.CharField) and not f.choices
    }
    fields = {
        name: field.max_length
        for name, field in form.base_fields.items()
        if isinstance(field, forms.CharField) and name in columns
    }
    assert fields, f"{form.__name__} writes no text column of {record.__name__}"
    assert fields == {name: columns[name] for name in fields}


def test_a_member_who_came_in_with_a_long_name_is_corrected_without_shortening_it(
    lead: User, family: Family
) -> None:
    name, relationship = "Anna " * 60, "Stepmother and kinship carer " * 10  # 300 characters each
    member = FamilyMember.objects.create(family=family, name=name.strip(), relationship=relationship.strip())

    response = signed_in(lead).post(
        f"/families/{family.pk}/members/{member.pk}/",
        {
            "name": member.name,
            "relationship": member.relationship,
            "date_of_birth-day": "3",
            "date_of_birth-month": "9",
            "date_of_birth-year": "1985",
            "involved_in_plan": "on",
            "reason": "Date of birth was missing.",
            "version": member.version,
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    member.refresh_from_db()
    assert (member.name, member.relationship) == (name.strip(), relationship.strip())
    assert str(member.date_of_birth) == "1985-09-03"


def test_a_data_notification_holds_the_area_and_the_kind_of_service_it_is_filled_in_from():
    assert longest(DataNotification, "location") == longest(Family, "address_area")
    assert longest(DataNotification, "kind_of_service") == longest(ServiceGap, "kind_of_service")


def test_the_familys_views_keep_the_whole_name_the_link_was_made_for():
    assert longest(ViewsSubmission, "name") == longest(ViewsLink, "for_name") == longest(FamilyMember, "name")


def test_a_goal_that_came_in_as_long_as_the_plan_format_allows_can_be_saved_again(lead: User) -> None:
    from familyplan.plan.limits import current
    from familyplan.web.casework import services

    family = services.family_create(by=lead, family_name="Smith")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    long_outcome = ("Ben will be in school for 95% of sessions by July. " * 400)[
        : current().field_chars
    ].strip()
    goal = services.goal_save(
        by=lead, plan=plan, outcome=long_outcome, supporting_families_outcome="education"
    )

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/",
        {"outcome": long_outcome, "supporting_families_outcome": "education", "version": goal.version},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    goal.refresh_from_db()
    assert goal.outcome == long_outcome
