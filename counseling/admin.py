"""Triage in the admin: counselors see their organisation's requests and the unassigned pool.

Every path — changelist, search, filters, change view by URL, workflow forms,
actions, exports, the dashboard — starts from ``get_queryset``, which is scoped.
The model's fields are read-only here; changes go through ``counseling.services``.
"""

import datetime
import json

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from counseling import (  # noqa: F401  (readiness_admin registers its admins)
    readiness_admin,
    readiness_services,
    selectors,
    services,
    workflow,
)
from counseling.enums import RequestStatus
from counseling.forms import (
    EmailDataForm,
    HandOverForm,
    NoteForm,
    ReplyForm,
    SavedReplyForm,
    StatusForm,
)
from counseling.models import CounselingRequest, RequestEvent, ResponseTarget, SavedReply
from portal.csv_export import csv_response
from portal.http import mark_private

WORKFLOW_FORMS = ("status", "note", "reply", "hand_over", "assign_me")
QUEUE_PARAMETER = "queue"


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


class OverdueFilter(admin.SimpleListFilter):
    """Open requests without a first reply past their organisation's target response time."""

    title = _("response time")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue"))]

    def queryset(self, request, queryset):
        if self.value() != "yes":
            return queryset
        return queryset.filter(selectors.overdue_condition(now=timezone.now()))


class QueueFilter(admin.SimpleListFilter):
    """The desk: open requests only; with it the list runs oldest first."""

    title = _("queue")
    parameter_name = QUEUE_PARAMETER

    def lookups(self, request, model_admin):
        return [("open", _("Open requests, oldest first"))]

    def queryset(self, request, queryset):
        return queryset.open() if self.value() == "open" else queryset


