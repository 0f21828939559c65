"""Every field of a plan as a two-column table, "Plan details": field | value.

Word, Excel and CSV exports carry this table beside the seed 000 goal table, so a
file read back holds the whole plan (family, members, practitioners, strengths,
needs, reviews, outcome codes, measures of success, action status...), not only
its goals. A field is named by its place in the plan format, for example
``goals[0].actions[1].status``; values are written as text (dates as YYYY-MM-DD,
yes/no as true/false) and read back through the plan model, which checks them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pydantic import ValidationError

from familyplan.formats.cells import without_merge_repeats
from familyplan.formats.errors import RowProblem
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan.models import Goal, Plan, Review
from familyplan.plan.parsing import find_dates

TITLE = "Plan details"
HEADER = ("Plan details field", "Value")
_STEP = re.compile(r"([a-z_]+)(?:\[(\d{1,5})\])?")


def _flatten(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flatten(item, f"{path}[{index}]")
    elif value is None:
        return
    elif isinstance(value, bool):
        yield path, "true" if value else "false"
    else:
        yield path, str(value)


def plan_details(plan: Plan) -> list[tuple[str, str]]:
    """Every field of the plan that has a value, as (field, value) rows."""
    return list(_flatten(plan.model_dump(mode="json"), ""))


def is_details_header(row: Sequence[str]) -> bool:
    cells = [c.strip().lower() for c in row if c.strip()]
    return cells == [h.lower() for h in HEADER]


class DetailsError(ValueError):
    pass


def _place(into: dict[str, Any], field: str, value: str) -> None:
    steps = field.split(".")
    node: Any = into
    for number, step in enumerate(steps):
        found = _STEP.fullmatch(step)
        if found is None:
            raise DetailsError(f"'{field}' is not a field of the plan format")
        name, index = found.group(1), found.group(2)
        last = number == len(steps) - 1
        if index is None:
            if last:
                node[name] = value
            else:
                node = node.setdefault(name, {})
            continue
        items = node.setdefault(name, [])
        position = int(index)
        if position > len(items):
            raise DetailsError(f"'{field}' comes before the items above it")
        if position == len(items):
            items.append(value if last else {})
        elif last:
            items[position] = value
        node = items[position]
        if not last and not isinstance(node, dict):
            raise DetailsError(f"'{field}' is not a field of the plan format")


def plan_from_details(rows: Sequence[Sequence[str]], where: str) -> tuple[Plan | None, list[RowProblem]]:
    """The plan written in a details table (rows after its header), or None and the reason."""
    data: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for number, row in enumerate(rows, start=2):
        cells = [*row, "", ""]
        field, value = cells[0].strip(), cells[1]
        if not field:
            continue
        try:
            _place(data, field, value)
        except DetailsError as error:
            problems.append(RowProblem(f"{where}, row {number}", str(error), field[:200]))
        except (AttributeError, TypeError):
            problems.append(
                RowProblem(f"{where}, row {number}", "not a field of the plan format", field[:200])
            )
    problems += _scores_without_goals(data, where)
    problems += _pointers_without_reviews(data, where)
    # A value written as people write it (a UK date, "Outcomes achieved") is read so; one that does
    # not fit is reported and left out, or the item it belongs to (a review without its date);
    # the rest of the plan is still read.
    for _attempt in range(_MAX_LEFT_OUT):
        try:
            return Plan.model_validate(data), problems
        except ValidationError as error:
            for each in error.errors():
                mended = _mended(data, each, where, problems)
                if mended is _NOT_MENDED:
                    problems.append(RowProblem(where, f"not read: {describe_validation_error(error)}", ""))
                    return None, problems
                if mended is _ITEM_LEFT_OUT:
                    break  # the items after it have moved up: the other errors' places are out of date
    return None, problems


_MAX_LEFT_OUT = 50
# Items another part of the plan points to by their place (a review's score names its goal by
# index): never left out, or the pointers would name the wrong one.
_POINTED_TO = frozenset({"goals"})


_NOT_MENDED, _VALUE_MENDED, _ITEM_LEFT_OUT = "not mended", "value mended", "item left out"


def _mended(data: dict[str, Any], error: Any, where: str, problems: list[RowProblem]) -> str:
    """How ``data`` was changed so that this error cannot come again, if it could be."""
    loc: tuple[int | str, ...] = tuple(error["loc"])
    value = error.get("input")
    if isinstance(value, str) and (written := _as_written(str(error["type"]), value)) is not None:
        return _VALUE_MENDED if _put(data, loc, written) else _NOT_MENDED
    field = _dotted(loc)
    shown = value[:200] if isinstance(value, str) else ""
    if loc and not isinstance(loc[-1], int) and _left_out(data, loc):
        problems.append(RowProblem(f"{where}, {field}", f"not read: {error['msg']}", shown))
        return _VALUE_MENDED
    for end in range(len(loc) - 1, 0, -1):
        if isinstance(loc[end], int) and loc[end - 1] not in _POINTED_TO:
            item = loc[: end + 1]
            if _left_out(data, item):
                reason = f"left out, because {field} could not be read: {error['msg']}"
                problems.append(RowProblem(f"{where}, {_dotted(item)}", reason, shown))
                if item[:-1] == ("reviews",):
                    problems += _review_left_out(data, int(item[-1]), where)
                return _ITEM_LEFT_OUT
            return _NOT_MENDED
    return _NOT_MENDED


def _as_written(kind: str, value: str) -> str | None:
    """The value in the form the plan format reads, when it is written as people write it."""
    text = value.strip()
    if kind.startswith("date"):
        found, _invalid = find_dates(text)
        if len(found) == 1 and found[0].text == text and found[0].year_given:
            return found[0].date.isoformat()
    elif kind in ("enum", "literal_error"):
        code = re.sub(r"[\s-]+", "_", text.lower())
        if code != value:
            return code
    return None


def _dotted(loc: tuple[int | str, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in loc).lstrip(".")


def _put(data: Any, loc: tuple[int | str, ...], value: str) -> bool:
    node = data
    for step in loc[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return False
    if isinstance(node, dict) and loc and loc[-1] in node and node[loc[-1]] != value:
        node[loc[-1]] = value
        return True
    return False


def _scores_without_goals(data: dict[str, Any], where: str) -> list[RowProblem]:
    """Scores for a goal the details do not have, left out one by one and said: the plan format
    refuses them, and would otherwise take every review with them."""
    goals = data.get("goals")
    count = len(goals) if isinstance(goals, list) else 0
    reviews = data.get("reviews")
    problems: list[RowProblem] = []
    for r, review in enumerate(reviews if isinstance(reviews, list) else []):
        scaling = review.get("scaling") if isinstance(review, dict) else None
        if not isinstance(scaling, list):
            continue
        kept = []
        for s, score in enumerate(scaling):
            index = score.get("goal_index") if isinstance(score, dict) else None
            if isinstance(index, str) and index.strip().isdigit() and int(index) >= count:
                reason = f"not read: goal_index {index.strip()} names no goal; the plan details have {count}"
                problems.append(RowProblem(f"{where}, reviews[{r}].scaling[{s}]", reason, ""))
            else:
                kept.append(score)
        review["scaling"] = kept
    return problems


def _actions_of(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each action in the details' data, with where it is ("goals[0].actions[1]")."""
    goals = data.get("goals")
    for g, goal in enumerate(goals if isinstance(goals, list) else []):
        actions = goal.get("actions") if isinstance(goal, dict) else None
        for a, action in enumerate(actions if isinstance(actions, list) else []):
            if isinstance(action, dict):
                yield f"goals[{g}].actions[{a}]", action


