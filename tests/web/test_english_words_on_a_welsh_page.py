"""On a Welsh family's pages, what the practitioner wrote in English is marked as English, so a screen
reader reads it with English pronunciation and the page's own words in Welsh (WCAG 3.1.2)."""

from __future__ import annotations

import io
from collections import defaultdict
from html.parser import HTMLParser

import pytest
from django.test import Client
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.council.models import CouncilSettings
from familyplan.web.reviews.services import views_link_create
from tests.people import signed_in

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Languages(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str]] = []
        self.text: dict[str, list[str]] = defaultdict(list)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            inherited = self.open[-1][1] if self.open else ""
            self.open.append((tag, dict(attrs).get("lang") or inherited))

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1][0] not in ("script", "style", "title"):
            self.text[self.open[-1][1]].append(data)


def page_text_by_language(page: str) -> dict[str, str]:
    """The text a screen reader reads in each language, as the page's ``lang`` attributes say."""
    parser = _Languages()
    parser.feed(page)
    return {language: " ".join(" ".join(parts).split()) for language, parts in parser.text.items()}


def _marked_content_text(page: object) -> dict[int, str]:
    found: dict[int, list[str]] = defaultdict(list)
    open_: list[int | None] = []

    def before(operator: bytes, operands: list[object], *_: object) -> None:
        if operator == b"BDC":
            properties = operands[1] if len(operands) > 1 else None
            open_.append(properties.get("/MCID") if isinstance(properties, DictionaryObject) else None)
        elif operator == b"EMC" and open_:
            open_.pop()

    def text(words: str, *_: object) -> None:
        if open_ and open_[-1] is not None:
            found[int(open_[-1])].append(words)

    page.extract_text(visitor_operand_before=before, visitor_text=text)  # type: ignore[attr-defined]
    return {mcid: "".join(parts) for mcid, parts in found.items()}


def pdf_text_by_language(pdf: bytes) -> dict[str, str]:
    """The text of a tagged PDF a screen reader reads in each language: the structure tree's
    ``/Lang``, inherited from the document down to each piece of marked content."""
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    pages = {page.indirect_reference.idnum: _marked_content_text(page) for page in reader.pages}
    found: dict[str, list[str]] = defaultdict(list)

    def walk(node: object, language: str, page: int | None) -> None:
        node = node.get_object()  # type: ignore[attr-defined]
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid, language, page)
        elif isinstance(node, DictionaryObject):
            language = str(node.get("/Lang", language))
            page = node.raw_get("/Pg").idnum if "/Pg" in node else page
            if "/K" in node:
                walk(node["/K"], language, page)
        elif isinstance(node, int) and page is not None:
            found[language].append(pages[page].get(node, ""))

    walk(root["/StructTreeRoot"], str(root["/Lang"]), None)
    return {language: " ".join(" ".join(parts).split()) for language, parts in found.items()}


@pytest.fixture
def welsh_plan_in_english(plan: Plan, lead: User) -> Plan:
    plan.family.language = "cy"
    plan.family.save()
    CouncilSettings.objects.update_or_create(pk=1, defaults={"contact_line": "Call the Early Help Hub"})
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be in school every day",
        measure_of_success="The school register",
    )
    services.action_save(
        by=lead,
        goal=goal,
        how="Mum will walk Ben to school",
        who="Mum",
        when="Every day (review 3/3/2026)",
    )
    services.plan_update(
        by=lead,
        plan=plan,
        version=Plan.objects.get(pk=plan.pk).version,
        contingency="Nan will take Ben to school ASAP if Mum is ill",
        strengths="Ben and Mum are close",
    )
    return Plan.objects.get(pk=plan.pk)


def test_the_practitioners_english_on_a_welsh_familys_copy_is_read_as_english(
    lead: User, welsh_plan_in_english: Plan
) -> None:
    page = signed_in(lead).get(f"/plans/{welsh_plan_in_english.pk}/family-copy/").content.decode()

    english, welsh = page_text_by_language(page)["en"], page_text_by_language(page)["cy"]
    for written in (
        "Ben will be in school every day",
        "The school register",
        "Mum will walk Ben to school",
        "Every day (review",
        "Nan will take Ben to school",
        "if Mum is ill",
        "Ben and Mum are close",
        "Call the Early Help Hub",
    ):
        assert written in english
    assert "Beth rydyn ni eisiau ei newid" in welsh
    # What the copy writes into the practitioner's words is in Welsh, and read as Welsh.
    assert "3 Mawrth 2026" in welsh
    assert "Mawrth" not in english
    assert "cyn gynted â phosibl" in welsh
    assert "cyn gynted" not in english


def test_the_practitioners_english_in_a_welsh_familys_pdf_is_read_as_english(
    lead: User, welsh_plan_in_english: Plan
) -> None:
    pdf = signed_in(lead).get(f"/plans/{welsh_plan_in_english.pk}/family-copy.pdf").content

    by_language = pdf_text_by_language(pdf)
    assert "Ben will be in school every day" in by_language["en"]
    assert "Mum will walk Ben to school" in by_language["en"]
    assert "Nan will take Ben to school" in by_language["en"]
    assert "Cynllun teulu Smith" in by_language["cy"]
    assert "Mawrth" in by_language["cy"]
    assert "Mawrth" not in by_language["en"]


def test_the_views_page_of_a_welsh_family_marks_the_councils_english_contact_line(
    lead: User, welsh_plan_in_english: Plan
) -> None:
    _, token = views_link_create(plan=welsh_plan_in_english, by=lead, for_name="Sioned")

    page = page_text_by_language(Client().get(f"/your-views/{token}/").content.decode())

    assert "Call the Early Help Hub" in page["en"]
    assert "Helo Sioned" in page["cy"]


def test_an_english_familys_copy_has_no_part_in_another_language(lead: User, plan: Plan) -> None:
    services.goal_save(by=lead, plan=plan, outcome="Ben will be in school every day ASAP")

    page = signed_in(lead).get(f"/plans/{plan.pk}/family-copy/").content.decode()

    assert set(page_text_by_language(page)) == {"en"}
    assert "Ben will be in school every day as soon as possible" in page_text_by_language(page)["en"]
