"""What each entry on a family's audit trail means, in the words of the people who read it.

The trail keeps the kind of record by its name in the code ("networkmember", "subject_access"):
a manager answering "who has looked at this record?" reads what was done instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from familyplan.web.audit.models import AuditEvent

VIEW, CREATE, UPDATE, DELETE, EXPORT = "view", "create", "update", "delete", "export"

# Every kind of entry kept with a family, by the kind of record and what was done to it.
SAID: dict[tuple[str, str], StrOrPromise] = {
    ("family", VIEW): _("Looked at the family's record"),
    ("family", CREATE): _("Added the family"),
    ("family", UPDATE): _("Changed the family's details"),
    ("family", DELETE): _("Removed the family's whole record"),
    ("familymember", CREATE): _("Added a member of the family"),
    ("familymember", UPDATE): _("Changed a family member's details"),
    ("familymember", DELETE): _("Removed a member of the family"),
    ("networkmember", CREATE): _("Added a person to the support network"),
    ("networkmember", UPDATE): _("Changed the details of a person in the support network"),
    ("networkmember", DELETE): _("Removed a person from the support network"),
    ("tafmember", CREATE): _("Added a practitioner to the Team Around the Family"),
    ("tafmember", UPDATE): _("Changed the details of a practitioner in the Team Around the Family"),
    ("tafmember", DELETE): _("Removed a practitioner from the Team Around the Family"),
    ("plan", VIEW): _("Looked at the plan"),
    ("plan", CREATE): _("Started a plan"),
    ("plan", UPDATE): _("Changed the plan"),
    ("plan", DELETE): _("Removed a plan started by mistake"),
    ("plan", EXPORT): _("Exported the plan"),
    ("goal", CREATE): _("Added a goal"),
    ("goal", UPDATE): _("Changed a goal"),
    ("goal", DELETE): _("Removed a goal"),
    ("action", CREATE): _("Added an action"),
    ("action", UPDATE): _("Changed an action"),
    ("action", DELETE): _("Removed an action"),
    ("progressnote", CREATE): _("Added a progress note"),
    ("progressnote", UPDATE): _("Changed a progress note"),
    ("progressnote", DELETE): _("Removed a progress note"),
    ("interimsafetyplan", CREATE): _("Wrote the interim safety plan"),
    ("interimsafetyplan", UPDATE): _("Changed the interim safety plan"),
    ("interimsafetyplan", DELETE): _("Ended the interim safety plan"),
    ("servicegap", CREATE): _("Recorded a service gap"),
    ("servicegap", UPDATE): _("Changed a service gap"),
    ("servicegap", DELETE): _("Removed a service gap"),
    ("closure", CREATE): _("Asked to close the plan"),
    ("closure", UPDATE): _("Changed the request to close the plan"),
    ("closure", DELETE): _("Withdrew or sent back the request to close the plan"),
    ("closurereturn", CREATE): _("Sent the plan back to its lead practitioner, not closed"),
    ("closurereturn", UPDATE): _("Changed why the plan was sent back"),
    ("review", CREATE): _("Recorded a review"),
    ("review", UPDATE): _("Changed a review"),
    ("review", DELETE): _("Removed a review"),
    ("actionreviewed", CREATE): _("Recorded an action's status at a review"),
    ("actionreviewed", UPDATE): _("Changed an action's status at a review"),
    ("actionreviewed", DELETE): _("Removed an action's status at a review"),
    ("viewslink", CREATE): _("Made a link for the family to give their views"),
    ("viewslink", UPDATE): _("Changed the link for the family's views"),
    ("viewssubmission", CREATE): _("The family gave their views"),
    ("supervisionnote", CREATE): _("Recorded management oversight"),
    ("supervisionnote", UPDATE): _("Changed a note of management oversight"),
    ("datanotification", CREATE): _("Filled in a DATA Notification form"),
    ("datanotification", UPDATE): _("Changed a DATA Notification form"),
    ("subject_access", EXPORT): _("Exported everything held (subject access)"),
    ("transfer", CREATE): _("Took in the family's record from another service"),
    ("transfer", EXPORT): _("Exported the family's whole record to move it to another service"),
    ("import", CREATE): _("Imported the plan from a file"),
    ("legal_hold", UPDATE): _("Placed or lifted a legal hold"),
    ("team", UPDATE): _("Moved the family to another team"),
}

# An entry of a kind not named above still says what was done, never a name from the code.
DONE: dict[str, StrOrPromise] = {
    VIEW: _("Looked at the record"),
    CREATE: _("Added to the record"),
    UPDATE: _("Changed the record"),
    DELETE: _("Removed from the record"),
    EXPORT: _("Exported from the record"),
}

_FILES = {"pdf": "PDF", "docx": "Word", "csv": "CSV", "xlsx": "Excel", "json": "JSON", "fhir": "FHIR"}


def _said_of_its_detail(kind: str, detail: dict[str, Any]) -> StrOrPromise | None:
    """The few entries whose detail says more than their kind: which way a legal hold went, a
    closure signed off, a correction, the kind of file a plan went out as."""
    if kind == "legal_hold" and "legal_hold" in detail:
        return _("Placed a legal hold") if detail["legal_hold"] else _("Lifted the legal hold")
    if kind == "closure" and "coordinators_told" in detail:
        return _("Told the early help coordinators the plan is waiting to be signed off")
    if kind == "closure" and "signed_off_at" in detail.get("changes", {}):
        return _("Signed off the plan's closure")
    if kind == "familymember" and detail.get("correction"):
        return _("Corrected a family member's details")
    if kind == "plan" and detail.get("format") in _FILES:
        return _("Exported the plan (%(file)s)") % {"file": _FILES[detail["format"]]}
    return None


def said(event: AuditEvent) -> StrOrPromise:
    """What the entry records, in plain words."""
    detail = event.detail if isinstance(event.detail, dict) else {}
    return (
        _said_of_its_detail(event.object_type, detail)
        or SAID.get((event.object_type, event.action))
        or DONE.get(event.action)
        or event.get_action_display()
    )
