"""The family's copy as a PDF a screen reader can read (PDF/UA), in words the family know."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter

from familyplan.smart import default_catalogue
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan, TafMember
from tests.pdf_ua import pdf_ua_problems
from tests.people import signed_in


def a_plan_full_of_jargon(plan: Plan) -> None:
    services.person_add(
        model=TafMember,
        by=plan.created_by,
        family=plan.family,
        name="Jo Bloggs",
        role="Designated Safeguarding Lead",
        agency="Hill School",
        is_lead=False,
    )
    services.plan_update(
        by=plan.created_by,
        plan=plan,
        version=plan.version,
        contingency="If Mum is unwell, Gran will take Ben to school and the TAF will meet within a week.",
        strengths="Ben gets on well with his DSL.",
    )
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will feel calmer at school, with help from CAMHS.",
        supporting_families_outcome="health",
    )
    services.action_save(
        by=plan.created_by,
        goal=goal,
        how="Jo will meet Ben every Monday at 9am; the EWO will call Mum if he is absent.",
        who="Jo Bloggs (DSL)",
        when="Every Monday (review 14/04/2027)",
    )


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_familys_copy_pdf_is_tagged_for_a_screen_reader_in_the_familys_language(
    lead: User, plan: Plan, tmp_path
) -> None:
    a_plan_full_of_jargon(plan)

    response = signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf")
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(response.content)

    assert response["Content-Type"] == "application/pdf"
    assert pdf_ua_problems(pdf) == []
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "en"


def test_a_welsh_familys_copy_is_tagged_as_welsh(lead: User, plan: Plan, tmp_path) -> None:
    plan.family.language = "cy"
    plan.family.save()

    response = signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf")
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(response.content)

    assert pdf_ua_problems(pdf) == []
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "cy"


def test_the_familys_copy_has_no_acronym_left_unexplained(lead: User, plan: Plan) -> None:
    a_plan_full_of_jargon(plan)
    acronyms = default_catalogue().acronyms

    pdf = " ".join(pdf_text(signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf").content).split())
    page = signed_in(lead).get(f"/plans/{plan.pk}/family-copy/").content.decode()

    for copy in (pdf, page):
        # Text taken out of a PDF can have stray spaces ("T eam"): compare without them.
        joined = "".join(copy.split())
        for short in re.findall(r"\b[A-Z]{2,6}\b", copy):
            if short in acronyms:
                assert "".join(f"{acronyms[short]}({short})".split()) in joined, f"{short} is not written out"
    assert "Child and Adolescent Mental Health Services (CAMHS)" in page
    assert "Jo Bloggs (Designated Safeguarding Lead)" in page
    assert "Team Around the Family (TAF)" in page


def test_the_tag_check_names_what_an_untagged_pdf_lacks(tmp_path) -> None:
    """A plain PDF with a blank page, as another system might export it: reported, not a crash."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    untagged = tmp_path / "untagged.pdf"
    with untagged.open("wb") as out:
        writer.write(out)

    problems = pdf_ua_problems(untagged)

    assert "no structure tree (/StructTreeRoot): the PDF is not tagged" in problems
    assert "no document language (/Lang)" in problems
    assert "pages not tied to the structure tree: [1]" in problems


def test_no_row_of_the_pdf_runs_over_two_pages(lead: User, plan: Plan) -> None:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions by July."
    )
    filler = (
        "Mum and Ben will talk through the morning plan together, step by step, at the kitchen table. " * 4
    )
    for n in range(1, 13):
        services.action_save(
            by=lead,
            goal=goal,
            how=f"Step{n}start {filler} Step{n}end",
            who="Mum",
            when=f"Every Monday, week {n}",
        )

    pdf = PdfReader(io.BytesIO(signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf").content))
    pages = [page.extract_text() for page in pdf.pages]

    assert len(pages) > 1
    for n in range(1, 13):
        (on,) = [i for i, text in enumerate(pages) if f"Step{n}start" in text]
        assert f"Step{n}end" in pages[on]
        assert f"week {n}" in pages[on]
