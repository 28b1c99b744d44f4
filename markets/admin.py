from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from markets import services
from markets.models import SECTION_FIELDS, BarrierAssessment, KeyFact, MarketProfile, ResourceLink
from portal import translation_state
from portal.content import LANGUAGE_CODES
from portal.editorial_admin import EditorialAdmin, LabelledTabularInline
from portal.translation_admin import TranslationStateAdminMixin, register_dashboard_panel

COMPLETE_FIELDS = ("summary", *SECTION_FIELDS)


class OutOfDateFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "out_of_date"

    def lookups(self, request, model_admin):
        return [("yes", _("Out of date (over 12 months)")), ("no", _("Up to date"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.out_of_date()
        if self.value() == "no":
            return queryset.up_to_date()
        return queryset


class BarrierAssessmentInline(LabelledTabularInline, TranslationTabularInline):
    model = BarrierAssessment
    extra = 0
    fields = ["barrier", "severity", "note"]


class KeyFactInline(TranslationStackedInline):
    model = KeyFact
    extra = 0
    fields = [
        ("key", "position"),
        "label",
        ("value", "unit"),
        "text",
        "year",
        ("source_name", "source_url"),
    ]


class ResourceLinkInline(TranslationStackedInline):
    model = ResourceLink
    extra = 0
    fields = [("kind", "position"), "title", "url", "description"]


@admin.register(MarketProfile)
class MarketProfileAdmin(EditorialAdmin, TranslationStateAdminMixin, TabbedTranslationAdmin):
    # The name says country and sector; the review columns fit at 1280 px.
    list_display = [
        "__str__",
        "status",
        "reviewed_on",
        "out_of_date",
        "languages_complete",
        "owner",
    ]
    list_filter = ["country", "sector", "status", OutOfDateFilter]
    list_select_related = ["country", "sector", "owner"]
    search_fields = ["country__name", "country__code", "sector__name", "sector__slug", "summary"]
    ordering = ["country__position", "country__code", "sector__position"]
    inlines = [BarrierAssessmentInline, KeyFactInline, ResourceLinkInline]
    actions = ["mark_reviewed_today"]
    fieldsets = [
        (None, {"fields": ["country", "sector", "owner", "status", "reviewed_on", "summary"]}),
        (_("Sections (Markdown)"), {"fields": list(SECTION_FIELDS)}),
    ]
    view_on_site = True  # the profile view lets staff with change permission preview drafts

    def get_list_display(self, request):
        display = list(super().get_list_display(request))
        if not request.user.is_superuser:  # an editor's list is all their organisation's
            display.remove("owner")
        return display

    @admin.display(boolean=True, description=_("out of date"))
    def out_of_date(self, profile: MarketProfile) -> bool:
        return profile.is_out_of_date

    @admin.display(description=_("languages complete"))
    def languages_complete(self, profile: MarketProfile) -> str:
        """How many of the five languages have the summary and every section, e.g. "3/5"."""
        complete = sum(
            1
            for code in LANGUAGE_CODES
            if all(getattr(profile, f"{name}_{code}") for name in COMPLETE_FIELDS)
        )
        return f"{complete}/{len(LANGUAGE_CODES)}"

    @admin.action(description=_("Mark as reviewed today"), permissions=["change"])
    def mark_reviewed_today(self, request, queryset):
        count = services.profile_mark_reviewed(profiles=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d market profile marked as reviewed today.",
                "%(count)d market profiles marked as reviewed today.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


translation_state.track(MarketProfile, organisation_field="owner")


def _profiles_due_for_review():
    from django.urls import reverse
    from django.utils.formats import date_format

    from markets.reminders import profiles_due_for_review

    for profile in profiles_due_for_review():
        note = (
            _("last reviewed %(date)s") % {"date": date_format(profile.reviewed_on)}
            if profile.reviewed_on
            else _("never reviewed")
        )
        yield (str(profile), reverse("admin:markets_marketprofile_change", args=[profile.pk]), note)


register_dashboard_panel(
    title=_("Market profiles not reviewed for 11 months"), rows=_profiles_due_for_review
)
