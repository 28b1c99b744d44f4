"""Markdown written by partner editors, rendered to safe HTML.

The one way the portal turns editor text into HTML: Markdown → HTML → nh3
sanitiser (an allow-list of tags and attributes; only http, https and mailto
links), with headings moved so that a section's highest heading fits under the
page's own ``<h1>``/``<h2>`` outline. Raw HTML and ``javascript:`` links are removed.
"""

import re
from functools import lru_cache

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

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
    own headings without skipping a level. Memoised per process: the output depends only
    on the text and the offset, and pages render the same texts on every view.
    """
    return _render(text or "", int(heading_offset))


@lru_cache(maxsize=4096)
def _render(text: str, heading_offset: int) -> SafeString:
    if not text:
        return mark_safe("")
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
    return mark_safe(clean)