class RequestEventInline(admin.TabularInline):
    model = RequestEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "entry", "details"]
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

    @admin.display(description=_("entry"))
    def entry(self, event):
        return event.display

    @admin.display(description=_("details"))
    def details(self, event):
        return event.text or "–"  # noqa: RUF001


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
        "age",
        "due",
    ]
    list_filter = [
        QueueFilter,
        OverdueFilter,
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
                    "first_choice",
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
        return selectors.with_response_days(
            super()
            .get_queryset(request)
            .visible_to_staff(request.user)
            .select_related("organisation", "counselor", "sector", "origin_country")
        )

    def get_ordering(self, request):
        if request.GET.get(QUEUE_PARAMETER) == "open":
            return ["created_at", "pk"]  # the desk: the longest-waiting request first
        return super().get_ordering(request)

    @admin.display(description=_("age"))
    def age(self, counseling_request):
        days = (timezone.now() - counseling_request.created_at).days
        return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}

    @admin.display(description=_("reply due"))
    def due(self, counseling_request):
        if counseling_request.first_reply_at is not None or not counseling_request.is_open:
            return "–"  # noqa: RUF001
        due = workflow.due_at(counseling_request.created_at, counseling_request.response_days)
        text = date_format(timezone.localtime(due), "SHORT_DATE_FORMAT")
        if due < timezone.now():
            return format_html('<strong class="overdue">{} · {}</strong>', _("Overdue"), text)
        return text

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

    def _workflow_forms(self, counseling_request, data=None, form_name=""):
        def bound(name):
            return data if name == form_name else None

        return {
            "status": StatusForm(
                bound("status"), current_status=counseling_request.status, prefix="status"
            ),
            "note": NoteForm(bound("note"), prefix="note"),
            "reply": ReplyForm(
                bound("reply"), current_status=counseling_request.status, prefix="reply"
            ),
            "hand_over": HandOverForm(
                bound("hand_over"),
                exclude_organisation_id=counseling_request.organisation_id,
                prefix="hand_over",
            ),
        }

    def changelist_view(self, request, extra_context=None):
        # Ten columns and the filters need the whole width at 1280 px: no app sidebar here
        # (the breadcrumbs lead back to the other lists).
        extra_context = {**(extra_context or {}), "is_nav_sidebar_enabled": False}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            # Nothing on the request itself is edited here; the workflow forms post elsewhere.
            return HttpResponseNotAllowed(["GET"])
        counseling_request = self.get_object(request, unquote(object_id))
        extra_context = extra_context or {}
        if counseling_request is not None and self.has_change_permission(
            request, counseling_request
        ):
            saved = selectors.saved_reply_for(
                request.user, counseling_request, pk=request.GET.get("saved_reply", "")
            )
            forms = self._workflow_forms(counseling_request)
            if saved is not None:
                forms["reply"].initial["text"] = saved.text  # inserted, to edit before sending
            extra_context.update(self._workflow_context(request, counseling_request, forms))
            extra_context.update(self._desk_context(request, counseling_request))
        return super().change_view(request, object_id, form_url, extra_context)

    def _workflow_context(self, request, counseling_request, forms=None):
        forms = forms or self._workflow_forms(counseling_request)
        return {
            "workflow_forms": forms,
            **workflow.staff_actions(counseling_request, user=request.user),
            **{
                f"{name}_url": reverse(
                    "admin:counseling_counselingrequest_workflow",
                    args=[counseling_request.pk, name],
                )
                for name in WORKFLOW_FORMS
            },
        }

    def _desk_context(self, request, counseling_request):
        """Saved replies in the company's language and suggestions to paste into a reply."""
        return {
            "saved_replies": selectors.saved_replies_for(request.user, counseling_request),
            "suggestions": selectors.suggestions_for(counseling_request, limit=5),
            "site_url": settings.SITE_URL.rstrip("/"),
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
        counseling_request = self.get_object(request, unquote(object_id))
        if counseling_request is None:
            raise Http404(_("No such request."))
        if not self.has_change_permission(request, counseling_request):
            raise PermissionDenied
        change_url = reverse(
            "admin:counseling_counselingrequest_change", args=[counseling_request.pk]
        )
        user = request.user
        if form_name == "assign_me":
            return self._run(
                request, change_url, services.request_assign, counseling_request, counselor=user
            )
        forms = self._workflow_forms(counseling_request, request.POST, form_name)
        form = forms[form_name]
        if not form.is_valid():
            messages.error(request, _("The form has errors; nothing was changed."))
            return self._rerender(request, counseling_request, forms)
        data = form.cleaned_data
        if form_name == "status":
            return self._run(
                request,
                change_url,
                services.request_set_status,
                counseling_request,
                data["status"],
                note=data["note"],
            )
        if form_name == "note":
            return self._run(
                request,
                change_url,
                services.request_add_note,
                counseling_request,
                text=data["text"],
            )
        if form_name == "reply":
            return self._run(
                request,
                change_url,
                services.request_reply,
                counseling_request,
                text=data["text"],
                then_status=data["then_status"],
            )
        return self._run(
            request,
            change_url,
            services.request_hand_over,
            counseling_request,
            organisation=data["organisation"],
            reason=data["reason"],
        )

    def _rerender(self, request, counseling_request, forms):
        request.method = "GET"  # show the change page again, with the form's errors
        response = super().change_view(
            request,
            str(counseling_request.pk),
            "",
            self._workflow_context(request, counseling_request, forms),
        )
        response.status_code = 422
        return response

    def _run(self, request, change_url, service, counseling_request, *args, **kwargs):
        try:
            service(counseling_request, *args, actor=request.user, **kwargs)
        except services.WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
        return redirect(change_url)

    # --- Actions ----------------------------------------------------------------------

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        done, skipped = 0, 0
        for counseling_request in queryset:
            try:
                services.request_assign(
                    counseling_request, actor=request.user, counselor=request.user
                )
                done += 1
            except services.WorkflowError:
                skipped += 1
        self._report(request, done, skipped)

    @admin.action(description=_("Close (answered requests)"), permissions=["change"])
    def close_requests(self, request, queryset):
        done, skipped = 0, 0
        for counseling_request in queryset:
            try:
                services.request_set_status(
                    counseling_request, RequestStatus.CLOSED, actor=request.user
                )
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
        for counseling_request in queryset.prefetch_related("target_countries"):
            writer.writerow(
                [
                    counseling_request.reference,
                    counseling_request.status,
                    str(counseling_request.organisation or ""),
                    str(counseling_request.counselor or ""),
                    counseling_request.created_at.isoformat(),
                    counseling_request.company_name,
                    counseling_request.email,
                    counseling_request.sector.slug,
                    " ".join(country.code for country in counseling_request.target_countries.all()),
                ]
            )
        return response

    # --- Dashboard and data-subject requests -------------------------------------------

    def dashboard_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        quarter = request.GET.get("quarter", "")[:10]
        if quarter and selectors.quarter_bounds(quarter) is None:
            return HttpResponseBadRequest(_("Give the quarter as 2026-Q1."))
        scope = self.get_queryset(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Counseling dashboard"),
            "dashboard": selectors.dashboard(scope),
            "outcomes": selectors.outcomes(scope, quarter=quarter),
            "quarter": quarter,
            "quarters": _recent_quarters(),
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
                            services.request_export(counseling_request, include_internal=True)
                            for counseling_request in requests
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


def _recent_quarters(count: int = 8) -> list[str]:
    """The current quarter and the ones before it, newest first, for the dashboard's filter."""
    today = timezone.localdate()
    year, quarter = today.year, (today.month - 1) // 3 + 1
    quarters = []
    for _step in range(count):
        quarters.append(f"{year}-Q{quarter}")
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return quarters


@admin.register(ResponseTarget)
class ResponseTargetAdmin(admin.ModelAdmin):
    """A counselor sets their own organisation's target; a superuser any."""

    list_display = ["organisation", "working_days"]
    list_select_related = ["organisation"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(organisation_id=request.user.organisation_id)

    def get_readonly_fields(self, request, obj=None):
        return [] if request.user.is_superuser else ["organisation"]

    def has_add_permission(self, request):
        return request.user.is_superuser


@admin.register(SavedReply)
class SavedReplyAdmin(admin.ModelAdmin):
    """Counselors keep their organisation's replies; shared ones are the network's."""

    list_display = ["title", "language", "organisation"]
    list_filter = ["language", ("organisation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "text"]
    form = SavedReplyForm

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("organisation")
        if request.user.is_superuser:
            return queryset
        return queryset.filter(organisation_id=request.user.organisation_id)

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            obj.organisation_id = request.user.organisation_id  # never another organisation's
        super().save_model(request, obj, form, change)

    def get_exclude(self, request, obj=None):
        return [] if request.user.is_superuser else ["organisation"]
