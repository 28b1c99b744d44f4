"""Translation freshness in the admin: a state column, a "needs translation into …" filter,
"mark as checked" actions and the saving hook. Mix ``TranslationStateAdminMixin`` into the
``ModelAdmin`` of a translated model (before ``TabbedTranslationAdmin``)."""

from django.contrib import admin, messages
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _

from portal import translation_state
from portal.translation_state import SOURCE_LANGUAGE, TARGET_LANGUAGES, State


def language_name(code: str) -> str:
    """The language's name in the editor's language (Django's own catalogs)."""
    return get_language_info(code)["name_translated"]


class NeedsTranslationFilter(admin.SimpleListFilter):
    title = _("needs translation into")
    parameter_name = "needs_translation"

    def lookups(self, request, model_admin):
        return [(code, language_name(code)) for code in TARGET_LANGUAGES]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in TARGET_LANGUAGES:
            return queryset
        return queryset.filter(pk__in=translation_state.needing_translation(queryset, language))


def _mark_checked_action(language: str):
    def action(modeladmin, request, queryset):
        cleared = sum(
            translation_state.mark_checked(obj, language, actor=request.user) for obj in queryset
        )
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d stale translation marked as checked (%(language)s).",
                "%(count)d stale translations marked as checked (%(language)s).",
                cleared,
            )
            % {"count": cleared, "language": language_name(language)},
            messages.SUCCESS,
        )

    action.__name__ = f"mark_translation_checked_{language}"
    return admin.action(
        description=lazy(
            lambda: (
                _("Mark translation as checked (%(language)s)")
                % {"language": language_name(language)}
            ),
            str,
        )(),
        permissions=["change"],
    )(action)


MARK_CHECKED_ACTIONS = [_mark_checked_action(language) for language in TARGET_LANGUAGES]


def _states_html(states: dict[str, State]):
    return format_html_join(
        " ",
        '<span class="translation-state translation-state--{}" title="{}">{}&nbsp;{}</span>',
        ((state.value, language_name(code), code, state.label) for code, state in states.items()),
    )


class TranslationStateAdminMixin:
    """Per object and language: complete, stale or missing; editors clear stale marks by
    saving the translation or with the "mark as checked" actions."""

    translation_states_cache: dict | None = None

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_states"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationFilter]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.actions = [*(self.actions or []), *MARK_CHECKED_ACTIONS]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, "translation_overview"] if obj is not None else readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (
                name,
                {
                    **options,
                    "fields": [f for f in options["fields"] if f != "translation_overview"],
                },
            )
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is not None:
            fieldsets.insert(0, (_("Translations"), {"fields": ["translation_overview"]}))
        return fieldsets

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # One query for the states of every row on the page.
        self.translation_states_cache = translation_state.states_of(changelist.result_list)
        return changelist

    @admin.display(description=_("translations"))
    def translation_states(self, obj):
        cache = self.translation_states_cache or {}
        states = cache.get(obj.pk) or translation_state.object_states(obj)
        return _states_html(states)

    @admin.display(description=_("state per language"))
    def translation_overview(self, obj):
        rows = []
        for language in TARGET_LANGUAGES:
            fields = translation_state.field_states(obj, language)
            stale = [name for name, state in fields.items() if state == State.STALE]
            missing = [name for name, state in fields.items() if state == State.MISSING]
            state = translation_state.object_state(obj, language)
            details = []
            if stale:
                details.append(
                    format_html(
                        "{}: {}", State.STALE.label, ", ".join(self._label(n) for n in stale)
                    )
                )
            if missing:
                details.append(
                    format_html(
                        "{}: {}", State.MISSING.label, ", ".join(self._label(n) for n in missing)
                    )
                )
            rows.append((language, state, details))
        return format_html(
            '<ul class="translation-overview">{}</ul>',
            format_html_join(
                "",
                '<li><span class="translation-state translation-state--{}">{}&nbsp;{}</span> {}</li>',
                (
                    (
                        state.value,
                        language_name(code),
                        state.label,
                        format_html_join("; ", "{}", ((d,) for d in details)),
                    )
                    for code, state, details in rows
                ),
            ),
        )

    def _label(self, field: str) -> str:
        return str(self.model._meta.get_field(field).verbose_name)

    def save_model(self, request, obj, form, change):
        previous_english = {
            field: form.initial.get(f"{field}_{SOURCE_LANGUAGE}", "") or ""
            for field in translation_state.translated_fields(type(obj))
        }
        super().save_model(request, obj, form, change)
        translation_state.record_edit(
            obj,
            changed=form.changed_data,
            previous_english=previous_english,
            actor=request.user,
        )


_panels: list[tuple[object, object]] = []


def register_dashboard_panel(*, title, rows) -> None:
    """Add a list to the editors' dashboard: ``rows()`` returns ``(text, admin URL, note)``
    tuples (markets lists the profiles due for review this way)."""
    _panels.append((title, rows))


def register_dashboard(site) -> None:
    """The editors' translation dashboard, as the admin page of ``TranslationState``."""
    from django.template.response import TemplateResponse
    from django.urls import NoReverseMatch, reverse

    from portal.models import TranslationState

    class TranslationDashboardAdmin(admin.ModelAdmin):
        def has_add_permission(self, request):
            return False

        def has_change_permission(self, request, obj=None):
            return False

        def has_delete_permission(self, request, obj=None):
            return False

        def changelist_view(self, request, extra_context=None):
            if not self.has_view_permission(request):
                from django.core.exceptions import PermissionDenied

                raise PermissionDenied
            rows = []
            for row in translation_state.dashboard_rows():
                opts = row.model._meta
                try:
                    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                except NoReverseMatch:
                    url = ""
                cells = [
                    {
                        "language": code,
                        "stale": row.counts[code][State.STALE],
                        "missing": row.counts[code][State.MISSING],
                        "url": f"{url}?needs_translation={code}" if url else "",
                    }
                    for code in TARGET_LANGUAGES
                ]
                rows.append(
                    {
                        "model": opts.verbose_name_plural,
                        "organisation": row.organisation,
                        "cells": cells,
                    }
                )
            context = {
                **self.admin_site.each_context(request),
                "title": _("Translations to update"),
                "opts": self.model._meta,
                "languages": [(code, language_name(code)) for code in TARGET_LANGUAGES],
                "rows": rows,
                "panels": [(title, list(panel_rows())) for title, panel_rows in _panels],
                **(extra_context or {}),
            }
            return TemplateResponse(request, "admin/portal/translation_dashboard.html", context)

    site.register(TranslationState, TranslationDashboardAdmin)
