"""The readiness check's pages: the steps, the result with its plan, its PDF, deleting it."""

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from counseling import ratelimit, readiness_selectors, readiness_services
from counseling.readiness_forms import AnswersForm, ProfileForm, field_name, repeated_fields
from portal.http import mark_private
from portal.models import Country, Sector
from portal.pdf import html_to_pdf

SESSION_KEY = "readiness"  # {"profile": {...}, "answers": {question slug: option slug}}
SINGLE_VALUED = ("company_name", "sector", "origin_country", "first_target", "go")
PDF_STYLESHEETS = ("css/readiness.css", "css/readiness-pdf.css")


def _state(request) -> dict:
    state = request.session.get(SESSION_KEY)
    return state if isinstance(state, dict) else {}


def _save_state(request, state: dict) -> None:
    request.session[SESSION_KEY] = state


def _step_url(step: int) -> str:
    if step == 1:
        return reverse("counseling:readiness")
    return reverse("counseling:readiness_step", kwargs={"step": step})


def _progress(current: int, pages: int) -> list[dict]:
    labels = [_("Your company")]
    labels += [
        _("Questions, part %(number)s of %(count)s") % {"number": number, "count": pages}
        for number in range(1, pages + 1)
    ]
    labels.append(_("Your plan"))
    return [
        {"number": number, "label": label, "current": number == current, "done": number < current}
        for number, label in enumerate(labels, start=1)
    ]


def _render_step(request, template, context, *, status=200):
    return mark_private(render(request, template, context, status=status))


def _bad_request(request, message: str):
    return mark_private(
        HttpResponseBadRequest(
            render_to_string("counseling/readiness/bad_request.html", {"message": message}, request)
        )
    )


def _too_many(request):
    """Over the posted steps' limit: a 429 that changes nothing (the answers so far stay)."""
    message = _(
        "Too many answers were sent from here in a short time. Please try again in an hour; "
        "what you have answered so far is kept."
    )
    html = render_to_string(
        "counseling/readiness/bad_request.html",
        {"message": message, "heading": _("Please wait a moment")},
        request,
    )
    response = HttpResponse(html, status=429)
    response["Retry-After"] = str(ratelimit.readiness_limit().window)
    return mark_private(response)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def check(request, step: int = 1):
    """Step 1 is the company; the later steps are the questions; the last one saves the result."""
    if request.method == "POST" and not ratelimit.readiness_step_consume(
        ip=get_account_adapter(request).get_client_ip(request)
    ):
        return _too_many(request)
    state = _state(request)
    if step == 1:
        return _profile_step(request, state)
    profile = state.get("profile")
    sector = Sector.objects.filter(slug=(profile or {}).get("sector", "")).first()
    if not profile or sector is None:
        messages.info(request, _("Start with a few facts about your company."))
        return redirect("counseling:readiness")
    pages = readiness_selectors.question_pages(readiness_selectors.questions_for(sector))
    if not 2 <= step <= len(pages) + 1:
        raise Http404("No such step.")
    answers = state.get("answers") or {}
    for number, page in enumerate(pages[: step - 2], start=2):
        if any(question.slug not in answers for question in page):
            return redirect(_step_url(number))
    questions = pages[step - 2]
    status = 200
    if request.method == "POST":
        names = [field_name(question) for question in questions]
        if repeated_fields(request.POST, [*names, "go"]):
            return _bad_request(request, _("A field was sent more than once."))
        form = AnswersForm(request.POST, questions=questions)
        if request.POST.get("go") == "back":
            _save_state(request, {**state, "answers": {**answers, **form.valid_answers()}})
            return redirect(_step_url(step - 1))
        if form.is_valid():
            answers = {**answers, **form.answers()}
            _save_state(request, {**state, "answers": answers})
            if step < len(pages) + 1:
                return redirect(_step_url(step + 1))
            return _finish(request, profile, sector, pages, answers)
        status = 422
    else:
        form = AnswersForm(
            initial={field_name(q): answers[q.slug] for q in questions if q.slug in answers},
            questions=questions,
        )
    context = {
        "form": form,
        "step": step,
        "progress": _progress(step, len(pages)),
        "is_last": step == len(pages) + 1,
        "back_url": _step_url(step - 1),
    }
    return _render_step(request, "counseling/readiness/questions.html", context, status=status)


def _profile_step(request, state):
    status = 200
    if request.method == "POST":
        if repeated_fields(request.POST, SINGLE_VALUED):
            return _bad_request(request, _("A field was sent more than once."))
        form = ProfileForm(request.POST)
        if form.is_valid():
            _save_state(request, {**state, "profile": form.state()})
            return redirect(_step_url(2))
        status = 422
    else:
        form = ProfileForm(initial=ProfileForm.initial_from(state.get("profile") or {}))
    context = {"form": form, "step": 1, "progress": _progress(1, 2)}
    return _render_step(request, "counseling/readiness/profile.html", context, status=status)


def _finish(request, profile, sector, pages, answers):
    questions = [question for page in pages for question in page]
    countries = {c.code: c for c in Country.objects.filter(code__in=profile["targets"])}
    targets = [countries[code] for code in profile["targets"] if code in countries]
    origin = Country.objects.filter(code=profile["origin_country"]).first()
    if not targets or origin is None:
        messages.info(request, _("Start with a few facts about your company."))
        return redirect("counseling:readiness")
    result = readiness_services.result_save(
        sector=sector,
        origin_country=origin,
        targets=targets,
        questions=questions,
        answers=answers,
        language=get_language(),
        company_name=profile.get("company_name", ""),
        user_groups=profile.get("user_groups", []),
        methods=profile.get("methods", []),
        owner=request.user,
    )
    request.session.pop(SESSION_KEY, None)
    return redirect("counseling:readiness_plan", token=result.token)


def _result_or_404(request, token):
    result = readiness_selectors.result_for_token(token)
    if result is None:
        return None, mark_private(
            render(request, "counseling/readiness/not_found.html", status=404)
        )
    return result, None


def _plan_context(result, token):
    page = readiness_services.plan_page(result)
    return {"page": page, "plan": page.plan, "result": result, "token": token}


@never_cache
@require_safe
def plan(request, token: str):
    result, not_found = _result_or_404(request, token)
    if not_found:
        return not_found
    context = _plan_context(result, token)
    return mark_private(render(request, "counseling/readiness/plan.html", context))


@never_cache
@require_safe
def plan_pdf(request, token: str):
    result, not_found = _result_or_404(request, token)
    if not_found:
        return not_found
    context = {**_plan_context(result, token), "for_pdf": True}
    html = render_to_string("counseling/readiness/plan_pdf.html", context, request)
    response = HttpResponse(
        html_to_pdf(html, stylesheets=PDF_STYLESHEETS), content_type="application/pdf"
    )
    date = result.created_at.date().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ballad-readiness-plan-{date}.pdf"'
    return mark_private(response)


@require_POST
def plan_delete(request, token: str):
    result, not_found = _result_or_404(request, token)
    if not_found:
        return not_found
    readiness_services.result_delete(result)
    messages.success(request, _("Your readiness result was deleted."))
    if request.user.is_authenticated:
        return redirect("counseling:account_requests")
    return redirect("counseling:readiness")
