"""A family is named by its surname: the pages add "family" themselves ("the Smith family's plan"),
so a name written with "family" on the end is kept without it."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import SHORT_TEXT_CHARS

_FAMILY_ON_THE_END = re.compile(r"\s+family$", re.IGNORECASE)


def surname_of(name: str) -> str:
    """A name written "Smith family" is kept as "Smith"; a family called Family stays so."""
    return _FAMILY_ON_THE_END.sub("", name.strip())


def family_name_field(**kwargs: Any) -> forms.CharField:
    """The family's name, as adding a family and changing its details both ask for it."""
    return forms.CharField(
        label=_("Family name"),
        max_length=SHORT_TEXT_CHARS,
        help_text=_("Write the surname only, for example Smith"),
        error_messages={"required": _("Enter the family's name")},
        **kwargs,
    )


class FamilyNameMixin(forms.Form):
    def clean_family_name(self) -> str:
        return surname_of(self.cleaned_data["family_name"])
