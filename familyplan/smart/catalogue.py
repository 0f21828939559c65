"""The rule catalogue as data, and a council's settings applied on top of it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml

from familyplan.plan.reviews import DEFAULT_CYCLES, ReviewCycles
from familyplan.smart.findings import Letter, Severity

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

STATEMENT_KINDS = ("outcome", "action", "who", "when", "contingency")


class SettingsError(ValueError):
    """A council settings file that cannot be used, with where and why."""


@dataclass(frozen=True)
class Rule:
    id: str
    letter: Letter
    severity: Severity
    applies_to: tuple[str, ...]
    message: str
    suggestion: str
    seed: str
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    fault: str = ""
    """The fault in general, for a rule whose message is all detail (a report of many plans)."""


@dataclass(frozen=True)
class Catalogue:
    rules: dict[str, Rule]
    acronyms: dict[str, str]
    known_abbreviations: frozenset[str]
    disabled: frozenset[str] = field(default_factory=frozenset)
    # The council's review cycles, for the rule that finds a review overdue.
    review_cycles: ReviewCycles = field(default_factory=lambda: DEFAULT_CYCLES)
    # Things worked out from the catalogue once and reused for every statement.
    _memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        if key not in self._memo:
            self._memo[key] = build()
        return cast(T, self._memo[key])

    def enabled(self, rule_id: str) -> bool:
        return rule_id in self.rules and rule_id not in self.disabled

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def for_kind(self, kind: str) -> list[Rule]:
        return self.memo(
            ("kind", kind),
            lambda: [r for r in self.rules.values() if kind in r.applies_to and r.id not in self.disabled],
        )

    def with_settings(self, settings: Mapping[str, Any]) -> Catalogue:
        """A copy with a council's settings applied: rules switched off, word lists extended."""
        unknown_keys = set(settings) - {"disabled", "words", "phrases", "acronyms", "known_abbreviations"}
        if unknown_keys:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown_keys))}")
        disabled = set(self.disabled)
        for rule_id in _list_of_str(settings.get("disabled", []), "disabled"):
            self._require_rule(rule_id, "disabled")
            disabled.add(rule_id)
        rules = dict(self.rules)
        for key in ("words", "phrases"):
            extra = settings.get(key, {}) or {}
            if not isinstance(extra, Mapping):
                raise SettingsError(f"'{key}' must map rule ids to lists of {key}")
            for rule_id, items in extra.items():
                self._require_rule(rule_id, key)
                added = tuple(x.lower() for x in _list_of_str(items, f"{key}.{rule_id}"))
                rules[rule_id] = replace(rules[rule_id], **{key: getattr(rules[rule_id], key) + added})
        acronyms = dict(self.acronyms)
        extra_acronyms = settings.get("acronyms", {}) or {}
        if not isinstance(extra_acronyms, Mapping):
            raise SettingsError("'acronyms' must map each acronym to what it stands for")
        acronyms.update({str(k): str(v) for k, v in extra_acronyms.items()})
        known = self.known_abbreviations | set(
            _list_of_str(settings.get("known_abbreviations", []), "known_abbreviations")
        )
        return Catalogue(rules, acronyms, frozenset(known), frozenset(disabled), self.review_cycles)

    def with_review_cycles(self, cycles: ReviewCycles) -> Catalogue:
        """A copy that finds reviews overdue by a council's own cycles."""
        return replace(self, review_cycles=cycles, _memo={})

    def _require_rule(self, rule_id: str, where: str) -> None:
        if rule_id not in self.rules:
            raise SettingsError(f"{where}: no rule called '{rule_id}' (see `familyplan rules`)")


def _list_of_str(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise SettingsError(f"'{where}' must be a list of words")
    return value


def _rule_from(data: Mapping[str, Any]) -> Rule:
    return Rule(
        id=data["id"],
        letter=Letter(data["letter"]),
        severity=Severity(data["severity"]),
        applies_to=tuple(data["applies_to"]),
        message=data["message"],
        suggestion=data["suggestion"],
        seed=data["seed"],
        words=tuple(w.lower() for w in data.get("words", [])),
        phrases=tuple(p.lower() for p in data.get("phrases", [])),
        fault=data.get("fault", ""),
    )


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    text = resources.files("familyplan.smart").joinpath("catalogue.yaml").read_text(encoding="utf-8")
    # libyaml's loader, where PyYAML was built with it, reads the catalogue ten times faster.
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    rules = {r["id"]: _rule_from(r) for r in data["rules"]}
    return Catalogue(
        rules=rules,
        acronyms={str(k): str(v) for k, v in data["acronyms"].items()},
        known_abbreviations=frozenset(str(x) for x in data["known_abbreviations"]),
    )


def load_catalogue(settings_path: str | Path | None = None) -> Catalogue:
    """The catalogue with a council's settings file (YAML) applied, if one is given."""
    catalogue = default_catalogue()
    if settings_path is None:
        return catalogue
    path = Path(settings_path)
    try:
        settings = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise SettingsError(f"{path}: cannot read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise SettingsError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(settings, Mapping):
        raise SettingsError(f"{path}: expected settings as keys and values")
    try:
        return catalogue.with_settings(settings)
    except SettingsError as error:
        raise SettingsError(f"{path}: {error}") from error


def rules_in_order(catalogue: Catalogue) -> Iterable[Rule]:
    return catalogue.rules.values()


def registry(table: dict[str, F]) -> Callable[[str], Callable[[F], F]]:
    """A decorator that files what checks a rule in ``table`` under the rule's id, so the
    catalogue's rules find their code: ``matcher = registry(MATCHERS)``, then
    ``@matcher("when-asap")`` above the function."""

    def under(rule_id: str) -> Callable[[F], F]:
        def register(check: F) -> F:
            table[rule_id] = check
            return check

        return register

    return under
