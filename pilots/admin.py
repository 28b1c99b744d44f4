from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import translation_state
from portal.editorial_admin import EditorialAdmin
from portal.translation_admin import TranslationStateAdminMixin


@admin.register(ProcessStep)
class ProcessStepAdmin(TranslationStateAdminMixin, TabbedTranslationAdmin):
    list_display = [
        "number",
        "title",
        "typical_duration",
        "uses_market_profiles",
        "uses_living_labs",
        "uses_counseling",
    ]
    list_display_links = ["number", "title"]
    list_filter = ["uses_market_profiles", "uses_living_labs", "uses_counseling", "barriers"]
    search_fields = ["title", "summary", "what_to_do"]
    filter_horizontal = ["barriers"]
    fieldsets = [
        (None, {"fields": ["number", "title", "summary", "what_to_do", "typical_duration"]}),
        (
            _("Portal resources and barriers"),
            {
                "fields": [
                    "uses_market_profiles",
                    "uses_living_labs",
                    "uses_counseling",
                    "barriers",
                ]
            },
        ),
    ]
    view_on_site = True


class PilotStepInline(TranslationStackedInline):
    model = PilotStep
    extra = 0
    fields = [("step", "duration_weeks", "usefulness"), "what_was_done", "outcome"]


@admin.register(PilotCase)
class PilotCaseAdmin(EditorialAdmin, TranslationStateAdminMixin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "company_name",
        "origin_country",
        "targets",
        "sector",
        "status",
        "result",
        "started_on",
        "is_published",
    ]
    list_filter = [
        "is_published",
        "status",
        "result",
        "sector",
        "origin_country",
        "target_countries",
    ]
    list_select_related = ["origin_country", "sector"]
    search_fields = ["title", "slug", "company_name", "summary", "service"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["target_countries", "living_labs"]
    date_hierarchy = "started_on"
    inlines = [PilotStepInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "owner", "is_published", "summary"]}),
        (_("The company"), {"fields": ["company_name", "company_description"]}),
        (
            _("The pilot"),
            {
                "fields": [
                    "service",
                    ("origin_country", "sector"),
                    "target_countries",
                    "living_labs",
                    ("started_on", "ended_on"),
                    ("status", "result"),
                ]
            },
        ),
        (
            _("Outcome"),
            {
                "fields": [
                    "outcome",
                    "lessons",
                    ("test_users", "partners_found", "contracts_signed"),
                ]
            },
        ),
    ]
    view_on_site = True  # the pilot view lets staff with change permission preview drafts

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("target_countries")

    @admin.display(description=_("target countries"))
    def targets(self, pilot: PilotCase) -> str:
        return ", ".join(country.code.upper() for country in pilot.target_countries.all())


translation_state.track(ProcessStep)
translation_state.track(PilotCase)
