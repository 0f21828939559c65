"""The Welsh file lists the English the pages say today, so a translator works on words people read
and not on sentences the service stopped saying: every string the templates and the code pass to
translation is in it, and nothing else. After changing the words, list them again as
docs/settings.md says (``django makemessages -l cy --no-obsolete ...`` in familyplan/web).

The strings are found as ``makemessages`` finds them: in the templates through Django's own
``templatize``, in the code in calls of the translation functions with written-out text."""

from __future__ import annotations

import ast
import re

import polib
from django.utils.translation.template import templatize

from tests.web.test_welsh import PO, WEB

# The functions makemessages (xgettext, with Django's keywords) reads, and where the context is.
_WITH_CONTEXT = {"pgettext", "pgettext_lazy", "npgettext", "npgettext_lazy"}
_FUNCTIONS = {"_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy"} | _WITH_CONTEXT
_STRING = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_TEMPLATE_CALL = re.compile(rf"\b(n?p?gettext|_)\(\s*((?:{_STRING}\s*,?\s*)+)")

Entry = tuple[str, str]  # (context, English)


def _entry(function: str, strings: list[str]) -> Entry:
    return (strings[0], strings[1]) if function in _WITH_CONTEXT else ("", strings[0])


def in_template(text: str) -> set[Entry]:
    found = set()
    for call in _TEMPLATE_CALL.finditer(templatize(text)):
        strings = [ast.literal_eval(s) for s in re.findall(_STRING, call.group(2))]
        found.add(_entry(call.group(1), strings))
    return found


def in_code(text: str) -> set[Entry]:
    found = set()
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        # Only text written out where it is asked for: a name or a sum is not read by makemessages.
        wanted = 2 if name in _WITH_CONTEXT else 1
        given = node.args[:wanted]
        strings = [a.value for a in given if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name in _FUNCTIONS and len(strings) == wanted:
            found.add(_entry(name, strings))
    return found


def asked_for_translation() -> set[Entry]:
    """Every string the web application passes to translation, as its source stands now."""
    found: set[Entry] = set()
    for path in sorted(WEB.rglob("*")):
        parts = path.relative_to(WEB).parts
        if "static" in parts or "migrations" in parts or "locale" in parts:
            continue
        if path.suffix in (".html", ".txt"):
            found |= in_template(path.read_text(encoding="utf-8"))
        elif path.suffix == ".py":
            found |= in_code(path.read_text(encoding="utf-8"))
    return found


def in_the_welsh_file() -> set[Entry]:
    return {(e.msgctxt or "", e.msgid) for e in polib.pofile(str(PO)) if not e.obsolete}


def test_the_check_finds_the_words_of_a_template_and_of_code() -> None:
    template = (
        "{% translate 'Reviews' %}{% translate 'Month' context 'part of a statement' %}"
        "{% blocktranslate with day=d %}due {{ day }}{% endblocktranslate %}"
    )
    code = 'x = _("Give a score") + pgettext_lazy("part of a statement", "Who") + _(name)'

    assert in_template(template) == {("", "Reviews"), ("part of a statement", "Month"), ("", "due %(day)s")}
    assert in_code(code) == {("", "Give a score"), ("part of a statement", "Who")}


def test_every_string_the_pages_say_is_in_the_welsh_file_for_a_translator() -> None:
    missing = asked_for_translation() - in_the_welsh_file()

    assert sorted(missing) == []


def test_the_welsh_file_holds_no_english_the_pages_no_longer_say() -> None:
    stale = in_the_welsh_file() - asked_for_translation()

    assert sorted(stale) == []


def test_the_review_asks_for_progress_in_the_words_the_welsh_file_lists() -> None:
    welsh = in_the_welsh_file()

    assert ("", "Write what progress has been made on %(action)s, even if there has been none") in welsh
    assert ("", "Give the family's score for %(goal)s, or say why there is none") in welsh
    assert ("", "Give the family's score for “%(goal)s”, or say why there is none") not in welsh
