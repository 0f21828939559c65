"""A FHIR bundle's reviews and service gaps read back: the reverse of familyplan.formats.fhir_reviews.

A review is an Encounter of the review class, with the ClinicalImpression and the scaling-score
Observations that name it; what it recorded of each action is an Observation whose focus is the
action's Task, and a progress note on a Task names the review it was written for. A part of a
review the plan has no place for (a note, a participant neither attending nor sending apologies,
a score for no goal of the plan, a status for no action) is named, not read; so is a review or a
score that does not fit the plan format (a score of 11), and the rest is read. Encounters,
Observations and DetectedIssues of other kinds are left to the bundle, which names them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from familyplan.formats.errors import RowProblem
from familyplan.formats.fhir_bundle import Bundle, readable, text_of
from familyplan.formats.fhir_terms import (
    ACTION_AT_REVIEW,
    ACTION_STATUS,
    APOLOGIES,
    AT_REVIEW,
    ATTENDER,
    COORDINATOR_TOLD,
    FAMILY_SCORE,
    NEXT_REVIEW_DATE,
    NO_SCORE_NOTE,
    PARTICIPATION,
    PRACTITIONERS_SCORE,
    REVIEW,
    REVIEW_FLAGS,
    REVIEW_NOTES,
    RISK,
    SCALING,
    SERVICE_GAP,
    STATUS_FOUND,
    STATUS_LEFT,
    extension_value,
    has_code,
)
from familyplan.formats.fhir_terms import day as read_day
from familyplan.plan import models as m


def _texts(resource: dict[str, Any]) -> list[str]:
    return [text_of(n.get("text")) for n in resource.get("note") or [] if isinstance(n, dict)]


def _participants(encounter: dict[str, Any], where: str, problems: list[RowProblem]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"attendees": [], "apologies": []}
    for number, participant in enumerate(encounter.get("participant") or [], 1):
        if not isinstance(participant, dict):
            continue
        name = text_of((participant.get("individual") or {}).get("display"))
        kinds = participant.get("type")
        if has_code(kinds, (ATTENDER, ""), PARTICIPATION):
            found["attendees"].append(name)
        elif has_code(kinds, APOLOGIES):
            found["apologies"].append(name)
        else:
            reason = "neither came nor sent apologies, so it was not read"
            problems.append(RowProblem(f"{where}, participant {number}", reason, name))
    return found


def _findings(impression: dict[str, Any], where: str, problems: list[RowProblem]) -> dict[str, Any]:
    """What a review found, from its ClinicalImpression; a note with no place in a review is named."""
    found: dict[str, Any] = {"notes": text_of(impression.get("summary"))}
    found["next_review_date"] = read_day(extension_value(impression, NEXT_REVIEW_DATE))
    flags = {sentence: field for field, sentence in REVIEW_FLAGS.items()}
    for text in _texts(impression):
        field = next((f for f, label in REVIEW_NOTES.items() if text.startswith(label)), None)
        if text in flags:
            found[flags[text]] = True
        elif field is not None:
            found[field] = text.removeprefix(REVIEW_NOTES[field])
        else:
            problems.append(
                RowProblem(f"{where}, a note", "has no place in a review, so it was not read", text)
            )
    return found


def _component(observation: dict[str, Any], kind: tuple[str, str]) -> Any:
    for component in observation.get("component") or []:
        if isinstance(component, dict) and has_code(component.get("code"), kind):
            return component.get("valueInteger")
    return None


def _score(observation: dict[str, Any], goal: int) -> m.ScalingScore:
    reasons = [t.removeprefix(NO_SCORE_NOTE) for t in _texts(observation) if t.startswith(NO_SCORE_NOTE)]
    return m.ScalingScore(
        goal_index=goal,
        family=_component(observation, FAMILY_SCORE),
        practitioners=_component(observation, PRACTITIONERS_SCORE),
        no_score_reason=next(iter(reasons), ""),
    )


class _Scores:
    """The scaling scores in the bundle, each under the review that gave it."""

    def __init__(self, bundle: Bundle, goals: list[dict[str, Any]], problems: list[RowProblem]) -> None:
        self.bundle = bundle
        self.goals = goals
        self.problems = problems
        self.observations = [o for o in bundle.of("Observation") if has_code(o.get("code"), SCALING)]

    def of(self, encounter: dict[str, Any], where: str) -> list[m.ScalingScore]:
        scores = []
        for observation in self.observations:
            if self.bundle.find(observation.get("encounter")) is not encounter:
                continue
            self.bundle.use(observation)
            focus = observation.get("focus") or [None]
            goal = self.bundle.find(focus[0])
            index = next((i for i, g in enumerate(self.goals) if g is goal), None)
            said = text_of((focus[0] or {}).get("display")) if isinstance(focus[0], dict) else ""
            if index is None:
                reason = "is not for any of the plan's goals, so it was not read"
                self.problems.append(RowProblem(f"{where}, a scaling score", reason, said))
                continue
            score = readable(f"{where}, a scaling score", self.problems, partial(_score, observation, index))
            if score is not None:
                scores.append(score)
        return scores


def _review(
    bundle: Bundle,
    encounter: dict[str, Any],
    where: str,
    scores: list[m.ScalingScore],
    problems: list[RowProblem],
) -> m.Review:
    impressions = [i for i in bundle.of("ClinicalImpression") if bundle.find(i.get("encounter")) is encounter]
    findings: dict[str, Any] = {}
    for impression in impressions[:1]:
        findings = _findings(bundle.use(impression), where, problems)
    kinds = encounter.get("type") or [{}]
    return m.Review(
        date=text_of((encounter.get("period") or {}).get("start"))[:10] or None,
        kind=text_of(kinds[0].get("text")) if isinstance(kinds[0], dict) else "",
        scaling=scores,
        **_participants(encounter, where, problems),
        **findings,
    )


def reviews(
    bundle: Bundle, goals: list[dict[str, Any]], problems: list[RowProblem]
) -> tuple[list[m.Review], ReviewLinks]:
    """The plan's reviews, in the order the bundle holds them, and what names them from the actions."""
    found: list[m.Review] = []
    read: dict[int, int] = {}
    scores = _Scores(bundle, goals, problems)
    encounters = [e for e in bundle.of("Encounter") if has_code({"coding": [e.get("class")]}, REVIEW)]
    for number, encounter in enumerate(encounters, 1):
        bundle.use(encounter)
        start = text_of((encounter.get("period") or {}).get("start"))[:10]
        where = f"review {number}" + (f" ({start})" if start else "")
        given = scores.of(encounter, where)
        review = readable(where, problems, partial(_review, bundle, encounter, where, given, problems))
        if review is not None:
            read[id(encounter)] = len(found)
            found.append(review)
    return found, ReviewLinks(bundle, read, problems)


