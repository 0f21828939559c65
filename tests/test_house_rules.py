"""The size limits that keep the package readable: no module over 400 lines, no function over 60.

Migrations are written by Django and left out. A module or function that grows past a
limit is split where its parts do different jobs (see CONTRIBUTING.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

import familyplan

PACKAGE = Path(familyplan.__file__).parent
MODULE_LINES = 400
FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.relative_to(PACKAGE).parts)


def test_the_package_is_read_whole():
    names = {p.relative_to(PACKAGE).as_posix() for p in _modules()}
    assert {"cli.py", "smart/checker.py", "web/casework/interchange.py"} <= names
    assert not any("migrations/" in name for name in names)


def test_no_module_is_over_400_lines():
    long = {
        p.relative_to(PACKAGE).as_posix(): lines
        for p in _modules()
        if (lines := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert long == {}


def test_no_function_is_over_60_lines():
    long = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno} {node.name}"] = lines
    assert long == {}
