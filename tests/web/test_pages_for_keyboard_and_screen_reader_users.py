"""What a keyboard or screen reader user meets on the pages: forms sent where they came from, fields
tied to what describes them, links that say where they go, headings to move between."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in
from tests.web.test_reviewing_again import an_action_for_jo

TEMPLATES = Path(__file__).resolve().parents[2] / "familyplan" / "web" / "templates"


def text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(
    "template", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")), ids=str
)
def test_every_form_says_where_it_is_sent(template: str) -> None:
    """A form with no action is sent to the page's address with its #fragment (after "Skip to main
    content", #main-content): the browser then jumps there, and focus leaves the error summary."""
    forms = re.findall(r"<form\b[^>]*>", (TEMPLATES / template).read_text())

    assert [form for form in forms if "action=" not in form] == []


@pytest.mark.parametrize(
    "template", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")), ids=str
)
def test_every_link_that_looks_like_a_button_is_announced_as_one(template: str) -> None:
    """GOV.UK Frontend's button guidance for a link styled as a button: role="button", so a screen
    reader announces what the eye sees and the space bar presses it, and draggable="false"."""
    links = re.findall(r"<a\b[^>]*>", (TEMPLATES / template).read_text())
    looks_like_a_button = [link for link in links if re.search(r'class="[^"]*\bgovuk-button\b', link)]

    assert [
        link for link in looks_like_a_button if 'role="button"' not in link or 'draggable="false"' not in link
    ] == []


def test_a_dashboard_filter_in_error_is_shown_open_and_the_title_says_there_is_an_error(
    manager: User,
) -> None:
    page = text(signed_in(manager).get("/oversight/?started_from=31/02/2027"))
    fine = text(signed_in(manager).get("/oversight/?started_from=01/02/2027"))

    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Error: Oversight dashboard" in page
    assert '<details class="govuk-details" open>' in page
    assert page.index('class="govuk-error-summary"') < page.index("<h1")
    assert '<a href="#id_started_from">' in page
    assert "<title>Oversight dashboard" in fine
    assert '<details class="govuk-details">' in fine


def test_the_latest_update_on_an_action_is_read_out_with_its_progress_field_on_the_review(
    lead: User, plan: Plan
) -> None:
    school, goal, action = an_action_for_jo(lead, plan)
    signed_in(school).post(
        f"/plans/{plan.pk}/actions/{action.pk}/progress/",
        {"text": "Met Ben at the gate three Mondays running.", "status": "in_progress"},
    )
    quiet = services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Daily"
    )

    form = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))

    field = re.search(rf'<textarea[^>]*id="id_progress_{action.pk}"[^>]*>', form)
    assert field is not None
    described = re.search(r'aria-describedby="([^"]*)"', field[0])
    assert described is not None
    update = re.search(rf'<div[^>]*id="{described[1].split()[0]}"[^>]*>(.*?)</div>', form, re.S)
    assert update is not None
    assert "Met Ben at the gate three Mondays running." in update[1]
    other = re.search(rf'<textarea[^>]*id="id_progress_{quiet.pk}"[^>]*>', form)
    assert other is not None
    assert "aria-describedby" not in other[0]


def test_goals_and_actions_in_the_plans_parts_leads_to_that_section_of_the_plan(
    lead: User, plan: Plan
) -> None:
    page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))

    link = re.search(
        r'<a class="govuk-link govuk-task-list__link" href="([^"]*)"[^>]*>Goals and actions</a>', page
    )
    assert link is not None
    path, _, section = link[1].partition("#")
    assert path == f"/plans/{plan.pk}/"
    assert re.search(rf'<h2 class="govuk-heading-m" id="{section}">Goals and actions</h2>', page)


def headings(page: str, level: int) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", page, re.S)
    ]


def test_each_part_of_the_quality_report_has_a_heading_to_move_to(
    lead: User, manager: User, plan: Plan
) -> None:
    page = text(signed_in(manager).get("/oversight/quality/"))

    assert headings(page, 2) == [
        "Plans by overall SMART score",
        "The most common faults",
        "Faults in each part of the plan",
        "Plans missing what the guidance asks for",
        "Plan quality by team",
    ]


