import sys

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest, PermissionDenied
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from portal import content_cache, related, search_index, selectors, services, two_factor
from portal.drafts import draft_preview, draft_visible_to, render_detail
from portal.forms import (
    AccountLanguageForm,
    ContactFilterForm,
    LivingLabFilterForm,
    SearchFilterForm,
    filter_form_from_query,
)
from portal.http import mark_private, render_without_database, set_language_cookie
from portal.models import Country, Page, Sector
from portal.page_cache import cache_public_page
from portal.pagination import paginate
from portal.search import SearchFilters, clean_query, search


@require_safe
@cache_public_page()
def home(request):
    context = content_cache.lazy_context(
        _home_context, ("sectors", "market_grid", "services", "labs", "contacts")
    )
    return render(request, "portal/home.html", context)


def _home_context() -> dict:
    countries = list(Country.objects.ordered())
    sectors = list(Sector.objects.ordered())
    # Market profiles come from the markets app through the related-content registry.
    profiles = related.related_sections(
        country_codes=[country.code for country in countries],
        only=["market_profiles"],
        limit=len(countries) * len(sectors),
    )
    profile_urls = {
        (profile.country_id, profile.sector_id): profile.get_absolute_url()
        for section in profiles
        for profile in section.items
    }
    grid = [
        {
            "country": country,
            "cells": [
                {"sector": sector, "url": profile_urls.get((country.pk, sector.pk), "")}
                for sector in sectors
            ],
        }
        for country in countries
    ]
    return {
        "sectors": sectors,
        "market_grid": grid if profile_urls else [],
        "services": selectors.support_service_list(),
        "labs": selectors.living_lab_highlights(limit=4),
        "contacts": selectors.contact_highlights(limit=4),
    }


@require_safe
@cache_public_page()
def network(request):
    context = content_cache.lazy_context(
        lambda: {
            "organisations": selectors.organisation_list(),
            "services": selectors.support_service_list(),
        },
        ("organisations", "services"),
    )
    return render(request, "portal/network.html", context)


LIST_KEYS = ("form", "notices", "page_obj", "filtered")


@require_safe
@cache_public_page("country", "sector", "expertise", "language", "page")
def contact_list(request):
    def build() -> dict:
        form, filters, notices = filter_form_from_query(
            ContactFilterForm, request.GET, taxonomy=selectors.contact_taxonomy()
        )
        contacts = selectors.contact_list(
            country_code=filters.get("country"),
            sector_slug=filters.get("sector"),
            barrier_slug=filters.get("expertise"),
            language_code=filters.get("language"),
        )
        return {
            "form": form,
            "notices": notices,
            "page_obj": paginate(request, contacts),
            "filtered": any(filters.values()),
        }

    # All of it computed only when the page's fragment is not kept (portal.content_cache).
    context = content_cache.lazy_context(build, LIST_KEYS)
    return render(request, "portal/contact_list.html", {**context, "contacts": context["page_obj"]})


@require_safe
@cache_public_page("country", "sector", "method", "users", "page")
def living_lab_list(request):
    def build() -> dict:
        taxonomy = selectors.living_lab_taxonomy()
        form, filters, notices = filter_form_from_query(
            LivingLabFilterForm, request.GET, taxonomy=taxonomy
        )
        labs = selectors.living_lab_list(
            country_code=filters.get("country"),
            sector_slug=filters.get("sector"),
            method_slug=filters.get("method"),
            user_group_slug=filters.get("users"),
        )
        page_obj = paginate(request, labs)
        return {
            "form": form,
            "notices": notices,
            "page_obj": page_obj,
            # Every page's labs (one query), the country names of the filter's choices.
            "lab_map": selectors.living_lab_map(labs, countries=taxonomy.countries)
            if page_obj.paginator.count
            else None,
            "filtered": any(filters.values()),
        }

    context = content_cache.lazy_context(build, (*LIST_KEYS, "lab_map"))
    return render(request, "portal/living_lab_list.html", {**context, "labs": context["page_obj"]})


LAB_KEYS = ("lab", "sectors", "contact", "related")


@require_safe
@cache_public_page()
def living_lab_detail(request, slug: str):
    return render_detail(
        request,
        "portal/living_lab_detail.html",
        published=selectors.living_lab_published(slug=slug),
        build=lambda: _living_lab_context(request, slug),
        keys=LAB_KEYS,
        missing="No such Living Lab.",
    )


def _living_lab_context(request, slug: str) -> dict:
    """What the lab's page shows; 404 for an unknown lab or one the visitor may not preview."""
    permission = "portal.change_livinglab"
    lab = selectors.living_lab_detail(slug=slug)
    if lab is None and request.user.is_staff:  # its editors preview an unpublished lab
        lab = selectors.living_lab_detail(slug=slug, published_only=False)
        if lab is not None and not draft_visible_to(request.user, permission=permission, obj=lab):
            lab = None
    if lab is None:
        raise Http404("No such Living Lab.")
    live_is_published = lab.is_published
    lab, is_draft = draft_preview(request, lab, permission=permission)
    is_preview = is_draft or not live_is_published
    sectors = list(lab.sectors.all())
    return {
        "lab": lab,
        "sectors": sectors,
        "contact": lab.public_contact,
        # The market profiles of the lab's country (and sector, when it has only one).
        "related": content_cache.lazy(
            lambda: related.related_sections(
                country_codes=[lab.country.code],
                sector_slug=sectors[0].slug if len(sectors) == 1 else None,
                only=["market_profiles", "contacts"],
            )
        ),
        "is_preview": is_preview,
    }


