"""The one way lists are paginated: at most 20 items a page, forgiving page numbers.

``paginate(request, items)`` returns Django's ``Page`` for the ``page`` GET parameter;
``templates/includes/pagination.html`` renders its ``nav`` (links keep the other GET
parameters, the current page has ``aria-current``). ``page=0``, ``-1`` or ``abc`` give
the first page, a number past the end the last one: a stale or tampered link still
shows a list, never an error. Give ``paginate`` a QuerySet, not a list: only the
page's rows are fetched (and prefetched), so the cost stays flat as content grows.
"""

from django.core.paginator import Page, Paginator

PER_PAGE = 20


def page_number(raw: object, num_pages: int) -> int:
    """``raw`` (a GET value) as a page between 1 and ``num_pages``."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def paginate(request, items, *, per_page: int = PER_PAGE) -> Page:
    """The page of ``items`` the request asks for, with ``elided_range`` for the links."""
    paginator = Paginator(items, per_page)
    page = paginator.page(page_number(request.GET.get("page"), paginator.num_pages))
    return with_links(page)


def with_links(page: Page) -> Page:
    page.elided_range = list(
        page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page