def _review_named(item: Any) -> int | None:
    """The review a status at a review or a progress note names by its place, as written."""
    index = item.get("review_index") if isinstance(item, dict) else None
    return int(index) if isinstance(index, str) and index.strip().isdigit() else None


def _pointers_without_reviews(data: dict[str, Any], where: str) -> list[RowProblem]:
    """An action's status at a review, or a progress note's review, naming a review the details do
    not have: left out one by one and said (the note itself is kept), as the plan format refuses them."""
    reviews = data.get("reviews")
    count = len(reviews) if isinstance(reviews, list) else 0
    return _reviews_renamed(data, lambda index: index if index < count else None, where, count)


def _review_left_out(data: dict[str, Any], gone: int, where: str) -> list[RowProblem]:
    """The reviews after one left out move up a place: what names them by their place follows them,
    and what named the one left out is left out with it and said."""
    return _reviews_renamed(data, lambda index: None if index == gone else index - (index > gone), where)


def _reviews_renamed(
    data: dict[str, Any], renamed: Callable[[int], int | None], where: str, count: int | None = None
) -> list[RowProblem]:
    problems: list[RowProblem] = []

    def said(place: str, index: int) -> None:
        reason = (
            f"not read: review_index {index} names no review; the plan details have {count}"
            if count is not None
            else f"not read: review_index {index} names the review left out"
        )
        problems.append(RowProblem(f"{where}, {place}", reason, ""))

    for place, action in _actions_of(data):
        statuses = action.get("at_reviews")
        kept = []
        for s, status in enumerate(statuses if isinstance(statuses, list) else []):
            if (index := _review_named(status)) is not None and (now := renamed(index)) != index:
                if now is None:
                    said(f"{place}.at_reviews[{s}]", index)
                    continue
                status["review_index"] = str(now)
            kept.append(status)
        if isinstance(statuses, list):
            action["at_reviews"] = kept
        notes = action.get("progress")
        for n, note in enumerate(notes if isinstance(notes, list) else []):
            if (index := _review_named(note)) is not None and (now := renamed(index)) != index:
                if now is None:
                    said(f"{place}.progress[{n}].review_index", index)
                    del note["review_index"]
                else:
                    note["review_index"] = str(now)
    return problems


