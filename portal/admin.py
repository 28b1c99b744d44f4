from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from portal.models import Barrier, Country, LivingLab, Page, PartnerOrganisation, Sector, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "organisation", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "organisation", "groups"]
    list_select_related = ["organisation"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal information"), {"fields": ["name", "organisation"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "name", "organisation", "password1", "password2"],
            },
        )
    ]
    filter_horizontal = ["groups", "user_permissions"]


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["code", "name", "position"]
    list_editable = ["position"]
    search_fields = ["code", "name"]


@admin.register(Sector)
class SectorAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Barrier)
class BarrierAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(TabbedTranslationAdmin):
    list_display = ["name", "short_name", "country", "kind", "is_active"]
    list_filter = ["country", "kind", "is_active"]
    list_select_related = ["country"]
    search_fields = ["name", "short_name", "public_email"]
    filter_horizontal = ["answers_for"]
    prepopulated_fields = {"slug": ["short_name"]}


@admin.register(LivingLab)
class LivingLabAdmin(TabbedTranslationAdmin):
    list_display = ["name", "country", "city", "is_published"]
    list_filter = ["country", "sectors", "is_published"]
    list_select_related = ["country"]
    search_fields = ["name", "city", "summary"]
    filter_horizontal = ["sectors"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "title", "is_published", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["slug", "title", "body"]
