from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from familyplan.web.accounts.models import Team, User


@admin.register(User)
class FamilyPlanUserAdmin(UserAdmin[User]):
    fieldsets = (*(UserAdmin.fieldsets or ()), ("Work", {"fields": ("role", "job_title", "agency", "team")}))
    list_display = ("username", "first_name", "last_name", "role", "team", "is_active")
    list_filter = ("role", "team", "is_active")


admin.site.register(Team)

# django-otp's own admin page shows each person's secret as a QR code. Nobody but its owner
# should see it: an administrator turns two-factor sign-in off with `familyplan two-factor-off`.
admin.site.unregister(TOTPDevice)