def _left_out(data: Any, loc: tuple[int | str, ...]) -> bool:
    node = data
    for step in loc[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1] if loc else None
    if isinstance(node, dict) and last in node:
        del node[last]
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        del node[last]
        return True
    return False


def _shape(goals: Sequence[Goal]) -> list[tuple[str, ...]]:
    """The goal table's rows as a reader sees them: one a goal's action, each with its goal. Two
    goals in a row with the same outcome (one for each child) read back as one goal with both
    goals' actions, and that is still the table the file was written with."""
    rows: list[tuple[str, ...]] = []
    for goal in goals:
        actions = [(a.how, a.who, a.when) for a in goal.actions] or [("", "", "")]
        rows += [tuple(without_merge_repeats([goal.outcome, *action])) for action in actions]
    return rows


def merged(
    details: Plan, table_goals: list[Goal], contingency: str, where: str
) -> tuple[Plan, list[RowProblem]]:
    """The details' plan, unless the goal table was changed after export: then its goals win."""
    problems: list[RowProblem] = []
    if table_goals and _shape(table_goals) != _shape(details.goals):
        problems.append(
            RowProblem(
                where,
                "the goal table differs from the plan details (changed after export?): "
                "goals read from the table",
                "",
            )
        )
        reviews = _scores_moved(details, table_goals, where, problems)
        if any(a.at_reviews or any(n.review_index is not None for n in a.progress) for a in details.actions):
            # The goal table holds no status, so neither can it hold what the reviews recorded of one.
            reason = (
                "what each review recorded of each action (the status it found and left, and the "
                "review each progress note was written for) is in the plan details only: not read"
            )
            problems.append(RowProblem(where, reason, ""))
        details = details.model_copy(update={"goals": table_goals, "reviews": reviews})
    if contingency and not details.contingency:
        details = details.model_copy(update={"contingency": contingency})
    return details, problems


def _scores_moved(
    details: Plan, table_goals: list[Goal], where: str, problems: list[RowProblem]
) -> list[Review]:
    """Each review's scores moved to the same goal in the goal table (found by its outcome); a
    score for a goal the table no longer has is left out and said."""
    position: dict[str, int] = {}
    for index, goal in enumerate(table_goals):
        position.setdefault(goal.outcome, index)
    reviews = []
    for number, review in enumerate(details.reviews, 1):
        kept = []
        for score in review.scaling:
            outcome = details.goals[score.goal_index].outcome
            if outcome in position:
                kept.append(score.model_copy(update={"goal_index": position[outcome]}))
            else:
                named = f"the goal '{outcome[:80]}'" if outcome.strip() else "a goal with no outcome written"
                reason = f"review {number}: a score for {named}, not in the goal table: left out"
                problems.append(RowProblem(where, reason, ""))
        reviews.append(review.model_copy(update={"scaling": kept}))
    return reviews
