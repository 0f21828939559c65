from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from familyplan.accounts.models import Team, User


@admin.register(User)
class FamilyPlanUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("Work", {"fields": ("role", "job_title", "agency", "team")}))
    list_display = ("username", "first_name", "last_name", "role", "team", "is_active")
    list_filter = ("role", "team", "is_active")


admin.site.register(Team)
