"""Text as people type it into the app's forms: control characters taken out, and a plain message
naming the field when the text is too long."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.core.validators import ProhibitNullCharactersValidator
from django.forms.utils import pretty_name
from django.utils.translation import gettext

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

_OPTIONAL = re.compile(r"\s*\((?:optional|dewisol)\)\s*$", re.IGNORECASE)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _TooLong:
    """The message for text over its field's limit, naming the field, with its numbers written as
    people write them ("5,000"). Django fills it in with ``message % params``."""

    def __init__(self, label: StrOrPromise) -> None:
        self.label = label

    def __mod__(self, params: Mapping[str, Any]) -> str:
        label = _OPTIONAL.sub("", str(self.label)).rstrip(" :")
        numbers = {"limit": f"{params['limit_value']:,}", "count": f"{params['show_value']:,}"}
        if label.endswith("?"):
            # A label that asks a question ("Which need does this answer?") is answered, not named.
            message = gettext(
                "Your answer to “%(field)s” must be %(limit)s characters or fewer; it has %(count)s"
            )
            return message % {"field": label, **numbers}
        return gettext("%(field)s must be %(limit)s characters or fewer; it has %(count)s") % {
            "field": label,
            **numbers,
        }


def too_long(label: StrOrPromise) -> Any:
    """The message for text over a field's limit, for a field added after the form is made."""
    return _TooLong(label)


class CleanTextMixin:
    """Strips control characters that break exports and cannot be seen on screen, a null character
    among them (pasted from another system, say: refusing the text for it would only puzzle the
    person who typed it); says in plain words which text is too long (Django's own "Ensure this
    value has at most...")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():  # type: ignore[attr-defined]
            field.validators = [
                v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]
            if getattr(field, "max_length", None):
                field.error_messages.setdefault("max_length", _TooLong(field.label or pretty_name(name)))

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean()  # type: ignore[misc]
        for name, value in list(data.items()):
            if isinstance(value, str):
                data[name] = _CONTROL_CHARACTERS.sub("", value).strip()
        return data
