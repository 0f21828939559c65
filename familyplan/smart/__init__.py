"""The SMART checker: a catalogue of rules from the guidance, run over statements and plans."""

from familyplan.smart.catalogue import Catalogue, Rule, SettingsError, default_catalogue, load_catalogue
from familyplan.smart.checker import Explanation, check_plan, check_statement, explain_statement, needs_work
from familyplan.smart.findings import Finding, Kind, Letter, Location, Report, Severity
from familyplan.smart.statement_rules import Context

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
    "check_plan",
    "check_statement",
    "default_catalogue",
    "explain_statement",
    "load_catalogue",
    "needs_work",
]
