"""Families in Wales get their pages in Welsh: the family's copy (HTML and PDF) and the views link."""

from __future__ import annotations

import ast
import html
import io
import re
from pathlib import Path

import polib
import pytest
from django.test import Client
from django.utils.translation.template import templatize
from pypdf import PdfReader

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.services import views_link_create
from tests.people import signed_in

PO = Path(__file__).resolve().parents[2] / "familyplan/web/locale/cy/LC_MESSAGES/django.po"
FAMILY_COPY = (
    "_family_copy_body.html",
    "family_copy.html",
    "family_base.html",
    "family_copy_print.html",
    "casework/family_words.py",
)
VIEWS_PAGES = (
    "views_form.html",
    "views_thanks.html",
    "family_base.html",
    "reviews/services.py",
    "reviews/family_forms.py",
)
FAMILY_FACING = FAMILY_COPY + VIEWS_PAGES


def english_strings(templates: tuple[str, ...]) -> list[str]:
    """The English text of every translated string used in these templates, without its placeholders."""
    found = []
    for entry in polib.pofile(str(PO)):
        if any(any(t in path for t in templates) for path, _ in entry.occurrences):
            found += [
                part.strip() for part in re.split(r"%\(\w+\)s|<[^>]+>", entry.msgid) if len(part.strip()) > 3
            ]
    return found


@pytest.fixture
def welsh_plan(plan: Plan, lead: User) -> Plan:
    plan.family.language = "cy"
    plan.family.save()
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Bydd Ben yn yr ysgol bob dydd.", measure_of_success="Y gofrestr"
    )
    services.action_save(
        by=lead,
        goal=goal,
        how="Bydd Mam yn cerdded Ben i'r ysgol.",
        who="Mam",
        when="Bob dydd (adolygu 3/3/2026)",
    )
    services.plan_update(
        by=lead,
        plan=plan,
        version=Plan.objects.get(pk=plan.pk).version,
        contingency="Bydd Nain yn helpu.",
        strengths="Mae Ben a Mam yn agos.",
    )
    Plan.objects.filter(pk=plan.pk).update(next_review_date="2026-03-03")
    return Plan.objects.get(pk=plan.pk)


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_the_family_copy_page_is_in_welsh_with_no_english_left(lead: User, welsh_plan: Plan) -> None:
    page = visible_text(signed_in(lead).get(f"/plans/{welsh_plan.pk}/family-copy/").content.decode())

    assert "Cynllun teulu Smith" in page
    assert "Beth rydyn ni eisiau ei newid" in page
    assert "3 Mawrth 2026" in page  # dates in Welsh too
    leftovers = [s for s in english_strings(FAMILY_COPY) if s in page]
    assert leftovers == []


def test_the_family_copy_pdf_is_in_welsh_with_no_english_left(lead: User, welsh_plan: Plan) -> None:
    pdf = signed_in(lead).get(f"/plans/{welsh_plan.pk}/family-copy.pdf").content

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Cynllun teulu Smith" in text
    assert "Pwy fydd yn gwneud beth" in text
    leftovers = [s for s in english_strings(FAMILY_COPY) if " ".join(s.split()) in text]
    assert leftovers == []


def test_an_english_family_still_gets_english(lead: User, plan: Plan) -> None:
    page = signed_in(lead).get(f"/plans/{plan.pk}/family-copy/").content.decode()

    assert "Smith family&#x27;s plan" in page or "Smith family's plan" in page
    assert "Cynllun" not in page


def test_the_views_link_pages_are_in_welsh_for_a_welsh_family(lead: User, welsh_plan: Plan) -> None:
    _, token = views_link_create(plan=welsh_plan, by=lead, for_name="Sioned")
    client = Client()

    form = visible_text(client.get(f"/your-views/{token}/").content.decode())
    refused = visible_text(client.post(f"/your-views/{token}/", {"going_well": " "}).content.decode())
    thanks = visible_text(
        client.post(f"/your-views/{token}/", {"going_well": "Mae popeth yn well."}).content.decode()
    )
    used = visible_text(client.get(f"/your-views/{token}/").content.decode())

    assert "Helo Sioned" in form
    assert "Ysgrifennwch rywbeth mewn o leiaf un o'r blychau" in refused
    assert "Diolch, Sioned" in thanks
    assert "wedi cael ei defnyddio'n barod" in used
    for page in (form, refused, thanks):
        assert [s for s in english_strings(VIEWS_PAGES) if s in page] == []


def test_every_string_a_family_reads_has_its_welsh() -> None:
    family_facing = [
        entry
        for entry in polib.pofile(str(PO))
        if any(any(name in path for name in FAMILY_FACING) for path, _ in entry.occurrences)
    ]

    assert len(family_facing) > 30
    assert [e.msgid for e in family_facing if not e.translated()] == []


WEB = PO.parents[3]
_GETTEXT_IN_TEMPLATE = re.compile(r"""\bgettext\((u?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))\)""")
_GETTEXT_CALLS = {"_", "gettext", "gettext_lazy"}


def asked_for(name: str) -> set[str]:
    """The strings a family-facing template or module passes to translation, as they stand in the
    source now: an entry missing from the Welsh file shows in English however full that file is."""
    found = sorted(WEB.rglob(name.split("/")[-1]))
    source = [path for path in found if str(path).endswith(name)]
    assert len(source) == 1, name
    text = source[0].read_text()
    if name.endswith(".html"):
        return {ast.literal_eval(m.group(1)) for m in _GETTEXT_IN_TEMPLATE.finditer(templatize(text))}
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _GETTEXT_CALLS
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


@pytest.mark.parametrize("name", FAMILY_FACING)
def test_every_string_a_family_page_asks_for_is_in_the_welsh_file(name: str) -> None:
    welsh = {e.msgid: e for e in polib.pofile(str(PO))}

    missing = [s for s in sorted(asked_for(name)) if s not in welsh or not welsh[s].translated()]

    assert missing == []


def test_the_welsh_file_check_sees_the_words_of_the_final_copy() -> None:
    strings = asked_for("_family_copy_body.html")

    assert {"What was achieved", "(stopped)", "Your lead worker is <strong>%(name)s</strong>."} <= strings


def test_a_welsh_familys_copy_declares_welsh_on_the_page_and_in_the_pdf(lead: User, welsh_plan: Plan) -> None:
    client = signed_in(lead)

    page = client.get(f"/plans/{welsh_plan.pk}/family-copy/").content.decode()
    pdf = PdfReader(io.BytesIO(client.get(f"/plans/{welsh_plan.pk}/family-copy.pdf").content))

    assert '<html lang="cy"' in page
    assert pdf.trailer["/Root"]["/Lang"] == "cy"


def test_the_views_form_sent_back_empty_leads_to_a_box_to_write_in(lead: User, plan: Plan) -> None:
    _, token = views_link_create(plan=plan, by=lead, for_name="Ben")

    page = Client().post(f"/your-views/{token}/", {"going_well": " "}).content.decode()

    summary = page[page.index("govuk-error-summary") :]
    assert 'href="#id_going_well"' in summary
    assert "govuk-textarea--error" in page
