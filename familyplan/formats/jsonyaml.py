"""Plans as JSON or YAML, in the plan model's own shape."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from familyplan.formats.errors import ReadError
from familyplan.plan.limits import LimitExceeded, Limits, check_plan_size, count, current
from familyplan.plan.models import SCHEMA_VERSION, Plan, format_version

_MAX_ERRORS = 5


# Pydantic's wording for the commonest mistakes in a hand-written file, said as a person would.
_PLAIN_ERRORS = {
    "extra_forbidden": "not a field of the plan format (check its spelling)",
    "missing": "missing, and a plan needs it",
}


def _limit_named(item: Any) -> str:
    """The council's limit behind a refusal for length, so that it can be raised if need be."""
    longest = (item.get("ctx") or {}).get("max_length")
    if item["type"] == "string_too_long" and longest == current().field_chars:
        return " (limit FAMILYPLAN_LIMIT_FIELD_CHARS)"
    return ""


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as short lines a person can act on: "goals.0.actions.1.status: ..."."""
    lines = []
    for item in error.errors()[:_MAX_ERRORS]:
        where = ".".join(str(part) for part in item["loc"]) or "plan"
        lines.append(f"{where}: {_PLAIN_ERRORS.get(item['type'], item['msg'])}{_limit_named(item)}")
    more = error.error_count() - _MAX_ERRORS
    if more > 0:
        lines.append(f"and {more} more")
    return "; ".join(lines)


# Strings (skipped whole, escapes and all) and the brackets that open and close lists and objects.
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_nesting(text: str, limit: int) -> int | None:
    """The line where JSON ``text`` first nests deeper than ``limit``, or None; found without parsing it."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, token.start()) + 1
        elif bracket in "]}":
            depth -= 1
    return None


def plan_counts(data: Any) -> tuple[int, int]:
    """Goals and actions in plan-shaped data, counted before the data is validated."""
    goals = data.get("goals") if isinstance(data, dict) else None
    if not isinstance(goals, list):
        return 0, 0
    actions = sum(
        len(goal["actions"])
        for goal in goals
        if isinstance(goal, dict) and isinstance(goal.get("actions"), list)
    )
    return len(goals), actions


def plan_from_data(data: Any, path: str | Path, limits: Limits | None = None) -> Plan:
    if not isinstance(data, dict):
        raise ReadError(path, "expected a plan (an object with fields such as goals), not a list or a value")
    try:
        check_plan_size(*plan_counts(data), limits=limits)
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    try:
        return Plan.model_validate(data)
    except ValidationError as error:
        problem = f"does not fit the plan format: {describe_validation_error(error)}"
        raise ReadError(path, problem + _newer_format(data.get("schema_version"))) from error


def _newer_format(written: Any) -> str:
    """Why a file from a later version of Family Plan may not fit, if it says it is from one."""
    try:
        newer = format_version(str(written)) > format_version(SCHEMA_VERSION)
    except ValueError:
        return ""
    if not newer:
        return ""
    return (
        f" (it is written in plan format {written}, newer than the {SCHEMA_VERSION} this version of"
        " Family Plan reads: update Family Plan to read it)"
    )


def load_json(path: Path, text: str, limits: Limits | None = None) -> Any:
    """The JSON's data, measured against the nesting limit before it is parsed."""
    limits = limits or current()
    line = json_nesting(text, limits.nesting)
    if line is not None:
        raise ReadError(
            path,
            f"line {count(line)}: lists or objects nested more than {limits.nesting} deep "
            "(limit FAMILYPLAN_LIMIT_NESTING)",
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(
            # json's message stops short ("Unterminated string starting at"): the place follows it here.
            path,
            f"not valid JSON at line {error.lineno}, column {error.colno}: "
            f"{error.msg.removesuffix(' starting at').lower()}",
        ) from error
    except RecursionError as error:
        raise ReadError(path, "not a plan: lists or objects are nested too deeply") from error
    except ValueError as error:  # a number thousands of digits long, which Python will not convert
        raise ReadError(path, f"not a plan: {_value_problem(error)}") from error
    return data


def read_json(path: Path, text: str, limits: Limits | None = None) -> Plan:
    return plan_from_data(load_json(path, text, limits), path, limits)


class _PlanLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases (one small file can repeat a part of itself a billion
    times through them: a plan never needs one) and with a limit on nesting."""

    nesting_limit = 32
    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _Refused(f"line {count(event.start_mark.line + 1)}: aliases (*name) are not read in a plan")
        self._depth += 1
        try:
            if self._depth > self.nesting_limit:
                upcoming = self.peek_event()  # type: ignore[no-untyped-call]
                line = upcoming.start_mark.line + 1
                raise _Refused(
                    f"line {count(line)}: lists or mappings nested more than {self.nesting_limit} deep "
                    "(limit FAMILYPLAN_LIMIT_NESTING)"
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _value_problem(error: ValueError) -> str:
    if "digits" in str(error):
        return "a number in it is thousands of digits long"
    return str(error)[:200]


class _Refused(Exception):
    pass


def read_yaml(path: Path, text: str, limits: Limits | None = None) -> Plan:
    limits = limits or current()
    loader: _PlanLoader | None = None
    try:
        loader = _PlanLoader(text)
        loader.nesting_limit = limits.nesting
        data = loader.get_single_data()
    except _Refused as refused:
        raise ReadError(path, str(refused)) from refused
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise ReadError(path, f"not valid YAML{where}: {problem}") from error
    except RecursionError as error:
        raise ReadError(path, "not a plan: lists or mappings are nested too deeply") from error
    except ValueError as error:  # a date that is not one (2026-13-45), or a number thousands of digits long
        raise ReadError(path, f"not valid YAML: {_value_problem(error)}") from error
    finally:
        if loader is not None:
            loader.dispose()
    return plan_from_data(data, path, limits)


def plan_to_json(plan: Plan) -> str:
    return plan.model_dump_json(indent=2, exclude_defaults=False) + "\n"


def plan_to_yaml(plan: Plan) -> str:
    return yaml.safe_dump(plan.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