def test_the_service_gaps_summary_is_named_as_the_dashboard_names_it_apart_from_the_list(
    manager: User,
) -> None:
    client = signed_in(manager)
    dashboard = text(client.get("/oversight/"))
    summary = text(client.get("/oversight/gaps/"))
    listed = text(client.get("/oversight/service-gaps/"))

    assert (
        '<a class="govuk-link" href="/oversight/gaps/">Service gaps by kind of service and area</a>'
        in dashboard
    )
    assert headings(summary, 1) == ["Service gaps by kind of service and area"]
    assert "<title>Service gaps by kind of service and area –" in summary
    assert headings(listed, 1) == ["Service gaps"]


def links(page: str) -> dict[str, str]:
    """Each link of the page's main content, by the words a screen reader reads for it."""
    main = page[page.index('<main class="govuk-main-wrapper"') :]
    return {
        " ".join(re.sub(r"<[^>]+>", " ", words).split()): href
        for href, words in re.findall(r'<a class="govuk-link" href="([^"]*)"[^>]*>(.*?)</a>', main, re.S)
    }


def test_my_work_links_say_what_they_open_and_a_members_action_opens_its_update_page(
    lead: User, plan: Plan
) -> None:
    school, goal, action = an_action_for_jo(lead, plan)
    leads_own = services.action_save(
        by=lead,
        goal=goal,
        how="Sarah will ring Mum every Friday.",
        who="Lead Tester (Family Support Worker)",
        when="Every Friday",
        taf_member=plan.family.taf.get(user=lead),
    )

    jo = links(text(signed_in(school).get("/my-work/")))
    sarah = links(text(signed_in(lead).get("/my-work/")))

    assert jo == {
        "Smith family – update progress on this action": f"/plans/{plan.pk}/actions/{action.pk}/progress/",
        "Smith family – family record": f"/families/{plan.family_id}/",
    }
    # The lead changes the plan, and so the action itself, from the plan's page.
    assert leads_own.pk
    assert sarah["Smith family – their plan"] == f"/plans/{plan.pk}/"
    assert sarah["Smith family – family record"] == f"/families/{plan.family_id}/"
    assert "/progress/" not in " ".join(sarah.values())


def current_in_navigation(page: str) -> list[tuple[str, str]]:
    """The service navigation's links marked current: (their words, their aria-current)."""
    navigation = page[page.index('<ul class="govuk-service-navigation__list"') :].split("</ul>")[0]
    return [
        (re.sub(r"<[^>]+>", "", words), current)
        for item, current, words in re.findall(
            r'<li class="([^"]*)"><a [^>]*aria-current="([^"]*)"[^>]*>(.*?)</a>', navigation
        )
        if "govuk-service-navigation__item--active" in item
    ]


def test_the_service_navigation_marks_the_section_the_page_is_in(
    lead: User, manager: User, plan: Plan
) -> None:
    client = signed_in(lead)
    oversight = signed_in(manager)

    assert current_in_navigation(text(client.get("/my-work/"))) == [("My work", "page")]
    assert current_in_navigation(text(client.get("/"))) == [("Families", "page")]
    assert current_in_navigation(text(client.get(f"/plans/{plan.pk}/"))) == [("Families", "true")]
    assert current_in_navigation(text(client.get("/account/password/"))) == [("Your account", "true")]
    assert current_in_navigation(text(oversight.get("/oversight/"))) == [("Dashboard", "page")]
    assert current_in_navigation(text(oversight.get("/oversight/quality/"))) == [("Dashboard", "true")]
    assert current_in_navigation(text(client.get("/help/scores/"))) == [("Help", "true")]


def test_download_links_say_what_they_download(lead: User, manager: User, plan: Plan) -> None:
    plan_page = links(text(signed_in(lead).get(f"/plans/{plan.pk}/")))
    report = links(text(signed_in(manager).get("/oversight/quality/")))

    assert plan_page["Word copy of this plan"] == f"/plans/{plan.pk}/file/docx/"
    assert plan_page["Excel copy of this plan"] == f"/plans/{plan.pk}/file/xlsx/"
    assert plan_page["CSV copy of this plan"] == f"/plans/{plan.pk}/file/csv/"
    assert report["web page copy of this report"] == "?format=html"
    assert report["Excel copy of this report"] == "?format=xlsx"
    assert report["JSON copy of this report"] == "?format=json"
