"""Staff preview of unpublished content: the one rule every detail page applies.

A draft is a 404 for the public; staff who may change that kind of content see it,
marked private and not indexed with ``portal.http.mark_private``. A published
object's pending draft (``portal.editorial``) is shown to its editors at the same
address with ``?draft=1``.
"""

from portal import editorial


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


def shows_published(request, *, published: bool) -> bool:
    """Whether this request gets the page every visitor gets: the object is published and no
    ``?draft=1`` preview is asked for. The view may then leave the object to be fetched only
    if the page's cached fragment is not kept (``portal.content_cache.lazy_context``): a
    detail view asks a selector that says just "published or not" (``None``: no such object)."""
    return published and not request.GET.get("draft")


def draft_preview(request, obj, *, permission: str):
    """``(object to show, is draft)``: the pending draft for its editors asking ``?draft=1``."""
    if request.GET.get("draft") and draft_visible_to(request.user, permission=permission, obj=obj):
        instance = editorial.draft_instance(obj)
        if instance is not None:
            return instance, True
    return obj, False
