"""The plan's SMART report, kept with the plan: made once by the service that saves a change.

Pages and the API read the stored report; only the live panel (one statement as the
practitioner types) runs the checker besides the services.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from familyplan.smart import Report
from familyplan.smart.findings import Finding, Letter, Location, Severity

_FINDING_FIELDS = {f.name for f in dataclasses.fields(Finding)}


def report_to_stored(report: Report) -> dict[str, Any]:
    return report.as_dict()


def _finding(data: dict[str, Any]) -> Finding:
    known = {k: v for k, v in data.items() if k in _FINDING_FIELDS}
    location = known.get("location")
    return Finding(
        **{
            **known,
            "letter": Letter(known["letter"]),
            "severity": Severity(known["severity"]),
            "location": Location(**location) if location else None,
        }
    )


def report_from_stored(data: dict[str, Any]) -> Report:
    return Report(
        findings=[_finding(f) for f in data["findings"]],
        scores=dict(data["scores"]),
        overall=int(data["overall"]),
        top_fixes=[_finding(f) for f in data["top_fixes"]],
    )
