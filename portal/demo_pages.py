"""Demo pages: about, privacy notice, accessibility statement, in five languages."""

from portal.demo_utils import translated_fields
from portal.models import Page

PAGES: list[tuple[str, dict[str, dict[str, str]]]] = []


def load_pages() -> None:
    for slug, fields in PAGES:
        Page.objects.update_or_create(
            slug=slug, defaults={"is_published": True, **translated_fields(**fields)}
        )
