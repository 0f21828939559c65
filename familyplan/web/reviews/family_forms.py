"""The form a family member fills in through a views link: shown in the family's language."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, _area


class FamilyViewsForm(CleanTextMixin, forms.Form):
    going_well = _area(_("What is going well?"))
    worried_about = _area(_("What are you worried about?"))
    would_like = _area(_("What would you like to happen next?"))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not any(data.get(k) for k in ("going_well", "worried_about", "would_like")):
            # On the first box, so the error summary leads to a box to write in.
            self.add_error("going_well", _("Write something in at least one of the boxes"))
        return data
