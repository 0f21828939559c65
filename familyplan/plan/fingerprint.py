"""A plan's content as one digest, whatever file it came in: the same plan as .docx and as .xlsx is one plan.

The digest leaves out the format's version and every field left at its default, so a
field added to the plan format later does not change the digest of a plan that does
not use it: a plan imported before an upgrade is still known after it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from familyplan.plan.models import Plan, format_version

# Until format 1.3, Family Plan knew an imported plan by a digest of the whole model as that
# version held it, with the version the file gave (or its own, for a Word, Excel or CSV file).
# The fields each later version added, by where they stand in the model:
_ADDED: dict[str, dict[str, tuple[str, ...]]] = {
    "1.2": {
        "": ("family_area",),
        "support_network": ("contact",),
        "goals": ("achieved_on",),
        "closure": ("no_goal_achieved_reason", "sign_off_comment"),
    },
    "1.3": {"closure": ("signed_off_on",)},
    "1.4": {"goals.actions": ("at_reviews",), "goals.actions.progress": ("review_index",)},
}
_WHOLE_MODEL_FORMS = ("1.1", "1.2")


def fingerprint(plan: Plan) -> str:
    """The digest of what the plan says."""
    content = plan.model_dump(mode="json", exclude_defaults=True, exclude={"schema_version"})
    return _digest(json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def earlier_fingerprints(plan: Plan) -> list[str]:
    """The digests earlier versions of Family Plan gave the same plan (none for a form it cannot have had)."""
    found = []
    for form in _WHOLE_MODEL_FORMS:
        content = plan.model_dump(mode="json")
        later = [where for version, where in _ADDED.items() if format_version(version) > format_version(form)]
        if not all(_left_out(content, fields) for fields in later):
            continue  # it uses a field that version did not have
        for written in dict.fromkeys((plan.schema_version, form)):
            content["schema_version"] = written
            found.append(_digest(json.dumps(content, ensure_ascii=False, separators=(",", ":"))))
    return found


def _left_out(content: dict[str, Any], fields: dict[str, tuple[str, ...]]) -> bool:
    """Takes the fields out of the content; False if any of them held a value."""
    empty = True
    for where, names in fields.items():
        for part in _parts(content, where):
            for name in names:
                empty &= part.pop(name, None) in (None, "", [])
    return empty


def _parts(content: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """The parts of the content at ``where``: "" the plan, "goals.actions" every goal's actions."""
    parts = [content]
    for step in where.split(".") if where else []:
        found = []
        for part in parts:
            value = part.get(step)
            items = value if isinstance(value, list) else [value]
            found += [item for item in items if isinstance(item, dict)]
        parts = found
    return parts


def _digest(text: str) -> str:
    return hashlib.sha256(b"plan:" + text.encode()).hexdigest()
