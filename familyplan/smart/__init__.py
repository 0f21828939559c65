"""The SMART checker: a catalogue of rules from the guidance, run over statements and plans.

The names below are loaded when first used (PEP 562): the command line needs ``Kind``
to describe its options, and `familyplan --help` should not wait for the word lists,
patterns and plan models that checking loads.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from familyplan.smart.catalogue import (
        Catalogue,
        Rule,
        SettingsError,
        default_catalogue,
        load_catalogue,
    )
    from familyplan.smart.checker import (
        Explanation,
        check_cells,
        check_plan,
        check_statement,
        explain_statement,
        known_names,
        needs_work,
    )
    from familyplan.smart.findings import Finding, Kind, Letter, Location, Report, Severity
    from familyplan.smart.statement_rules import Context

_HOMES = {
    "familyplan.smart.catalogue": (
        "Catalogue",
        "Rule",
        "SettingsError",
        "default_catalogue",
        "load_catalogue",
    ),
    "familyplan.smart.checker": (
        "Explanation",
        "check_cells",
        "check_plan",
        "check_statement",
        "explain_statement",
        "known_names",
        "needs_work",
        "check_cells",
    ),
    "familyplan.smart.findings": ("Finding", "Kind", "Letter", "Location", "Report", "Severity"),
    "familyplan.smart.statement_rules": ("Context",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise take any name from here as Any

    def __getattr__(name: str) -> Any:
        module = _HOME_OF.get(name)
        if module is None:
            raise AttributeError(f"module 'familyplan.smart' has no attribute '{name}'")
        value = getattr(import_module(module), name)
        globals()[name] = value
        return value


__all__ = [
    "Catalogue",
    "Context",
    "Explanation",
    "Finding",
    "Kind",
    "Letter",
    "Location",
    "Report",
    "Rule",
    "SettingsError",
    "Severity",
    "check_cells",
    "check_plan",
    "check_statement",
    "default_catalogue",
    "explain_statement",
    "known_names",
    "load_catalogue",
    "needs_work",
]
