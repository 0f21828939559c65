"""Error messages say which field is wrong and what to do, in the words of the GOV.UK Design
System, both in the summary at the top of the page and at the field itself."""

from __future__ import annotations

import html
import re

from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import PASSWORD, signed_in


def sign_in_page(username: str, password: str) -> str:
    response = Client().post("/sign-in/", {"username": username, "password": password})
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_signing_in_with_nothing_filled_in_asks_for_each_field_at_the_field(lead: User) -> None:
    page = sign_in_page("", "")

    assert "This field is required." not in page
    assert page.count("Enter your username") == 2  # in the summary and at the field
    assert page.count("Enter your password") == 2
    assert '<a href="#id_username">Enter your username</a>' in page
    assert re.search(r'<p class="govuk-error-message" id="id_username-error">.*Enter your username</p>', page)
    assert re.search(r'id="id_username"[^>]*aria-describedby="id_username-error"', page)
    assert re.search(r'id="id_password"[^>]*aria-describedby="id_password-error"', page)
    assert "<title>Error: Sign in" in page


def test_signing_in_with_only_a_username_asks_for_the_password_and_keeps_the_username(lead: User) -> None:
    page = sign_in_page("lead", "")

    assert "Enter your username" not in page
    assert page.count("Enter your password") == 2
    assert 'value="lead"' in page


def test_a_wrong_password_and_an_unknown_username_get_the_same_plain_message(lead: User) -> None:
    wrong_password = sign_in_page("lead", "not-the-password")
    unknown = sign_in_page("nobody-here", PASSWORD)

    for page in (wrong_password, unknown):
        assert "The username or password is not right. Check them and try again." in page
        assert "Please enter a correct" not in page
    # Nothing tells which of the two was wrong: the error summaries are the same.
    summaries = [
        re.search(r'<div class="govuk-error-summary.*?</ul>', page, re.S)
        for page in (wrong_password, unknown)
    ]
    assert summaries[0] is not None
    assert summaries[1] is not None
    assert summaries[0][0] == summaries[1][0]


def test_text_that_is_too_long_is_refused_naming_its_field_and_the_numbers_in_full(
    lead: User, plan: Plan
) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {"how": "Mum will walk Ben to school.", "who": "Mum", "when": "x" * 5000, "status": "not_started"},
    )

    page = html.unescape(response.content.decode())
    assert (
        page.count("Your answer to “When will we do this?” must be 500 characters or fewer; it has 5,000")
        == 2
    )
    assert "This must be" not in page


def test_a_hidden_null_character_is_taken_out_and_the_text_saved(lead: User, plan: Plan) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {
            "how": "Mum will walk Ben\x00 to school at 8.15am.",
            "who": "Mum (Susan Smith)",
            "when": "Every school day",
            "status": "not_started",
        },
    )

    assert "Null characters" not in response.content.decode()
    assert response.status_code == 302
    assert goal.actions.get().how == "Mum will walk Ben to school at 8.15am."


def errors_of(page: str) -> list[str]:
    """The messages of the error summary, in order."""
    summary = re.search(r'<div class="govuk-error-summary.*?</ul>', page, re.S)
    assert summary is not None
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", summary[0], re.S)]


def test_a_family_name_left_out_of_the_familys_details_is_asked_for_as_adding_a_family_asks(
    lead: User, plan: Plan
) -> None:
    client = signed_in(lead)
    details = client.post(f"/families/{plan.family_id}/details/", {"family_name": "", "language": "en"})
    added = client.post("/families/new/", {"family_name": ""})

    assert errors_of(html.unescape(details.content.decode())) == ["Enter the family's name"]
    assert errors_of(html.unescape(added.content.decode())) == ["Enter the family's name"]


def test_changing_a_password_with_nothing_filled_in_asks_for_each_password_by_name(lead: User) -> None:
    response = signed_in(lead).post(
        "/account/password/", {"old_password": "", "new_password1": "", "new_password2": ""}
    )

    page = html.unescape(response.content.decode())
    assert errors_of(page) == [
        "Enter your current password",
        "Enter a new password",
        "Enter the new password again",
    ]
    assert "This field is required." not in page


def test_a_wrong_current_password_or_two_different_new_ones_say_which(lead: User) -> None:
    client = signed_in(lead)
    wrong = client.post(
        "/account/password/",
        {
            "old_password": "not-it",
            "new_password1": "a-new-one-42-long",
            "new_password2": "a-new-one-42-long",
        },
    )
    differ = client.post(
        "/account/password/",
        {"old_password": PASSWORD, "new_password1": "a-new-one-42-long", "new_password2": "another-42-long"},
    )

    assert errors_of(html.unescape(wrong.content.decode())) == [
        "Your current password is not right. Enter it again"
    ]
    assert errors_of(html.unescape(differ.content.decode())) == [
        "The two new passwords are not the same. Enter the same password in both fields"
    ]


def test_council_settings_left_out_are_each_asked_for_by_name(db) -> None:
    from tests.council.test_settings import SAVED

    admin = User.objects.create_user(username="admin", password=PASSWORD, role=User.Role.ADMINISTRATOR)
    emptied = {name: "" for name in SAVED if name not in ("checker_settings", "save")}
    response = signed_in(admin).post("/settings/", {**SAVED, **emptied, "early_help_weeks": "six"})

    page = html.unescape(response.content.decode())
    errors = errors_of(page)
    assert errors[:5] == [
        "Enter the council's name",
        "Enter how many weeks after a review the next Early Help review is proposed",
        "Enter how many weeks after a review an Early Help review is overdue",
        "Enter how many weeks apart My Plan reviews are",
        "Enter how many days apart interim safety plan reviews are",
    ]
    assert "Enter the wording for “Good early years development”" in errors
    assert "Choose what kind of statement the example is" in errors
    assert "This field is required." not in page
    assert "Enter a whole number." not in page


def test_a_date_left_out_is_asked_for_in_plain_words(lead: User, manager: User, plan: Plan) -> None:
    interim = signed_in(lead).post(
        f"/plans/{plan.pk}/interim/",
        {"issue": "Mum is in hospital.", "actions": "Nan will stay over.", "end_date": ""},
    )
    supervision = signed_in(manager).post(
        f"/plans/{plan.pk}/supervision/", {"date": "", "text": "We talked about school."}
    )

    report = signed_in(manager).get("/oversight/outcomes/", {"start": "", "end": "", "team": ""})

    assert "Enter the end date" in errors_of(html.unescape(interim.content.decode()))
    assert errors_of(html.unescape(supervision.content.decode())) == ["Enter the date of the supervision"]
    assert errors_of(html.unescape(report.content.decode())) == [
        "Enter the date the report starts from",
        "Enter the date the report runs to",
    ]


def test_a_question_marked_optional_is_named_as_asked(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/new/",
        {"outcome": "Ben will be in school for 95% of sessions by July 2027.", "need": "x" * 1200},
    )

    page = html.unescape(response.content.decode())
    assert (
        "Your answer to “Which need does this answer?” must be 1,000 characters or fewer; it has 1,200"
        in page
    )
    assert "(optional) must be" not in page
