"""Markdown written by partner editors, rendered to safe HTML.

The one way the portal turns editor text into HTML: Markdown → HTML → nh3
sanitiser (an allow-list of tags and attributes; only http, https and mailto
links), with headings moved so that a section's highest heading fits under the
page's own ``<h1>``/``<h2>`` outline. Raw HTML and ``javascript:`` links are removed.

Each text is rendered once, not once per request or per process: the sanitised HTML is
kept in the shared cache (the ``pages`` alias, Redis in production) under a key made of
the renderer's fingerprint (this module's source and the versions of Markdown and nh3),
the heading offset and a SHA-256 of the text. The text is the content version of a
translated field: an editor's change gives a new key and one fresh render, any other
object, field or language with the same text shares the entry, and a deploy that
changes the renderer never serves HTML made by the old one. A small per-process memo
sits in front, so a hot page costs no cache round trip for its texts.
"""

import hashlib
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import markdown as md
import nh3
from django.conf import settings
from django.core.cache import caches
from django.utils.safestring import SafeString, mark_safe

# Rendered HTML is dropped after this long unread; a changed text gets a new key at once.
CACHE_SECONDS = 7 * 24 * 3600
_FINGERPRINT = hashlib.sha256(
    Path(__file__).read_bytes() + f"{version('markdown')}:{version('nh3')}".encode()
).hexdigest()[:16]

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "dl", "dt", "em", "h2", "h3", "h4",
    "h5", "h6", "hr", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "th": {"scope"},
    "td": set(),
}
URL_SCHEMES = {"http", "https", "mailto"}

_HEADING = re.compile(r"<(/?)h([1-6])(\s[^>]*)?>")


def _shift_headings(html: str, top_level: int) -> str:
    """Move all headings so the text's highest one becomes ``<h{top_level}>``, keeping their order."""
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
    if not levels:
        return html
    shift = top_level - min(levels)

    def replace(match: re.Match) -> str:
        level = max(1, min(int(match.group(2)) + shift, 6))
        return f"<{match.group(1)}h{level}{match.group(3) or ''}>"

    return _HEADING.sub(replace, html)


_CODE = re.compile(r"(<code[^>]*>)(.*?)(</code>)", re.DOTALL)


def _unescape_once(match: re.Match) -> str:
    """Markdown escapes ``&`` again inside code, where our own escaping already happened.

    Every ``&amp;`` inside ``<code>`` stands for one ``&`` of the pre-escaped text, so one
    level is undone there: `` `<script>` `` shows ``<script>``, not ``&lt;script>``.
    """
    return match.group(1) + match.group(2).replace("&amp;", "&") + match.group(3)


def render_markdown(text: str, *, heading_offset: int = 1) -> SafeString:
    """Render ``text`` to sanitised HTML whose highest heading is ``<h{1+offset}>``.

    Whether the editor started with ``#`` or ``##``, the outline fits under the page's
    own headings without skipping a level. The output depends only on the text and the
    offset, so it is rendered once and kept in the shared cache (see the module's doc).
    """
    if not text:
        return mark_safe("")
    return _cached(text, int(heading_offset))


def cache_key(text: str, heading_offset: int) -> str:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"markdown:{_FINGERPRINT}:{int(heading_offset)}:{digest}"


@lru_cache(maxsize=4096)
def _cached(text: str, heading_offset: int) -> SafeString:
    """The per-process memo in front of the shared cache."""
    shared = caches[settings.PAGE_CACHE_ALIAS]
    key = cache_key(text, heading_offset)
    html = shared.get(key)
    if html is None:
        html = _render(text, heading_offset)
        shared.set(key, str(html), timeout=CACHE_SECONDS)
    return mark_safe(html)


def _render(text: str, heading_offset: int) -> str:
    """Markdown → sanitised HTML, uncached."""
    # Raw HTML is escaped before Markdown sees it, so it shows as text, never as markup.
    escaped = text.replace("\x00", "").replace("&", "&amp;").replace("<", "&lt;")
    html = md.markdown(escaped, extensions=["tables", "sane_lists"], output_format="html")
    html = _CODE.sub(_unescape_once, html)
    html = _shift_headings(html, heading_offset + 1)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return clean


def heading_changes(text: str, *, heading_offset: int = 1) -> list[tuple[int, int]]:
    """``(written, shown)`` heading levels where the page outline moves the editor's headings.

    ``render_markdown`` fits the text's highest heading under the page's own outline;
    the editor's preview warns with these pairs (``##`` written, ``<h3>`` shown …).
    """
    escaped = (text or "").replace("\x00", "").replace("&", "&amp;").replace("<", "&lt;")
    html = md.markdown(escaped, extensions=["tables", "sane_lists"], output_format="html")
    levels = sorted({int(level) for level in re.findall(r"<h([1-6])[\s>]", html)})
    if not levels:
        return []
    shift = int(heading_offset) + 1 - levels[0]
    return [(level, max(1, min(level + shift, 6))) for level in levels if shift]
