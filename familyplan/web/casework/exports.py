"""A plan in the open formats other systems take: JSON (the plan model), FHIR R4, Word and Excel."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from familyplan.formats import plan_to_json
from familyplan.formats.fhir import plan_to_fhir
from familyplan.formats.table_writers import plan_to_csv, plan_to_docx, plan_to_xlsx
from familyplan.plan.models import Plan
from familyplan.web.audit import services as audit
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan as StoredPlan

# The formats a plan can be taken out in, as the pages and the API name them.
FORMATS = {
    "docx": _("Word"),
    "xlsx": _("Excel"),
    "csv": _("CSV"),
    "json": _("JSON (the plan format)"),
    "fhir": _("FHIR R4 (JSON)"),
}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_plan(plan: Plan, format: str, plan_id: int | None = None) -> tuple[bytes, str, str]:
    """The file's bytes, its content type and its file name ending."""
    if format == "fhir":
        bundle = plan_to_fhir(plan, system=settings.FAMILYPLAN_FHIR_SYSTEM, plan_id=str(plan_id or ""))
        return json.dumps(bundle, indent=2).encode(), "application/fhir+json", "fhir.json"
    if format == "docx":
        return plan_to_docx(plan), DOCX, "docx"
    if format == "csv":
        return plan_to_csv(plan), "text/csv", "csv"
    if format == "xlsx":
        return plan_to_xlsx(plan), XLSX, "xlsx"
    return plan_to_json(plan).encode(), "application/json", "json"


def plan_download(plan: StoredPlan, format: str) -> HttpResponse:
    """The stored plan as a file to save, its taking out kept on the family's audit trail."""
    body, content_type, suffix = export_plan(to_model(plan), format, plan.pk)
    audit.record(
        "export", object_type="plan", object_id=plan.pk, family_id=plan.family_id, detail={"format": format}
    )
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="family-plan-{plan.pk}.{suffix}"'
    return response
