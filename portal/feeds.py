"""The Atom feed of each language, ``/<lang>/feed/``: new and updated market profiles, pilots
and publications, read from the search index (``portal`` imports no other app).

Which kinds appear is decided where they are registered (``search_index.register(…,
in_feed=True)``); an object appears once, by its main document (``part=""``).
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from portal import search_index
from portal.models import SearchDocument

FEED_LENGTH = 30


class LatestContentFeed(Feed):
    feed_type = Atom1Feed
    subtitle = gettext_lazy(
        "Market information, pilot cases and publications for taking a digital service "
        "to Estonia, Finland, Latvia and Sweden."
    )

    def title(self):
        return (
            f"{settings.SITE_NAME}: {_('New and updated market profiles, pilots and publications')}"
        )

    def link(self):
        return reverse("portal:home")

    def feed_url(self):
        return reverse("portal:feed")

    def items(self):
        kinds = [item.kind for item in search_index.registrations() if item.in_feed]
        return list(
            SearchDocument.objects.filter(
                language=get_language(), kind__in=kinds, part="", is_published=True
            )
            .only("title", "summary", "url", "updated_at", "kind", "source", "object_id")
            .order_by("-updated_at", "pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"tag:ballad.example.org,2026:{item.source}:{item.object_id}:{get_language()}"

    def item_guid_is_permalink(self, item):
        return False

    def item_updateddate(self, item):
        return item.updated_at

    def item_pubdate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [str(search_index.kind_labels().get(item.kind, item.kind))]
