"""Triage in the admin: counselors see their organisation's requests and the unassigned pool.

Every path — changelist, search, filters, change view by URL, workflow forms,
actions, exports, the dashboard — starts from ``get_queryset``, which is scoped.
The model's fields are read-only here; changes go through ``counseling.services``.
"""

import datetime
import json

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from counseling import (  # noqa: F401  (readiness_admin registers its admins)
    readiness_admin,
    readiness_services,
    selectors,
    services,
)
from counseling.enums import RequestStatus
from counseling.forms import EmailDataForm, HandOverForm, NoteForm, ReplyForm, StatusForm
from counseling.models import CounselingRequest, RequestEvent
from portal.csv_export import csv_response
from portal.http import mark_private

WORKFLOW_FORMS = ("status", "note", "reply", "hand_over", "assign_me")


class AgeFilter(admin.SimpleListFilter):
    title = _("age")
    parameter_name = "age"
    DAYS = {"1": (None, 2), "2": (2, 7), "7": (7, 30), "30": (30, None)}

    def lookups(self, request, model_admin):
        return [
            ("1", _("Under 2 days")),
            ("2", _("2–7 days")),  # noqa: RUF001
            ("7", _("1–4 weeks")),  # noqa: RUF001
            ("30", _("Over 30 days")),
        ]

    def queryset(self, request, queryset):
        bounds = self.DAYS.get(self.value() or "")
        if bounds is None:
            return queryset
        now = timezone.now()
        younger_than, older_than = bounds[1], bounds[0]
        if older_than is not None:
            queryset = queryset.filter(created_at__lte=now - datetime.timedelta(days=older_than))
        if younger_than is not None:
            queryset = queryset.filter(created_at__gt=now - datetime.timedelta(days=younger_than))
        return queryset


class RequestEventInline(admin.TabularInline):
    model = RequestEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "details"]  # the action is each row's title
    readonly_fields = fields
    ordering = ["created_at", "pk"]
    verbose_name = _("activity log entry")
    verbose_name_plural = _("activity log")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("details"))
    def details(self, event):
        data = dict(event.data)
        parts = []
        if "previous" in data and "new" in data and event.action == "status_changed":
            parts.append(f"{_status_label(data['previous'])} → {_status_label(data['new'])}")
        elif event.action == "handed_over":
            parts.append(f"{data.get('previous_name') or '–'} → {data.get('new_name', '')}")  # noqa: RUF001
        elif event.action in {"assigned", "routed"}:
            parts.append(str(data.get("name", "")))
        elif event.action in {"email_sent", "email_failed"}:
            parts.append(
                f"{data.get('kind', '')} #{data.get('attempt', '')} {data.get('error', '')}"
            )
        if data.get("text"):
            parts.append(str(data["text"]))
        return " — ".join(part for part in parts if part.strip()) or "–"  # noqa: RUF001


def _status_label(value: str) -> str:
    try:
        return str(RequestStatus(value).label)
    except ValueError:
        return value


