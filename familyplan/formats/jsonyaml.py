"""Plans as JSON or YAML, in the plan model's own shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from familyplan.formats.errors import ReadError
from familyplan.plan.models import Plan

_MAX_ERRORS = 5


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as short lines a person can act on: "goals.0.actions.1.status: ..."."""
    lines = []
    for item in error.errors()[:_MAX_ERRORS]:
        where = ".".join(str(part) for part in item["loc"]) or "plan"
        lines.append(f"{where}: {item['msg']}")
    more = error.error_count() - _MAX_ERRORS
    if more > 0:
        lines.append(f"and {more} more")
    return "; ".join(lines)


def plan_from_data(data: Any, path: str | Path) -> Plan:
    if not isinstance(data, dict):
        raise ReadError(path, "expected a plan (an object with fields such as goals), not a list or a value")
    try:
        return Plan.model_validate(data)
    except ValidationError as error:
        raise ReadError(path, f"does not fit the plan format: {describe_validation_error(error)}") from error


def read_json(path: Path, text: str) -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(
            path, f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except RecursionError as error:
        raise ReadError(path, "not a plan: lists or objects are nested too deeply") from error
    return plan_from_data(data, path)


def read_yaml(path: Path, text: str) -> Plan:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise ReadError(path, f"not valid YAML{where}: {problem}") from error
    except RecursionError as error:
        raise ReadError(path, "not a plan: lists or mappings are nested too deeply") from error
    return plan_from_data(data, path)


def plan_to_json(plan: Plan) -> str:
    return plan.model_dump_json(indent=2, exclude_defaults=False) + "\n"


def plan_to_yaml(plan: Plan) -> str:
    return yaml.safe_dump(plan.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
