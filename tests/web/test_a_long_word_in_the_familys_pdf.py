"""A case reference or any word too long for a line, in the family's printed plan, breaks at the
margin instead of running off the edge of the page."""

from __future__ import annotations

import io

from pypdf import PdfReader

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in

# A reference with nowhere a line may break, not even after a slash as in a web address.
REFERENCE = "CASE" + "0123456789" * 12


def test_a_long_case_reference_in_the_plan_breaks_at_the_margin_of_the_pdf(lead: User, plan: Plan) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome=f"Mum will quote {REFERENCE} every time she rings.")
    services.action_save(
        by=lead, goal=goal, how=f"Sarah will give Mum {REFERENCE} on Monday.", who="Sarah", when="By Friday"
    )

    content = signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf").content
    pdf = PdfReader(io.BytesIO(content))

    text = "\n".join(page.extract_text() for page in pdf.pages)
    joined = "".join(text.split())
    assert REFERENCE in joined  # all of it is printed
    assert all(REFERENCE not in line for line in text.splitlines())  # over more than one line