def _task_status(observation: dict[str, Any], kind: tuple[str, str]) -> Any:
    for component in observation.get("component") or []:
        if isinstance(component, dict) and has_code(component.get("code"), kind):
            value = component.get("valueCodeableConcept") or {}
            codes = [c.get("code") for c in value.get("coding") or [] if isinstance(c, dict)]
            return next((ACTION_STATUS[c] for c in codes if c in ACTION_STATUS), None)
    return None


class ReviewLinks:
    """What an action holds of the plan's reviews: the status each review found it at and left it at
    (an Observation whose focus is its Task), and the review each progress note was written for (an
    extension naming the review's Encounter). One that names no review of the plan, or no action,
    is named and not read."""

    def __init__(self, bundle: Bundle, read: dict[int, int], problems: list[RowProblem]) -> None:
        self.bundle, self.read, self.problems = bundle, read, problems
        self.statuses: dict[int, list[m.ActionAtReview]] = {}
        for number, observation in enumerate(bundle.of("Observation"), 1):
            if has_code(observation.get("code"), ACTION_AT_REVIEW):
                self._status(bundle.use(observation), f"an action's status at a review ({number})")

    def _status(self, observation: dict[str, Any], where: str) -> None:
        index = self.read.get(id(self.bundle.find(observation.get("encounter"))))
        task = self.bundle.find((observation.get("focus") or [None])[0])
        if index is None or not task:
            reason = "is for no review or no action of the plan, so it was not read"
            self.problems.append(RowProblem(where, reason))
            return
        kept = self.statuses.setdefault(id(task), [])
        if any(at.review_index == index for at in kept):
            self.problems.append(
                RowProblem(where, "is a second status at the same review, so it was not read")
            )
            return

        def build() -> m.ActionAtReview:
            found, left = _task_status(observation, STATUS_FOUND), _task_status(observation, STATUS_LEFT)
            return m.ActionAtReview(review_index=index, status_before=found, status=left)

        if (at := readable(where, self.problems, build)) is not None:
            kept.append(at)

    def of(self, task: dict[str, Any]) -> list[m.ActionAtReview]:
        """The statuses the reviews recorded for the action this Task is, in the order of the reviews."""
        return sorted(self.statuses.pop(id(task), []), key=lambda at: at.review_index)

    def review_of(self, note: dict[str, Any], where: str) -> int | None:
        """The review a progress note was written for, by its place among the plan's reviews."""
        named = extension_value(note, AT_REVIEW)
        if named is None:
            return None
        index = self.read.get(id(self.bundle.find(named)))
        if index is None:
            reason = "names a review that is not one of the plan's: read without it"
            self.problems.append(RowProblem(f"{where}, a progress note", reason, text_of(note.get("text"))))
        return index

    def unread(self) -> list[RowProblem]:
        """A problem for each status at a review given for a Task that is none of the plan's actions."""
        count = sum(len(kept) for kept in self.statuses.values())
        reason = "is for a Task that is none of the plan's actions, so it was not read"
        return [RowProblem("an action's status at a review", reason) for _ in range(count)]


def _service_gap(issue: dict[str, Any]) -> m.ServiceGap:
    implicated = issue.get("implicated") or [{}]
    told = [
        mitigation.get("date")
        for mitigation in issue.get("mitigation") or []
        if isinstance(mitigation, dict) and has_code(mitigation.get("action"), COORDINATOR_TOLD)
    ]
    return m.ServiceGap(
        kind_of_service=text_of(implicated[0].get("display")) if isinstance(implicated[0], dict) else "",
        support_needed=text_of(issue.get("detail")),
        risk=text_of(extension_value(issue, RISK)),
        coordinator_told_on=read_day(next(iter(told), None)),
    )


def service_gaps(bundle: Bundle, problems: list[RowProblem]) -> list[m.ServiceGap]:
    found = []
    for number, issue in enumerate(bundle.of("DetectedIssue"), 1):
        if not has_code(issue.get("code"), SERVICE_GAP):
            continue
        bundle.use(issue)
        said = text_of(issue.get("detail"))
        if (
            gap := readable(f"service gap {number}", problems, partial(_service_gap, issue), said)
        ) is not None:
            found.append(gap)
    return found
