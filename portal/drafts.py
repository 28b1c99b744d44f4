"""Staff preview of unpublished content: the one rule every detail page applies.

A draft is a 404 for the public; staff who may change that kind of content see it,
marked private and not indexed with ``portal.http.mark_private``.
"""


def draft_visible_to(user, *, permission: str) -> bool:
    """Whether ``user`` may preview drafts guarded by ``permission`` (``app.change_model``)."""
    return bool(user.is_authenticated and user.is_staff and user.has_perm(permission))
