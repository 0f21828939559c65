"""A plan's content as one digest, whatever file it came in: the same plan as .docx and as .xlsx is one plan.

The digest leaves out the format's version and every field left at its default, so a
field added to the plan format later does not change the digest of a plan that does
not use it: a plan imported before an upgrade is still known after it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from familyplan.plan.models import Plan

# Plans imported before format 1.2 were known by a digest of the whole model in 1.1's form.
# These are the fields 1.2 added, by where they stand in the model.
_ADDED_IN_1_2: dict[str, tuple[str, ...]] = {
    "": ("family_area",),
    "support_network": ("contact",),
    "goals": ("achieved_on",),
    "closure": ("no_goal_achieved_reason", "sign_off_comment"),
}


def fingerprint(plan: Plan) -> str:
    """The digest of what the plan says."""
    content = plan.model_dump(mode="json", exclude_defaults=True, exclude={"schema_version"})
    return _digest(json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def earlier_fingerprints(plan: Plan) -> list[str]:
    """The digests earlier versions of Family Plan gave the same plan (none if it uses a newer field)."""
    content = plan.model_dump(mode="json")
    for where, names in _ADDED_IN_1_2.items():
        for part in _parts(content, where):
            for name in names:
                if part.pop(name, None) not in (None, ""):
                    return []
    content["schema_version"] = "1.1"
    return [_digest(json.dumps(content, ensure_ascii=False, separators=(",", ":")))]


def _parts(content: dict[str, Any], where: str) -> list[dict[str, Any]]:
    if not where:
        return [content]
    value = content.get(where)
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return [value] if isinstance(value, dict) else []


def _digest(text: str) -> str:
    return hashlib.sha256(b"plan:" + text.encode()).hexdigest()
