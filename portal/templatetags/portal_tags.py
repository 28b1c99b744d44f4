from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import translation_state
from portal.i18n import fell_back
from portal.markdown import render_markdown

register = template.Library()


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
