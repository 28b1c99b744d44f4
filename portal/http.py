"""Response helpers shared by the apps."""


def mark_private(response):
    """Keep ``response`` out of shared caches (the page cache included) and search engines.

    For personal pages (tracking, account, exports) and staff previews of drafts.
    """
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
