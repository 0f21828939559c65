"""GOV.UK Design System form patterns for Django form fields: labels, hints, errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms, template
from django.forms.boundfield import BoundField
from django.urls import reverse

from familyplan.web.accounts import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def can(context: template.Context, rule: str, record: Any = None) -> bool:
    """``{% can "plan.change" family as may_change %}``: the same rule the page and the service ask."""
    if not permissions.rule_exists(rule):
        raise template.TemplateSyntaxError(f"no permission rule named {rule!r}")
    return permissions.can(context.get("user"), rule, record)


@register.simple_tag(takes_context=True)
def who_to_ask(context: template.Context) -> str:
    """``{% who_to_ask %}``: on a refusal, who could let the person do it (their manager, or an
    administrator), as the permissions say."""
    return str(permissions.who_to_ask(context.get("user")))


def _widget_kind(field: BoundField) -> str:
    from familyplan.web.casework.date_input import DateInput

    widget = field.field.widget
    if isinstance(widget, DateInput):
        return "date"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    # Checked first: Django's CheckboxSelectMultiple is a kind of RadioSelect.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "input"


@register.inclusion_tag("govuk/field.html")
def govuk_field(field: BoundField, smart: str = "", width: str = "", label_size: str = "s") -> dict[str, Any]:
    """One form field as a GOV.UK form group. ``smart`` names the statement kind to check as people type."""
    smart = smart or getattr(field.form, "smart_fields", {}).get(field.name, "")
    kind = _widget_kind(field)
    base = _base_id(field)
    return {
        "field": field,
        "kind": kind,
        "options": _select_options(field) if kind == "select" else [],
        # GOV.UK's radios and checkboxes share one markup; the input's type is all that differs.
        "choice_input": {"radios": "radio", "checkboxes": "checkbox"}.get(kind, ""),
        "boxes": _date_boxes(field) if kind == "date" else [],
        "smart": smart,
        "width": width,
        "label_size": label_size,
        "value": _input_value(field),
        "smart_findings": getattr(field.form, "smart_findings", {}).get(field.name),
        "base_id": base,
        "describedby": " ".join(
            part
            for part in (
                # What the form says describes the field besides its hint (an update shown above it).
                str(field.field.widget.attrs.get("aria-describedby", "")),
                f"{base}-hint" if field.help_text else "",
                f"{base}-error" if field.errors else "",
                f"{base}-smart" if smart else "",
            )
            if part
        ),
    }


def _base_id(field: BoundField) -> str:
    """The id the field's hint, error and check are named from. A group of radios or checkboxes
    has no one input: Django gives it no id for a label, so its own id is used."""
    return str(field.id_for_label or field.auto_id or field.html_name)


def _error_target(field: BoundField) -> str:
    """Where an error summary's link takes the reader: the field, a group's first option, or the
    first box of a date that is wrong."""
    kind = _widget_kind(field)
    if kind in ("radios", "checkboxes"):
        return f"{field.auto_id}_0"
    if kind == "date":
        from familyplan.web.casework.date_input import boxes_in_error

        return f"{_base_id(field)}-{boxes_in_error(field)[0]}"
    return str(field.id_for_label)


def _date_boxes(field: BoundField) -> list[dict[str, Any]]:
    from familyplan.web.casework.date_input import boxes_of

    return boxes_of(field)


def _select_options(field: BoundField) -> list[tuple[str, str, bool]]:
    # Straight from the choices: a bound field builds a whole widget for each option, which
    # costs tens of milliseconds in a list of hundreds of practitioners.
    chosen = field.value()
    chosen_text = "" if chosen is None else str(chosen)
    return [
        (str(value), str(label), str(value) == chosen_text)
        for value, label in field.field.choices  # type: ignore[attr-defined]
    ]


def _input_value(field: BoundField) -> str:
    value = field.value()
    if value is None:
        return ""
    return str(field.field.widget.format_value(value) or "")


# Pages of the Families section whose address does not start /families/: the list itself, a
# family's plans and an import of plan files.
_FAMILIES_TOO = {"", "plans", "import"}


def _section(path: str) -> str:
    """The section of the service navigation a page is in, by the first part of its address."""
    first = path.strip("/").split("/", 1)[0]
    return "families" if first in _FAMILIES_TOO else first


@register.inclusion_tag("govuk/nav_item.html", takes_context=True)
def nav_item(context: template.Context, text: str, url_name: str, *args: Any) -> dict[str, Any]:
    """A link of the service navigation, marked current on the pages of its section."""
    href = reverse(url_name, args=args)
    request = context.get("request")
    path = request.path if request is not None else ""
    current = "page" if path == href else "true" if _section(path) == _section(href) else ""
    return {"text": text, "href": href, "current": current}


@register.inclusion_tag("govuk/error_summary.html")
def govuk_error_summary(*forms_: forms.BaseForm | None, conflict: Any = None) -> dict[str, Any]:
    """The errors of the forms, in the order of the page; ``conflict`` when someone else saved the
    record first (familyplan.web.conflicts), which the summary names before them."""
    errors = []
    for form in forms_:
        if form is None or not form.is_bound:
            continue
        for error in form.non_field_errors():
            errors.append({"text": error, "href": ""})
        # In the order the fields are on the page, whatever order the checks found them in.
        names = [name for name in form.fields if name in form.errors]
        names += [name for name in form.errors if name not in form.fields and name != "__all__"]
        for name in names:
            if name not in form.fields:
                errors.extend({"text": error, "href": ""} for error in form.errors[name])
                continue
            target = _error_target(form[name])
            errors.extend({"text": error, "href": f"#{target}"} for error in form.errors[name])
    return {"errors": errors, "conflict": conflict}


@register.inclusion_tag("govuk/table_head.html")
def govuk_table_head(*headers: str, hidden: str = "", stack: bool = False) -> dict[str, Any]:
    """A table's column headings, ``{% govuk_table_head _("Name") _("Role") hidden=_("Actions") %}``.

    ``hidden`` heads a last column of links or buttons: screen readers announce it, and it is not shown.
    ``stack`` is for an ``app-table-stack`` table, shown as blocks on a phone: the headings carry
    their ARIA roles so screen readers still read it as a table.
    """
    return {"headers": headers, "hidden": hidden, "stack": stack}


@register.filter
def outcome_label(code: str) -> str:
    """A Supporting Families outcome in the council's own wording."""
    from familyplan.web.council.services import outcome_label as label

    return label(code) if code else ""


