from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from markets import comparison, selectors
from markets.forms import MarketFilterForm
from markets.models import SECTIONS, MarketProfile
from portal import content_cache, related
from portal.drafts import draft_preview, draft_visible_to, render_detail
from portal.http import mark_private
from portal.i18n import fell_back
from portal.page_cache import cache_public_page
from portal.pagination import paginate
from portal.pdf import html_to_pdf

SEVERE = 4  # barrier severity from which the profile asks for contacts with that expertise
PROFILE_TEXT_FIELDS = ("summary", *(name for name, _label in SECTIONS))
PROFILE_KEYS = (
    *("profile", "sections", "assessments", "key_facts", "resources", "text_fields"),
    *("share_url", "related"),
)


@require_safe
@cache_public_page("country", "sector", "page")
def profile_list(request):
    form = MarketFilterForm(request.GET or None)
    country_code = sector_slug = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            country = form.cleaned_data["country"]
            sector = form.cleaned_data["sector"]
            country_code = country.code if country else None
            sector_slug = sector.slug if sector else None
        else:
            status = 400
    page_obj = content_cache.lazy(
        lambda: paginate(
            request,
            selectors.profile_list(country_code=country_code, sector_slug=sector_slug)
            if status == 200
            else [],
        )
    )
    return render(
        request,
        "markets/profile_list.html",
        {
            "form": form,
            "profiles": page_obj,
            "page_obj": page_obj,
            "filtered": bool(country_code or sector_slug),
        },
        status=status,
    )


def _profile_context(request, country: str, sector: str) -> dict:
    """What the profile page and its PDF show; 404 for an unknown or hidden profile."""
    profile = selectors.profile_detail(country_code=country, sector_slug=sector)
    if profile is None:
        raise Http404("No such market profile.")
    permission = "markets.change_marketprofile"
    if not profile.is_published and not draft_visible_to(
        request.user, permission=permission, obj=profile
    ):
        raise Http404("No such market profile.")
    live_is_published = profile.is_published
    profile, is_draft = draft_preview(request, profile, permission=permission)
    is_preview = is_draft or not live_is_published
    sections = [
        {"id": f"section-{name.replace('_', '-')}", "field": name, "title": title, "text": text}
        for name, title in SECTIONS
        if (text := getattr(profile, name))
    ]
    return {
        "profile": profile,
        "sections": sections,
        "assessments": list(profile.barrier_assessments.all()),
        "key_facts": list(profile.key_facts.all()),
        "resources": list(profile.resources.all()),
        "is_preview": is_preview,
        "text_fields": " ".join(PROFILE_TEXT_FIELDS),
    }


@require_safe
@cache_public_page()
def profile_detail(request, country: str, sector: str):
    def build() -> dict:
        context = _profile_context(request, country, sector)
        profile = context["profile"]
        context["share_url"] = request.build_absolute_uri(profile.get_absolute_url())
        context["related"] = content_cache.lazy(
            lambda: related.related_sections(
                country_codes=[profile.country.code],
                sector_slug=profile.sector.slug,
                # Contacts who know this market's hardest barriers come first.
                barrier_slugs=[
                    assessment.barrier.slug
                    for assessment in context["assessments"]
                    if assessment.severity >= SEVERE
                ],
                exclude=["market_profiles"],
            )
        )
        return context

    return render_detail(
        request,
        "markets/profile_detail.html",
        published=selectors.profile_published(country_code=country, sector_slug=sector),
        build=build,
        keys=PROFILE_KEYS,
        missing="No such market profile.",
    )


@require_safe
def profile_pdf(request, country: str, sector: str):
    """The profile as a PDF: the page's own sections through the portal's one PDF renderer."""
    context = _profile_context(request, country, sector)
    profile = context["profile"]
    context["page_url"] = request.build_absolute_uri(profile.get_absolute_url())
    html = render_to_string("markets/profile_pdf.html", context, request=request)
    response = HttpResponse(
        html_to_pdf(html, stylesheets=("css/profile-pdf.css",)), content_type="application/pdf"
    )
    filename = f"ballad-{profile.country.code}-{profile.sector.slug}-{get_language()}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return mark_private(response) if context["is_preview"] else response


@require_safe
@cache_public_page("m")
def compare(request):
    values = request.GET.getlist("m")
    # The form's choices only when the page's fragment is not kept (portal.content_cache).
    choices = content_cache.lazy(selectors.comparison_choices)
    context = {"choices": choices, "selected": set(values), "errors": [], "profiles": []}
    if not request.GET:
        # The empty form: nothing asked yet, nothing wrong.
        return render(request, "markets/compare.html", context)
    chosen, errors = comparison.parse_market_keys(values, selectors.comparison_keys())
    if errors:
        context["errors"] = errors
        context["no_fragment_cache"] = True  # made-up values are not kept
        return render(request, "markets/compare.html", context, status=400)
    # Only known profiles get here, so the kept comparisons are bounded by the content.
    context.update(
        content_cache.lazy_context(
            lambda: content_cache.cached(
                "markets.compare", chosen, lambda: _comparison_context(chosen)
            ),
            COMPARISON_KEYS,
        )
    )
    return render(request, "markets/compare.html", context)


COMPARISON_KEYS = (
    "profiles",
    "fact_rows",
    "charts",
    "barrier_rows",
    "section_rows",
    "any_fallback",
)


def _comparison_context(chosen: list[str]) -> dict:
    profiles = selectors.profiles_for_comparison(chosen)
    fact_rows = comparison.align_facts(profiles)
    return {
        "profiles": profiles,
        "fact_rows": fact_rows,
        "charts": [comparison.bar_chart(row, profiles) for row in fact_rows if row.all_numeric],
        "barrier_rows": _barrier_rows(profiles),
        "section_rows": comparison.section_rows(profiles),
        "any_fallback": any(
            fell_back(profile, name) for profile in profiles for name in PROFILE_TEXT_FIELDS
        ),
    }


def _barrier_rows(profiles: list[MarketProfile]) -> list[dict]:
    assessments = [
        {assessment.barrier_id: assessment for assessment in profile.barrier_assessments.all()}
        for profile in profiles
    ]
    return [
        {"barrier": barrier, "cells": [by_barrier.get(barrier.pk) for by_barrier in assessments]}
        for barrier in selectors.barriers()
    ]
