"""Staff preview of unpublished content: the one rule every detail page applies.

A draft is a 404 for the public; staff who may change that kind of content see it,
marked private and not indexed (and so never in the page cache).
"""


def draft_visible_to(user, *, permission: str) -> bool:
    """Whether ``user`` may preview drafts guarded by ``permission`` (``app.change_model``)."""
    return bool(user.is_authenticated and user.is_staff and user.has_perm(permission))


def mark_preview(response):
    """Keep a draft preview out of shared caches and search engines."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
