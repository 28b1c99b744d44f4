"""The icon sprite: sectors and support services shown with a decorative icon beside the text."""

import re

import pytest
from django.template import Context, Template

from portal.models import Sector, SupportService
from portal.templatetags.portal_tags import ICONS
from tests.content import load_demo

pytestmark = pytest.mark.django_db


def test_every_sector_and_support_service_has_an_icon_in_the_sprite(client, network):
    page = client.get("/en/network/").content.decode()
    symbols = set(re.findall(r'<symbol id="icon-([\w-]+)"', page))
    assert symbols == set(ICONS)
    slugs = set(Sector.objects.values_list("slug", flat=True)) | set(
        SupportService.objects.values_list("slug", flat=True)
    )
    assert slugs <= symbols


def test_services_and_sectors_show_their_icon_beside_the_text(client, network):
    network_page = client.get("/en/network/").content.decode()
    assert re.search(
        r'<h3 id="service-counseling-title"><svg class="icon icon--inline" aria-hidden="true" '
        r'focusable="false" width="20" height="20"><use href="#icon-counseling"></use></svg>'
        r"<span>Counseling</span></h3>",
        network_page,
    )
    labs = client.get("/en/living-labs/").content.decode()
    assert '<use href="#icon-e-health"></use></svg>E-health and well-being' in labs
    load_demo("markets")
    home = client.get("/en/").content.decode()
    assert '<use href="#icon-e-learning"></use></svg><span class="visually-hidden">' in home


def test_icon_tag_draws_nothing_for_a_slug_without_an_icon():
    rendered = Template("{% load portal_tags %}[{% icon 'e-tourism' %}]").render(Context())
    assert rendered == "[]"
