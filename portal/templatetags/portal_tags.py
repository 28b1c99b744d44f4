import json

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from portal import translation_state
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