@admin.register(CounselingRequest)
class CounselingRequestAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "company_name",
        "status",
        "organisation",
        "counselor",
        "sector",
        "created_at",
    ]
    list_filter = [
        "status",
        ("organisation", admin.RelatedOnlyFieldListFilter),
        ("counselor", admin.RelatedOnlyFieldListFilter),
        ("target_countries", admin.RelatedOnlyFieldListFilter),
        "sector",
        AgeFilter,
    ]
    list_select_related = ["organisation", "counselor", "sector"]
    search_fields = ["reference", "company_name", "email"]
    date_hierarchy = None
    inlines = [RequestEventInline]
    actions = ["assign_to_me", "close_requests", "export_csv"]

    class Media:
        # The list at 1280 px: references on one line, long columns wrap instead of clipping.
        css = {"all": ["css/counseling-admin.css"]}

    change_form_template = "admin/counseling/counselingrequest/change_form.html"
    change_list_template = "admin/counseling/counselingrequest/change_list.html"
    fieldsets = [
        (
            None,
            {"fields": ["reference", "status", "organisation", "counselor", "created_at"]},
        ),
        (
            _("Company"),
            {
                "fields": [
                    "company_name",
                    "company_website",
                    "origin_country",
                    "company_size",
                    "contact_name",
                    "email",
                    "phone",
                    "preferred_language",
                    "owner",
                ]
            },
        ),
        (
            _("Request"),
            {
                "fields": [
                    "sector",
                    "service_description",
                    "target_countries",
                    "barriers",
                    "question",
                ]
            },
        ),
        (_("Readiness check"), {"fields": ["readiness_summary_display"]}),
        (
            _("Privacy"),
            {
                "fields": [
                    "consent_at",
                    "privacy_notice_version",
                    "form_language",
                    "first_reply_at",
                    "closed_at",
                    "anonymised_at",
                ]
            },
        ),
    ]

    @admin.display(description=_("Readiness plan"))
    def readiness_summary_display(self, obj):
        summary = readiness_services.summary_for_display(obj.readiness_summary)
        if summary is None:
            return _("No readiness plan attached.")
        return render_to_string("admin/counseling/readiness_summary.html", {"summary": summary})

    # --- Scope and permissions ---------------------------------------------------------

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .visible_to_staff(request.user)
            .select_related("organisation", "counselor", "sector", "origin_country")
        )

    def get_readonly_fields(self, request, obj=None):
        return [name for _title, options in self.fieldsets for name in options["fields"]]

    def has_add_permission(self, request):
        return False  # requests come from the public form

    def has_delete_permission(self, request, obj=None):
        return False  # personal data is erased by anonymising, which keeps the statistics

    # --- Pages ------------------------------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "dashboard/",
                self.admin_site.admin_view(self.dashboard_view),
                name="{}_{}_dashboard".format(*info),
            ),
            path(
                "email-data/",
                self.admin_site.admin_view(self.email_data_view),
                name="{}_{}_email_data".format(*info),
            ),
            path(
                "<path:object_id>/workflow/<str:form_name>/",
                self.admin_site.admin_view(self.workflow_view),
                name="{}_{}_workflow".format(*info),
            ),
            *super().get_urls(),
        ]

    def _workflow_forms(self, obj, data=None, form_name=""):
        def bound(name):
            return data if name == form_name else None

        return {
            "status": StatusForm(bound("status"), current_status=obj.status, prefix="status"),
            "note": NoteForm(bound("note"), prefix="note"),
            "reply": ReplyForm(bound("reply"), current_status=obj.status, prefix="reply"),
            "hand_over": HandOverForm(
                bound("hand_over"), exclude_organisation_id=obj.organisation_id, prefix="hand_over"
            ),
        }

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            # Nothing on the request itself is edited here; the workflow forms post elsewhere.
            return HttpResponseNotAllowed(["GET"])
        obj = self.get_object(request, unquote(object_id))
        extra_context = extra_context or {}
        if obj is not None and self.has_change_permission(request, obj):
            extra_context.update(self._workflow_context(request, obj))
        return super().change_view(request, object_id, form_url, extra_context)

    def _workflow_context(self, request, obj, forms=None):
        forms = forms or self._workflow_forms(obj)
        return {
            "workflow_forms": forms,
            "can_reply": obj.status
            in {
                RequestStatus.ASSIGNED,
                RequestStatus.IN_PROGRESS,
                RequestStatus.WAITING_FOR_SME,
                RequestStatus.ANSWERED,
            }
            and not obj.is_anonymised,
            "can_assign_me": obj.is_open
            and obj.status != RequestStatus.ANSWERED
            and obj.counselor_id != request.user.pk,
            "can_hand_over": obj.is_open,
            **{
                f"{name}_url": reverse(
                    "admin:counseling_counselingrequest_workflow", args=[obj.pk, name]
                )
                for name in WORKFLOW_FORMS
            },
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context.update(
            {
                "show_save": False,
                "show_save_and_continue": False,
                "show_save_and_add_another": False,
                "show_delete_link": False,
            }
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def workflow_view(self, request, object_id, form_name):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if form_name not in WORKFLOW_FORMS:
            raise Http404
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("No such request."))
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        change_url = reverse("admin:counseling_counselingrequest_change", args=[obj.pk])
        user = request.user
        if form_name == "assign_me":
            return self._run(request, change_url, services.request_assign, obj, counselor=user)
        forms = self._workflow_forms(obj, request.POST, form_name)
        form = forms[form_name]
        if not form.is_valid():
            messages.error(request, _("The form has errors; nothing was changed."))
            return self._rerender(request, obj, forms)
        data = form.cleaned_data
        if form_name == "status":
            return self._run(
                request,
                change_url,
                services.request_set_status,
                obj,
                data["status"],
                note=data["note"],
            )
        if form_name == "note":
            return self._run(request, change_url, services.request_add_note, obj, text=data["text"])
        if form_name == "reply":
            return self._run(
                request,
                change_url,
                services.request_reply,
                obj,
                text=data["text"],
                then_status=data["then_status"],
            )
        return self._run(
            request,
            change_url,
            services.request_hand_over,
            obj,
            organisation=data["organisation"],
            reason=data["reason"],
        )

    def _rerender(self, request, obj, forms):
        request.method = "GET"  # show the change page again, with the form's errors
        response = super().change_view(
            request, str(obj.pk), "", self._workflow_context(request, obj, forms)
        )
        response.status_code = 422
        return response

    def _run(self, request, change_url, service, obj, *args, **kwargs):
        try:
            service(obj, *args, actor=request.user, **kwargs)
        except services.WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
        return redirect(change_url)

    # --- Actions ----------------------------------------------------------------------

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        done, skipped = 0, 0
        for obj in queryset:
            try:
                services.request_assign(obj, actor=request.user, counselor=request.user)
                done += 1
            except services.WorkflowError:
                skipped += 1
        self._report(request, done, skipped)

    @admin.action(description=_("Close (answered requests)"), permissions=["change"])
    def close_requests(self, request, queryset):
        done, skipped = 0, 0
        for obj in queryset:
            try:
                services.request_set_status(obj, RequestStatus.CLOSED, actor=request.user)
                done += 1
            except services.WorkflowError:
                skipped += 1
        self._report(request, done, skipped)

    def _report(self, request, done, skipped):
        if done:
            self.message_user(
                request,
                ngettext("%(count)d request changed.", "%(count)d requests changed.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d request skipped: the workflow does not allow it.",
                    "%(count)d requests skipped: the workflow does not allow it.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response, writer = csv_response("counseling-requests.csv")
        writer.writerow(
            [
                "reference",
                "status",
                "organisation",
                "counselor",
                "submitted",
                "company",
                "email",
                "sector",
                "target_countries",
            ]
        )
        for obj in queryset.prefetch_related("target_countries"):
            writer.writerow(
                [
                    obj.reference,
                    obj.status,
                    str(obj.organisation or ""),
                    str(obj.counselor or ""),
                    obj.created_at.isoformat(),
                    obj.company_name,
                    obj.email,
                    obj.sector.slug,
                    " ".join(country.code for country in obj.target_countries.all()),
                ]
            )
        return response

    # --- Dashboard and data-subject requests -------------------------------------------

    def dashboard_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Counseling dashboard"),
            "dashboard": selectors.dashboard(self.get_queryset(request)),
        }
        return TemplateResponse(request, "admin/counseling/dashboard.html", context)

    def email_data_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = EmailDataForm(request.POST or None)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                email = form.cleaned_data["email"]
                scope = self.get_queryset(request)
                if form.cleaned_data["action"] == "export":
                    requests = services.requests_for_email(scope, email=email).prefetch_related(
                        "target_countries", "barriers", "events"
                    )
                    data = {
                        "email": email,
                        "counseling_requests": [
                            services.request_export(obj, include_internal=True) for obj in requests
                        ],
                    }
                    response = HttpResponse(
                        json.dumps(data, ensure_ascii=False, indent=2),
                        content_type="application/json; charset=utf-8",
                    )
                    response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
                    return mark_private(response)
                count = services.email_data_erase(scope, email=email, actor=request.user)
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d request anonymised.", "%(count)d requests anonymised.", count
                    )
                    % {"count": count},
                    messages.SUCCESS,
                )
                return redirect("admin:counseling_counselingrequest_email_data")
            status = 422
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Export or erase the data of one e-mail address"),
            "form": form,
        }
        return TemplateResponse(request, "admin/counseling/email_data.html", context, status=status)
