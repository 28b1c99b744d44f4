"""The readiness check in the admin: partner editors edit dimensions, questions and options
(tabbed translations); the statistics page shows counts only, never a person or a result."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from counseling import readiness_selectors
from counseling.models import ReadinessDimension, ReadinessOption, ReadinessQuestion
from portal.models import Country


class ReadinessOptionInline(TranslationTabularInline):
    model = ReadinessOption
    extra = 0
    fields = ["position", "slug", "text", "weight"]


@admin.register(ReadinessQuestion)
class ReadinessQuestionAdmin(TabbedTranslationAdmin):
    list_display = ["text", "dimension", "sector", "position", "is_active"]
    list_filter = ["dimension", "sector", "is_active"]
    list_select_related = ["dimension", "sector"]
    search_fields = ["slug", "text"]
    inlines = [ReadinessOptionInline]
    fields = ["dimension", "slug", "text", "help_text", "sector", "position", "is_active"]


@admin.register(ReadinessDimension)
class ReadinessDimensionAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "step_number", "position"]
    fields = ["slug", "name", "description", "advice", "barriers", "step_number", "position"]
    filter_horizontal = ["barriers"]
    change_list_template = "admin/counseling/readinessdimension/change_list.html"

    def get_urls(self):
        return [
            path(
                "statistics/",
                self.admin_site.admin_view(self.statistics_view),
                name="counseling_readiness_statistics",
            ),
            *super().get_urls(),
        ]

    def statistics_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        statistics = readiness_selectors.statistics()
        names = {dimension.slug: dimension.name for dimension in ReadinessDimension.objects.all()}
        countries = {country.code: country.name for country in Country.objects.all()}
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Readiness checks completed"),
            "statistics": statistics,
            "per_market": [
                (countries.get(code, code), count) for code, count in statistics["per_market"]
            ],
            "per_dimension": [
                (names.get(row["weakest_dimension"], row["weakest_dimension"]), row["count"])
                for row in statistics["per_dimension"]
            ],
        }
        return TemplateResponse(request, "admin/counseling/readiness_statistics.html", context)
