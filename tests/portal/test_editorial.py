"""The editor's desk beyond market profiles: Living Labs, pilots, small admin fixes, demo editors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal import editorial, roles, two_factor
from portal.models import ContentDraft, LivingLab, PartnerOrganisation
from portal.services import DEMO_EDITORS, user_ensure_demo_editors
from tests.admin_forms import change_form_data
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


def _editor(slug):
    return StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=PartnerOrganisation.objects.get(slug=slug)
    )


@pytest.fixture
def lab(network):
    lab = LivingLab.objects.get(slug="rtu-design-factory")
    LivingLab.objects.filter(pk=lab.pk).update(
        owner=PartnerOrganisation.objects.get(slug="taf"), is_published=True
    )
    lab.refresh_from_db()
    return lab


def test_living_lab_is_scoped_to_its_owner(client, lab):
    client.force_login(_editor("sics"))
    url = reverse("admin:portal_livinglab_change", args=[lab.pk])

    assert client.get(url).status_code == 302
    listed = client.get(reverse("admin:portal_livinglab_changelist")).context["cl"].result_list
    assert lab not in listed
    assert client.get(reverse("admin:portal_livinglab_editorial", args=[lab.pk])).status_code == 404


def test_living_lab_change_is_a_draft_until_approved(client, lab):
    author, reviewer = _editor("taf"), _editor("taf")
    client.force_login(author)
    url = reverse("admin:portal_livinglab_change", args=[lab.pk])

    response = client.post(url, change_form_data(client, url, summary_en="A new lab summary."))

    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.summary_en != "A new lab summary."
    assert (
        "A new lab summary." in client.get(f"/en/living-labs/{lab.slug}/?draft=1").content.decode()
    )
    client.logout()
    assert "A new lab summary." not in client.get(f"/en/living-labs/{lab.slug}/").content.decode()

    desk = reverse("admin:portal_livinglab_editorial", args=[lab.pk])
    client.force_login(author)
    client.post(desk, {"action": "submit"})
    client.force_login(reviewer)
    client.post(desk, {"action": "approve"})
    lab.refresh_from_db()
    assert lab.summary_en == "A new lab summary."
    assert not ContentDraft.objects.exists()


def test_unpublished_living_lab_is_previewed_by_its_editors_only(client, lab):
    LivingLab.objects.filter(pk=lab.pk).update(is_published=False)
    url = f"/en/living-labs/{lab.slug}/"

    assert client.get(url).status_code == 404
    client.force_login(_editor("sics"))
    assert client.get(url).status_code == 404
    client.force_login(_editor("taf"))
    response = client.get(url)
    assert response.status_code == 200
    assert 'class="draft-notice"' in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_site_wide_pages_and_lookup_lists_are_for_administrators(client, taxonomy):
    client.force_login(_editor("taf"))

    for name in ("page", "labmethod", "usergroup", "language", "country", "sector", "barrier"):
        assert client.get(reverse(f"admin:portal_{name}_changelist")).status_code == 403, name


def test_refused_upload_keeps_the_other_data_and_says_what_to_do(client, taxonomy):
    from portal.models import Language

    client.force_login(_editor("taf"))
    response = client.post(
        reverse("admin:portal_publication_add"),
        {
            "title_en": "Living Lab cost survey",
            "slug": "living-lab-cost-survey",
            "kind": "report",
            "description_en": "What a test costs.",
            "language": Language.objects.get(code="en").pk,
            "year": "2026",
            "file": SimpleUploadedFile("survey.pdf", b"#!/bin/sh\n", "application/pdf"),
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Living Lab cost survey"' in page
    assert "Choose the corrected file again" in page


def test_date_fields_use_the_browsers_date_picker_without_time_zone_note(client, taxonomy):
    from tests.markets.factories import MarketProfileFactory

    profile = MarketProfileFactory(
        country=taxonomy["countries"]["lv"],
        sector=taxonomy["sectors"]["e-learning"],
        owner=PartnerOrganisation.objects.get(slug="taf"),
    )
    client.force_login(_editor("taf"))

    page = client.get(
        reverse("admin:markets_marketprofile_change", args=[profile.pk])
    ).content.decode()

    assert 'type="date" name="reviewed_on"' in page
    assert "vDateField" not in page  # the calendar script adds the time-zone note to these


def test_editor_can_remove_a_key_fact_but_not_the_profile(client, taxonomy):
    from markets.models import KeyFact, ProfileStatus
    from tests.markets.factories import KeyFactFactory, MarketProfileFactory

    taf = PartnerOrganisation.objects.get(slug="taf")
    profile = MarketProfileFactory(  # unpublished: edited directly (a published one: a draft)
        country=taxonomy["countries"]["lv"],
        sector=taxonomy["sectors"]["e-health"],
        owner=taf,
        status=ProfileStatus.DRAFT,
    )
    KeyFactFactory(profile=profile)
    client.force_login(_editor("taf"))
    url = reverse("admin:markets_marketprofile_change", args=[profile.pk])

    response = client.post(url, change_form_data(client, url, **{"key_facts-0-DELETE": "on"}))

    assert response.status_code == 302
    assert not KeyFact.objects.filter(profile=profile).exists()
    assert (
        client.get(reverse("admin:markets_marketprofile_delete", args=[profile.pk])).status_code
        == 403
    )


def test_demo_editors_one_per_organisation_two_for_the_latvian_partner(settings, network):
    settings.DEBUG = True

    first = user_ensure_demo_editors()
    again = user_ensure_demo_editors()

    assert first == again and len(first) == len(DEMO_EDITORS) == 5
    taf = PartnerOrganisation.objects.get(slug="taf")
    editors = taf.staff.filter(groups__name=roles.PARTNER_EDITOR)
    assert editors.count() == 2
    assert all(user.check_password(first[0][2]) for user in editors)
    assert all(two_factor.staff_has_second_factor(user) for user in editors)
    assert not LivingLab.objects.filter(owner__isnull=True).exists()
    lab = LivingLab.objects.filter(country__code="lv").first()
    assert editorial.may_edit(editors.first(), lab)


def test_demo_editors_refused_outside_debug(settings, taxonomy):
    settings.DEBUG = False

    with pytest.raises(RuntimeError):
        user_ensure_demo_editors()
