"""The pilot pages in the whole-page cache for anonymous visitors."""

import pytest

from pilots.models import PilotCase
from portal import roles
from portal.models import PartnerOrganisation
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.mark.parametrize(
    "url",
    ["/en/transfer-model/", "/et/pilots/?target=se", "/fi/pilots/online-booking-riga-clinics/"],
)
def test_second_anonymous_visit_is_a_cache_hit(client, demo, url):
    first = client.get(url)
    client.cookies.clear()
    second = client.get(url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_editing_a_pilot_step_shows_on_the_model_page_at_once(client, demo):
    client.get("/en/transfer-model/")
    pilot_step = PilotCase.objects.get(slug="online-booking-riga-clinics").steps.get(step__number=5)
    pilot_step.outcome_en = "A revised lesson from Riga."
    pilot_step.save()
    client.cookies.clear()

    response = client.get("/en/transfer-model/")

    assert response["X-Page-Cache"] == "miss"
    assert "A revised lesson from Riga." in response.content.decode()


def test_draft_preview_is_never_cached(client, demo):
    taf = PartnerOrganisation.objects.get(slug="taf")
    PilotCase.objects.filter(slug="online-booking-riga-clinics").update(
        is_published=False, owner=taf
    )
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=taf))
    assert client.get("/en/pilots/online-booking-riga-clinics/").status_code == 200
    client.logout()
    client.cookies.clear()

    response = client.get("/en/pilots/online-booking-riga-clinics/")

    assert response.status_code == 404
