from functools import lru_cache

from django import template
from django.utils.safestring import SafeString

from markets.comparison import format_fact
from portal.markdown import render_markdown

register = template.Library()


@register.filter
def fact_value(fact) -> str:
    """A key fact's value as text: ``5.6 million``, ``91%`` or ``Finnish, Swedish``."""
    return format_fact(fact) if fact is not None else ""


@lru_cache(maxsize=4096)
def _rendered(text: str, heading_offset: int) -> SafeString:
    return render_markdown(text, heading_offset=heading_offset)


@register.filter
def section_markdown(text: str, heading_offset: int = 1) -> SafeString:
    """``portal``'s safe Markdown rendering, memoised per process.

    Profile sections change rarely and are rendered on every view of the profile and
    every comparison; the output depends only on the text and the offset.
    """
    return _rendered(text or "", int(heading_offset))
