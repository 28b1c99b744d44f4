import json

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from portal import content_cache, page_cache, translation_state
from portal.i18n import fell_back
from portal.markdown import render_markdown

register = template.Library()

# The symbols of templates/includes/icon_sprite.html: sectors and support-service kinds (slugs).
ICONS = frozenset(
    {
        "e-health",
        "e-learning",
        "counseling",
        "market-information",
        "partner-search",
        "living-lab-access",
        "pilot-support",
    }
)


@register.simple_tag
def icon(name: str):
    """``{% icon sector.slug %}``: the sprite's icon, decorative, beside its text; nothing for a
    slug without an icon (a sector or service added later)."""
    if name not in ICONS:
        return ""
    return mark_safe(  # ``name`` is one of ICONS
        f'<svg class="icon icon--inline" aria-hidden="true" focusable="false" width="20" '
        f'height="20"><use href="#icon-{name}"></use></svg>'
    )


@register.filter(name="markdown")
def markdown_filter(text: str, heading_offset: int = 1):
    """``{{ section|markdown:2 }}`` renders editor Markdown safely, ``#`` as ``<h3>``."""
    return render_markdown(text or "", heading_offset=int(heading_offset))


@register.filter
def fallback_lang(obj, field: str):
    """``<p{{ obj|fallback_lang:'body' }}>``: ` lang="en"` when the field fell back to English."""
    return mark_safe(' lang="en"') if fell_back(obj, field) else ""


@register.inclusion_tag("includes/fallback_notice.html")
def fallback_notice(obj, fields: str):
    """Say so when any of ``fields`` (space-separated) shows English instead of the page
    language, or when its translation is stale (the English changed after it was written)."""
    names = fields.split()
    language = (get_language() or "en").split("-")[0]
    return {
        "missing": any(fell_back(obj, field) for field in names),
        "stale": bool(translation_state.stale_fields(obj, language, names)),
    }


class CaptureNode(template.Node):
    def __init__(self, nodelist, name: str):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: render once, use ``{{ name }}`` many times
    (the page's title and description feed ``<title>``, the meta description and Open Graph)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


# The fragments each view's pages render whose key depends on the request alone (no parts:
# the layout's head, menu and footer, the page's content), learned as they render: the first
# fragment of a page fetches them all in one round trip. Kept per process, one entry per view.
_fragment_plans: dict[str, tuple[str, ...]] = {}


def _plan_of(request) -> str | None:
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else None


def _request_parts(request) -> list | None:
    """What of the request a fragment's key holds (pages hold absolute links), worked out once
    per request; ``None`` for a view not cached or a query it does not declare."""
    try:
        return request._fragment_request_parts
    except AttributeError:
        pass
    declared = page_cache.declared_parameters(request)
    if declared is None or set(request.GET) - declared:
        request_parts = None
    else:
        request_parts = [
            request.scheme,
            request.get_host(),
            request.path,
            *((name, request.GET.getlist(name)) for name in sorted(declared)),
        ]
    request._fragment_request_parts = request_parts
    return request_parts


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts

    def render(self, context):
        if (
            not content_cache.enabled()
            or context.get("is_preview")
            or context.get("no_fragment_cache")
        ):
            return self.nodelist.render(context)
        request = context.get("request")
        name, *parts = [part.resolve(context) for part in self.parts]
        request_parts = _request_parts(request) if request is not None else []
        if request_parts is None:
            return self.nodelist.render(context)  # a view not cached, or junk parameters
        cache_key = content_cache.key(f"fragment:{name}", [*parts, *request_parts])
        fetched = getattr(request, "_content_fragments", None) if request is not None else None
        plan = _plan_of(request) if request is not None else None
        if fetched is None or cache_key not in fetched[1]:
            keys = [cache_key]
            if fetched is None and plan is not None:
                keys += [
                    content_cache.key(f"fragment:{other}", request_parts)
                    for other in _fragment_plans.get(plan, ())
                    if other != name
                ]
            version, values = content_cache.lookup_many(keys)
            fetched = (version, {**(fetched[1] if fetched else {}), **values})
            if request is not None:
                request._content_fragments = fetched
        if plan is not None and not parts and name not in _fragment_plans.get(plan, ()):
            _fragment_plans[plan] = (*_fragment_plans.get(plan, ()), name)
        version, html = fetched[0], fetched[1][cache_key]
        if content_cache.is_missing(html):
            html = self.nodelist.render(context)
            # A query's values are the visitor's to choose: one client fills only its share.
            if request is None or not request.GET or page_cache.store_allowed(request):
                content_cache.store(cache_key, version, str(html))
        return mark_safe(html)


@register.tag
def contentcache(parser, token):
    """``{% contentcache "name" part … %}…{% endcontentcache %}``: the fragment rendered once
    per content version, language, day, host and query (``portal.content_cache``)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('Use {% contentcache "name" part … %}.')
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


def _json_ld(data) -> str:
    """``data`` as a JSON-LD data block; ``<``, ``>`` and ``&`` escaped so text cannot end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag(takes_context=True)
def breadcrumb_ld(context, *crumbs):
    """``{% breadcrumb_ld "Markets" list_url title %}``: a BreadcrumbList from home over the
    (label, URL) pairs to the current page, whose label comes last."""
    request = context["request"]
    *pairs, current = crumbs
    items = [(gettext("Home"), reverse("portal:home"))]
    items += [(pairs[index], pairs[index + 1]) for index in range(0, len(pairs) - 1, 2)]
    items.append((current, request.path))
    return _json_ld(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": str(name),
                    "item": request.build_absolute_uri(url),
                }
                for position, (name, url) in enumerate(items, start=1)
            ],
        }
    )


@register.simple_tag(takes_context=True)
def organisations_ld(context, organisations):
    """The partner organisations as schema.org ``Organization`` objects."""
    request = context["request"]
    return _json_ld(
        [
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": organisation.name,
                **({"alternateName": organisation.short_name} if organisation.short_name else {}),
                "url": organisation.website
                or request.build_absolute_uri(organisation.get_absolute_url()),
                **({"email": organisation.public_email} if organisation.public_email else {}),
                "address": {
                    "@type": "PostalAddress",
                    "addressCountry": organisation.country.code.upper(),
                },
                **({"description": organisation.description} if organisation.description else {}),
            }
            for organisation in organisations
        ]
    )