@require_safe
@cache_public_page("page")
def publication_list(request):
    page_obj = content_cache.lazy(lambda: paginate(request, selectors.publication_list()))
    return render(
        request,
        "portal/publication_list.html",
        {
            "groups": content_cache.lazy(lambda: selectors.publication_groups(page_obj)),
            "page_obj": page_obj,
        },
    )


@require_safe
def publication_download(request, slug: str):
    publication = selectors.publication_for_download(slug=slug)
    if publication is None or not publication.file:
        raise Http404("No such publication.")
    try:
        handle = publication.file.open("rb")
    except OSError as error:
        raise Http404("The file of this publication is missing.") from error
    extension = publication.file_type or publication.file.name.rsplit(".", 1)[-1]
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{publication.slug}.{extension}",
    )


@require_safe
@cache_public_page()
def page_detail(request, slug: str):
    # Pages have no preview: a page that is not published is a 404 for everybody.
    return render_detail(
        request,
        "portal/page_detail.html",
        published=selectors.page_published(slug=slug),
        build=lambda: {
            "page": get_object_or_404(Page.objects.published(), slug=slug),
            "is_preview": False,
        },
        keys=("page",),
        missing="No such page.",
    )


@require_safe
def search_page(request):
    """Site search: ``q`` with optional ``type``, ``country``, ``sector`` and ``page``."""
    language = get_language()
    query = clean_query(request.GET.get("q", ""))
    form, filters, notices = filter_form_from_query(
        SearchFilterForm,
        request.GET,
        kinds=search_index.kind_labels(),
        taxonomy=selectors.search_taxonomy(),
    )
    results = search(
        query,
        language=language,
        filters=SearchFilters(
            kind=filters.get("type"), country=filters.get("country"), sector=filters.get("sector")
        ),
        page=request.GET.get("page"),
    )
    response = render(
        request,
        "portal/search.html",
        {
            "query": query,
            "form": form,
            "notices": notices,
            "results": results,
            "page_obj": results.page,
            "filtered": any(filters.values()),
            "active_kind": filters.get("type") or "",
            "readiness_url": _existing_path(f"/{language}/readiness/"),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _existing_path(path: str) -> str:
    """``path`` when a page answers there (a feature another app may not have built yet)."""
    try:
        resolve(path)
    except Resolver404:
        return ""
    return path


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a trivial query, 503 when it does not."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        "Disallow: /*/counseling/track/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def admin_login(request, extra_context=None):
    """Staff sign in to the admin through allauth (with its two-factor step), never a second form.

    Staff without a second factor are sent to set up TOTP first (``portal.two_factor``).
    """
    if not request.user.is_authenticated:
        return redirect_to_login(
            request.get_full_path(), reverse(settings.LOGIN_URL), redirect_field_name="next"
        )
    user = request.user
    if user.is_active and user.is_staff and not two_factor.staff_has_second_factor(user):
        messages.info(request, _("Set up two-factor authentication to open the administration."))
        return redirect("mfa_activate_totp")
    raise PermissionDenied(_("Your account has no access to the administration."))


# --- Error pages in the site layout ------------------------------------------------


def _error(request, template: str, status: int, **context):
    # The request may have resolved to a page kept in the fragment cache: an error page
    # must not stand in for that page's head or menu later.
    return render(request, template, {**context, "no_fragment_cache": True}, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _error(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    message = str(exception) if isinstance(exception, PermissionDenied) and exception.args else ""
    return _error(request, "403.html", 403, message=message)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _error(request, "404.html", 404)


def csrf_failure(request, reason=""):
    return _error(request, "403_csrf.html", 403)


# Seconds a visitor (or a crawler) is asked to wait when the database is unreachable.
RETRY_AFTER_SECONDS = 120


@requires_csrf_token
def server_error(request):
    """The 500 page avoids the database and context processors: they may be what broke.

    Every unhandled exception of a view or a middleware ends here. When it is the database
    that cannot be reached, the answer is a 503 with ``Retry-After``: the visitor's data is
    safe and trying again later will work.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = render_without_database(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return mark_private(response)
    return render_without_database(request, "500.html", status=500)


@require_POST
def admin_language(request):
    """The admin header's language switcher: the signed-in user's preference (and the
    language cookie), then back to the admin page it was sent from."""
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        raise BadRequest("Unknown language.")
    if request.user.is_authenticated:
        services.user_set_language(user=request.user, language=language)
    next_url = request.POST.get("next", "")
    if not next_url.startswith("/admin/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    response = HttpResponseRedirect(next_url)
    set_language_cookie(response, language)
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_language(request):
    """The account page where a user chooses the language of the admin."""
    form = AccountLanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["language"]
        services.user_set_language(user=request.user, language=language)
        with translation.override(language or get_language()):
            messages.success(request, _("Your language is saved."))
            response = redirect(reverse("portal:account_language"))
        if language:
            set_language_cookie(response, language)
        return response
    return mark_private(render(request, "portal/account_language.html", {"form": form}))
