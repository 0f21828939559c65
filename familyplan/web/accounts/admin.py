from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_totp.models import TOTPDevice

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team, User
from familyplan.web.accounts.services import people_deactivate


@admin.register(User)
class FamilyPlanUserAdmin(UserAdmin[User]):
    fieldsets = (*(UserAdmin.fieldsets or ()), ("Work", {"fields": ("role", "job_title", "agency", "team")}))
    list_display = ("username", "first_name", "last_name", "role", "team", "is_active")
    list_filter = ("role", "team", "is_active")
    actions = ["deactivate"]

    @admin.action(
        description=gettext_lazy("Deactivate the selected accounts (ends their sessions and API tokens)")
    )
    def deactivate(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        by: Any = request.user
        if not permissions.can(by, permissions.PEOPLE_MANAGE):
            self.message_user(request, str(permissions.REFUSALS[permissions.PEOPLE_MANAGE]), messages.ERROR)
            return
        left = people_deactivate(people=queryset, by=by)
        self.message_user(
            request,
            _("%(count)d account(s) deactivated: their sessions and API tokens have ended.")
            % {"count": len(left)},
            messages.SUCCESS,
        )
        if queryset.filter(pk=by.pk).exists():
            self.message_user(request, _("Your own account stays active."), messages.WARNING)


admin.site.register(Team)

# django-otp's own admin page shows each person's secret as a QR code. Nobody but its owner
# should see it: an administrator turns two-factor sign-in off with `familyplan two-factor-off`.
admin.site.unregister(TOTPDevice)
