from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from pilots import selectors
from pilots.forms import PilotFilterForm
from portal import content_cache, related
from portal.drafts import draft_preview, draft_visible_to, render_detail
from portal.forms import filter_form_from_query
from portal.i18n import fell_back
from portal.page_cache import cache_public_page
from portal.pagination import paginate

PILOT_TEXT_FIELDS = ("title", "company_description", "summary", "service", "outcome", "lessons")
STEP_TEXT_FIELDS = ("title", "summary", "what_to_do", "typical_duration")


@require_safe
@cache_public_page()
def transfer_model(request):
    context = content_cache.lazy_context(_transfer_model_context, ("steps", "any_fallback"))
    return render(request, "pilots/transfer_model.html", context)


def _transfer_model_context() -> dict:
    steps = selectors.process_steps()
    any_fallback = any(fell_back(step, name) for step in steps for name in STEP_TEXT_FIELDS) or any(
        fell_back(pilot_step, name)
        for step in steps
        for pilot_step in step.learnings
        for name in ("what_was_done", "outcome")
    )
    return {"steps": steps, "any_fallback": any_fallback}


@require_safe
@cache_public_page("origin", "target", "sector", "status", "page")
def pilot_list(request):
    """Published pilots; an unknown filter value is dropped and the page says which filter."""

    def build() -> dict:
        countries, sectors = selectors.filter_choices()
        form, values, notices = filter_form_from_query(
            PilotFilterForm, request.GET, countries=countries, sectors=sectors
        )
        filters = selectors.PilotFilters(
            **{name: values.get(name) for name in ("origin", "target", "sector", "status")}
        )
        return {
            "form": form,
            "page_obj": paginate(request, selectors.pilot_list(filters=filters)),
            "filtered": filters.active,
            "notices": notices,
        }

    # All of it computed only when the page's fragment is not kept (portal.content_cache).
    context = content_cache.lazy_context(build, ("form", "page_obj", "filtered", "notices"))
    return render(request, "pilots/pilot_list.html", {**context, "pilots": context["page_obj"]})


PILOT_KEYS = ("pilot", "target_countries", "living_labs", "pilot_steps", "related", "text_fields")


@require_safe
@cache_public_page()
def pilot_detail(request, slug: str):
    return render_detail(
        request,
        "pilots/pilot_detail.html",
        published=selectors.pilot_published(slug=slug),
        build=lambda: _pilot_context(request, slug),
        keys=PILOT_KEYS,
        missing="No such pilot case.",
    )


def _pilot_context(request, slug: str) -> dict:
    """What the pilot page shows; 404 for an unknown pilot or one the visitor may not preview."""
    pilot = selectors.pilot_detail(slug=slug)
    if pilot is None:
        raise Http404("No such pilot case.")
    permission = "pilots.change_pilotcase"
    if not pilot.is_published and not draft_visible_to(
        request.user, permission=permission, obj=pilot
    ):
        raise Http404("No such pilot case.")
    live_is_published = pilot.is_published
    pilot, is_draft = draft_preview(request, pilot, permission=permission)
    is_preview = is_draft or not live_is_published
    target_countries = list(pilot.target_countries.all())
    return {
        "pilot": pilot,
        "target_countries": target_countries,
        "living_labs": list(pilot.living_labs.all()),
        "pilot_steps": list(pilot.steps.all()),
        "is_preview": is_preview,
        "related": content_cache.lazy(
            lambda: related.related_sections(
                country_codes=[country.code for country in target_countries],
                sector_slug=pilot.sector.slug,
                exclude=["pilot_cases"],
            )
        ),
        "text_fields": " ".join(PILOT_TEXT_FIELDS),
    }
