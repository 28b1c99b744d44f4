"""Staff preview of unpublished content: the one rule every detail page applies.

A draft is a 404 for the public; staff who may change that kind of content see it,
marked private and not indexed with ``portal.http.mark_private``. A published
object's pending draft (``portal.editorial``) is shown to its editors at the same
address with ``?draft=1``.
"""

from collections.abc import Callable, Iterable

from django.http import Http404
from django.shortcuts import render

from portal import content_cache, editorial
from portal.http import mark_private


def draft_visible_to(user, *, permission: str, obj=None) -> bool:
    """Whether ``user`` may preview drafts guarded by ``permission`` (``app.change_model``).

    For editorial content (``portal.editorial``) only the owner organisation's
    editors and site administrators may preview ``obj``.
    """
    if not (user.is_authenticated and user.is_staff and user.has_perm(permission)):
        return False
    if obj is not None and editorial.options(obj) is not None:
        return editorial.may_edit(user, obj)
    return True


def render_detail(
    request,
    template: str,
    *,
    published: bool | None,
    build: Callable[[], dict],
    keys: Iterable[str],
    missing: str,
):
    """A detail page that may show a draft to its editors.

    ``published`` is all the view asked first: whether the object is published (a selector
    that reads one column, kept per content version), ``None`` when there is none (a 404
    saying ``missing``). The page every visitor gets (published, no ``?draft=1``) gets
    ``build()``'s ``keys`` lazily: the object is read only if the page's kept fragment is
    not (``portal.content_cache``). Anything else (a draft, a preview) is built at once:
    ``build`` applies the rules above and says ``is_preview``; a preview is marked private.
    """
    if published is None:
        raise Http404(missing)
    if published and not request.GET.get("draft"):
        context = {**content_cache.lazy_context(build, keys), "is_preview": False}
    else:
        context = build()
    response = render(request, template, context)
    return mark_private(response) if context["is_preview"] else response


def draft_preview(request, obj, *, permission: str):
    """``(object to show, is draft)``: the pending draft for its editors asking ``?draft=1``."""
    if request.GET.get("draft") and draft_visible_to(request.user, permission=permission, obj=obj):
        instance = editorial.draft_instance(obj)
        if instance is not None:
            return instance, True
    return obj, False
