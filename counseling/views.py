import json
import secrets

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from counseling import readiness_services, selectors, services
from counseling.forms import (
    AccountDeleteForm,
    AnswerForm,
    RequestForm,
    SurveyForm,
    request_form_initial,
)
from counseling.models import CounselingRequest
from portal import related
from portal.http import mark_private
from portal.page_cache import cache_public_page

SESSION_KEY = "counseling_submitted"
SENT_FORMS_KEY = "counseling_sent_forms"  # form id → request id: a second click is no new request


@require_safe
@cache_public_page()
def about(request):
    return render(request, "counseling/about.html")


@require_http_methods(["GET", "HEAD", "POST"])
def new(request):
    """Parse the request form, send it through ``services.request_send``, confirm."""
    if request.method != "POST":
        initial, notices = request_form_initial(
            request.GET, language=get_language(), user=request.user
        )
        for notice in notices:
            messages.warning(request, notice)
        return _new_page(request, RequestForm(initial=initial), form_id=secrets.token_urlsafe(16))
    form_id = request.POST.get("form_id", "")[:32] or secrets.token_urlsafe(16)
    sent_forms = request.session.get(SENT_FORMS_KEY, {})
    if form_id in sent_forms:  # a second click on "Send": the first request's confirmation
        request.session[SESSION_KEY] = sent_forms[form_id]
        return redirect("counseling:done")
    form = RequestForm(request.POST, user=request.user)
    if not form.is_valid():
        status = 400 if form.has_error("fax", "honeypot") else 422
        return _new_page(request, form, form_id=form_id, status=status)
    try:
        counseling_request = services.request_send(
            # allauth's reading of the client address: behind DJANGO_TRUSTED_PROXY_COUNT
            # proxies it takes X-Forwarded-For, so visitors are not all counted as the proxy.
            client_ip=get_account_adapter(request).get_client_ip(request),
            form_language=get_language(),
            owner=request.user,
            **form.submission(),
        )
    except services.WorkflowError as error:
        form.add_error(None, str(error))
        status = 429 if isinstance(error, services.SubmissionLimited) else 422
        return _new_page(request, form, form_id=form_id, status=status)
    request.session[SESSION_KEY] = counseling_request.pk
    recent = list(sent_forms.items())[-9:]
    request.session[SENT_FORMS_KEY] = dict([*recent, (form_id, counseling_request.pk)])
    return redirect("counseling:done")


def _new_page(request, form, *, form_id: str, status: int = 200):
    context = {"form": form, "form_id": form_id}
    return render(request, "counseling/new.html", context, status=status)


@require_safe
def done(request):
    pk = request.session.get(SESSION_KEY)
    counseling_request = (
        CounselingRequest.objects.with_details().filter(pk=pk).first() if pk else None
    )
    if counseling_request is None:
        return redirect("counseling:new")
    targets = counseling_request.ranked_targets()
    codes = [country.code for country in targets]
    # Market profiles come from portal.related; people, labs and pilots from the one
    # matchmaking service, ranked as the readiness plan and the counselor's view rank them.
    sections = related.related_sections(
        country_codes=codes, sector_slug=counseling_request.sector.slug, only=["market_profiles"]
    )
    suggestions = selectors.suggestions_for(counseling_request)
    context = {
        "counseling_request": counseling_request,
        "targets": targets,
        "related": sections,
        "suggestions": suggestions,
    }
    return mark_private(render(request, "counseling/done.html", context))


def _detail(request, counseling_request, *, template_context: dict):
    """The tracking page and the account's request page: status, replies, the answer form."""
    status = 200
    form = AnswerForm()
    if request.method == "POST":
        if not counseling_request.is_waiting_for_sme:
            messages.error(request, _("This request is not waiting for your answer any more."))
            status = 422
        else:
            form = AnswerForm(request.POST)
            if form.is_valid():
                try:
                    services.request_sme_answer(
                        counseling_request, text=form.cleaned_data["text"], actor=request.user
                    )
                except services.WorkflowError as error:
                    messages.error(request, str(error))
                    status = 422
                else:
                    messages.success(
                        request, _("Thank you: your answer was sent to the counselor.")
                    )
                    return redirect(request.path)
            else:
                status = 422
    context = {
        "counseling_request": counseling_request,
        "form": form,
        "events": counseling_request.public_events,
        **template_context,
    }
    return mark_private(render(request, "counseling/track.html", context, status=status))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def track(request, token: str):
    counseling_request = selectors.request_for_token(token)
    if counseling_request is None:
        return mark_private(render(request, "counseling/track_not_found.html", status=404))
    return _detail(request, counseling_request, template_context={"via_token": True})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey(request, reference: str, token: str):
    """The closing survey from the e-mailed link: one click per answer, no account, no script."""
    counseling_request = selectors.request_for_survey(reference=reference[:20], token=token)
    if counseling_request is None:
        return mark_private(render(request, "counseling/survey_not_found.html", status=404))
    status = 200
    form = SurveyForm()
    if request.method == "POST":
        form = SurveyForm(request.POST)
        if form.is_valid():
            try:
                services.request_survey_answer(
                    counseling_request, question=form.question, value=form.value
                )
            except services.WorkflowError as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("Thank you for your answer."))
                return redirect(request.path)
        else:
            status = 422
    context = {"counseling_request": counseling_request, "form": form}
    return mark_private(render(request, "counseling/survey.html", context, status=status))


@login_required
@require_safe
def account_requests(request):
    return mark_private(
        render(
            request,
            "counseling/account_requests.html",
            {
                "requests": selectors.requests_of_user(request.user),
                "readiness_results": readiness_services.results_of_user_with_links(request.user),
            },
        )
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_request(request, reference: str):
    counseling_request = selectors.request_of_user(request.user, reference=reference[:20])
    if counseling_request is None:
        raise Http404("No such request.")
    return _detail(request, counseling_request, template_context={"via_token": False})


@login_required
@require_safe
def account_export(request):
    data = services.user_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ballad-my-data-{stamp}.json"'
    return mark_private(response)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_delete(request):
    status = 200
    if request.method == "POST":
        form = AccountDeleteForm(request.POST)
        if form.is_valid():
            user = request.user
            logout(request)
            services.user_delete(user=user)
            messages.success(request, _("Your account was deleted."))
            return redirect("portal:home")
        status = 422
    else:
        form = AccountDeleteForm()
    return mark_private(
        render(request, "counseling/account_delete.html", {"form": form}, status=status)
    )
