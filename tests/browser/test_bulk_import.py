"""Many plan files imported at once from the browser, with a report for each file."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from familyplan.formats.table_writers import plan_to_docx, plan_to_xlsx
from familyplan.web.accounts.models import Team
from familyplan.web.casework.models import Family
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_as_the_lead(page: Page, base: str) -> None:
    make_user("lead", team=Team.objects.create(name="North"), first_name="Sarah", last_name="Jones")
    sign_in(page, base, "lead")


def some_files(folder: Path) -> list[str]:
    plan = a_plan_with_every_field().model_copy(update={"family_reference": ""})
    (folder / "nowak.docx").write_bytes(plan_to_docx(plan))
    (folder / "nowak.xlsx").write_bytes(plan_to_xlsx(plan))
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 broken")
    return [str(folder / name) for name in ("nowak.docx", "nowak.xlsx", "broken.docx")]


def report_row(page: Page, file_name: str) -> object:
    return page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=file_name))


def test_a_practitioner_checks_then_imports_many_files_and_reads_what_happened_to_each(
    live_server, page: Page, axe: AccessibilityLog, tmp_path: Path
) -> None:
    sign_in_as_the_lead(page, live_server.url)
    files = some_files(tmp_path)
    page.get_by_role("button", name="Import plan files").click()
    axe.check(page)

    page.get_by_label("Plan files").set_input_files(files)
    page.get_by_label("Only check the files").check()
    page.get_by_role("button", name="Import").click()

    expect(page.get_by_role("heading", name="What would be imported")).to_be_visible()
    expect(report_row(page, "nowak.docx")).to_contain_text("would import")
    expect(report_row(page, "broken.docx")).to_contain_text("not a Word file")
    assert Family.objects.count() == 0
    axe.check(page)

    page.get_by_label("Plan files").set_input_files(files)
    page.get_by_role("button", name="Import").click()

    expect(page.get_by_role("heading", name="What was imported")).to_be_visible()
    expect(report_row(page, "nowak.docx")).to_contain_text("imported")
    expect(report_row(page, "nowak.xlsx")).to_contain_text("already imported")
    expect(report_row(page, "nowak.xlsx")).to_contain_text("the same plan as nowak.docx")
    expect(report_row(page, "broken.docx")).to_contain_text("failed")
    axe.check(page)
    assert Family.objects.count() == 1
    page.get_by_role("link", name="Nowak family").first.click()
    expect(page.get_by_role("heading", name="Nowak family")).to_be_visible()
    assert axe.problems == []


def test_the_progress_message_shows_while_the_files_are_sent(live_server, page: Page, tmp_path: Path) -> None:
    sign_in_as_the_lead(page, live_server.url)
    page.goto(f"{live_server.url}/import/")
    expect(page.get_by_role("status")).to_be_hidden()
    page.get_by_label("Plan files").set_input_files(some_files(tmp_path)[:1])
    # Held on the page, so the message can be read before the next page replaces it.
    page.evaluate(
        "document.querySelector('form[data-app-progress]')"
        ".addEventListener('submit', (event) => event.preventDefault())"
    )

    page.get_by_role("button", name="Import").click()

    expect(page.get_by_text("Importing your files")).to_be_visible()


def test_on_a_phone_why_a_file_could_not_be_imported_is_on_screen(
    live_server, page: Page, axe: AccessibilityLog, tmp_path: Path
) -> None:
    sign_in_as_the_lead(page, live_server.url)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/import/")

    page.get_by_label("Plan files").set_input_files(some_files(tmp_path))
    page.get_by_label("Only check the files").check()
    page.get_by_role("button", name="Import").click()

    why = report_row(page, "broken.docx").get_by_text("not a Word file")
    expect(why).to_be_visible()
    box = why.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    axe.check(page)
    assert axe.problems == []