@register.filter
def reading_part(name: str) -> str:
    """The name of a part of a statement the checker read, in the page's language."""
    from familyplan.web.casework import presentation

    return str(presentation.reading_part(name))


@register.filter
def severity(name: str) -> str:
    """How much a finding matters (its tag in the SMART panel), in the page's language."""
    from familyplan.web.casework import presentation

    return str(presentation.severity(name))


@register.filter
def to_fix(findings: Any) -> list[Any]:
    """The findings that ask for a change: praise is not a problem, and is shown apart."""
    return [f for f in findings or () if f.severity.value != "praise"]


@register.filter
def praise(findings: Any) -> list[Any]:
    return [f for f in findings or () if f.severity.value == "praise"]


@register.filter(expects_localtime=True)  # a moment's day where the council is, not in UTC
def date_uk(value: Any) -> str:
    return value.strftime("%-d %B %Y") if value else ""


@register.filter(expects_localtime=True)
def as_read(value: Any) -> Any:
    """A cell of a list as a person reads it: a day as "5 December 2026", anything else as it is."""
    return date_uk(value) if isinstance(value, dt.date) else value


@register.simple_tag
def goal_heading(outcome: Any, number: int | None = None) -> str:
    """``{% goal_heading goal.outcome number %}``: "Goal 2: ...", or "Goal 2 (no outcome written)"."""
    from familyplan.web.casework import presentation

    return presentation.goal_heading(str(outcome or ""), number)


@register.filter
def named(text: Any, kind: str) -> str:
    """``{{ action.how|named:"action" }}``: "“Mum will walk Ben to school”" in a message, or "an
    action with nothing written" (a goal: "a goal with no outcome written"), never empty quotes."""
    from familyplan.web.casework import presentation

    return presentation.named(kind, str(text or ""))


@register.filter
def as_written(text: Any, kind: str) -> str:
    """``{{ action.how|as_written:"action" }}``: the whole text, or "An action with nothing
    written" where it would stand empty in a list or a table."""
    from familyplan.web.casework import presentation

    return presentation.named(kind, str(text or ""), quoted=False)


@register.simple_tag
def who_and_when(who: Any, when: Any) -> str:
    """``{% who_and_when action.who action.when %}``: "Mum, every Monday", with nothing joined to an
    empty who or when, and a date that does not exist said to need correcting."""
    from familyplan.web.casework import presentation

    return presentation.who_and_when(str(who or ""), str(when or ""))


@register.filter
def for_family(text: Any) -> str:
    """Text for the family's copy: acronyms written out in full, ASAP and the like in plain words."""
    from familyplan.web.casework import family_words

    return family_words.for_family_html(str(text or ""))


@register.filter
def when_for_family(when: Any) -> str:
    """An action's when for the family's copy: as ``for_family``, and "15/01/2027" as "15 January 2027"."""
    from familyplan.web.casework import family_words

    return family_words.for_family_html(str(when or ""), dates=True)


@register.filter
def in_english(html: Any) -> str:
    """What a practitioner wrote, marked as English on a page in another language (a Welsh family's
    copy), so a screen reader reads it in English; unchanged on an English page."""
    from familyplan.web.casework import family_words

    return family_words.in_english(html if html is not None else "")


@register.filter
def no_date_agreed(when: Any) -> bool:
    """An action's when that gives no date (empty, "ASAP", "TBC", "soon"), for the family's copy."""
    from familyplan.web.casework import family_words

    return family_words.no_date_agreed(str(when or ""))
