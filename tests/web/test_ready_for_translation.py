"""Every word a person reads on the pages goes through Django's translation, so a council can
offer the practitioner pages in Welsh by adding a translation file, without touching a template."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "familyplan" / "web" / "templates"
# Attributes a person hears or sees: they are words on the page too.
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")


def untranslated_words(source: str) -> list[str]:
    text = re.sub(r"{#.*?#}", " ", source, flags=re.S)
    text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", " ", text, flags=re.S)
    text = re.sub(r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}", " ", text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    attributes = re.findall(rf'\b(?:{"|".join(READ_ATTRIBUTES)})="([^"]*)"', text)
    text = re.sub(r"{%.*?%}|{{.*?}}", " ", text, flags=re.S)
    text = re.sub(r"<[^>]*>", " ", text, flags=re.S)
    found = [value for value in attributes if re.search(r"[A-Za-z]", re.sub(r"{%.*?%}|{{.*?}}", "", value))]
    found += [
        chunk.strip()
        for chunk in re.split(r"\s{2,}|\n", re.sub(r"&[a-z]+;|&#\d+;", " ", text))
        if re.search(r"[A-Za-z]{2,}", chunk)
    ]
    return found


def test_the_check_finds_words_left_in_a_template() -> None:
    assert untranslated_words('<p class="govuk-body">Families you work with</p>') == [
        "Families you work with"
    ]
    assert untranslated_words('<nav aria-label="Pages of families"></nav>') == ["Pages of families"]
    assert untranslated_words("<p>{% translate 'Families' %} {{ family.name }}</p>") == []
    assert untranslated_words("{% blocktranslate %}Hello {{ n }}{% endblocktranslate %}") == []


@pytest.mark.parametrize(
    "template", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")), ids=str
)
def test_every_word_on_the_pages_goes_through_translation(template: str) -> None:
    assert untranslated_words((TEMPLATES / template).read_text()) == []


# --- Words that the code puts on the pages ---------------------------------------------------

PACKAGE = TEMPLATES.parent
PAGE_CODE = [
    "accounts/forms.py",
    "accounts/models.py",
    "accounts/two_factor.py",
    "accounts/views.py",
    "audit/words.py",
    "casework/charts.py",
    "casework/closure_views.py",
    "casework/date_input.py",
    "casework/family_views.py",
    "casework/forms.py",
    "casework/models.py",
    "casework/presentation.py",
    "casework/services.py",
    "casework/views.py",
    "council/models.py",
    "council/views.py",
    "oversight/filters.py",
    "oversight/models.py",
    "oversight/views.py",
    "reviews/family_forms.py",
    "reviews/forms.py",
    "reviews/models.py",
    "reviews/views.py",
    "clean_text.py",
    "help.py",
]
WORD_KEYWORDS = {
    "label",
    "help_text",
    "empty_label",
    "verbose_name",
    "verbose_name_plural",
    "initial_text",
    "button",
}
WORD_CALLS = {
    "success",
    "info",
    "warning",
    "error",
    "ValidationError",
    "PlanRuleError",
    "PermissionDenied",
    "CodeRefused",
}
WORD_KEYS = {"title", "caption", "heading", "hint", "button"}
WORD_HELPERS = {"_area", "_text", "UKDateField"}  # the form helpers take the label first
TRANSLATORS = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}


def _is_words(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(re.search(r"[A-Za-z]{2,}", node.value))
        and not re.fullmatch(r"[a-z0-9_.-]+", node.value)  # a code or a name, not words
    )


def _called(node: ast.Call) -> str:
    return getattr(node.func, "id", None) or getattr(node.func, "attr", "")


def words_outside_translation(source: str) -> list[str]:
    return [f"line {n.lineno}: {ast.unparse(n)}" for n in word_nodes(source)]  # type: ignore[attr-defined]


def word_nodes(source: str) -> list[ast.AST]:
    tree = ast.parse(source)
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) not in TRANSLATORS:
            found += [k.value for k in node.keywords if k.arg in WORD_KEYWORDS]
            if _called(node) in WORD_CALLS:
                found += node.args[:2]
            if _called(node) in WORD_HELPERS:
                found += node.args[:1]
            if _called(node) == "add_error":
                found += node.args[1:2]
            for k in node.keywords:
                if k.arg == "error_messages" and isinstance(k.value, ast.Dict):
                    found += k.value.values
        elif isinstance(node, ast.Dict):
            found += [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value in WORD_KEYS
            ]
        elif isinstance(node, ast.ClassDef) and any(
            getattr(b, "attr", "").endswith("Choices") for b in node.bases
        ):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Tuple):
                    found += statement.value.elts[1:]
    return [n for n in _alternatives(found) if _is_words(n)]


def _alternatives(nodes: list[ast.AST]) -> list[ast.AST]:
    # "Change a goal" if goal else "Add a goal": both are words on the page.
    out: list[ast.AST] = []
    for node in nodes:
        if isinstance(node, ast.IfExp):
            out += _alternatives([node.body, node.orelse])
        elif isinstance(node, ast.BoolOp):
            out += _alternatives(node.values)
        else:
            out.append(node)
    return out


def test_the_check_finds_words_left_in_code() -> None:
    assert words_outside_translation('messages.success(request, "The goal has been saved.")') != []
    assert words_outside_translation('messages.success(request, _("The goal has been saved."))') == []
    assert words_outside_translation('forms.CharField(label="Family name")') != []
    assert words_outside_translation('forms.CharField(label=_("Family name"))') == []
    assert words_outside_translation('{"title": "Change a goal" if goal else "Add a goal"}') != []
    assert words_outside_translation('{"caption": f"Goal: {goal.outcome}"}') != []
    assert words_outside_translation('form_page(request, form, title, button="Continue")') != []


@pytest.mark.parametrize("module", PAGE_CODE)
def test_every_word_the_code_puts_on_a_page_goes_through_translation(module: str) -> None:
    assert words_outside_translation((PACKAGE / module).read_text()) == []
