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


# --- scope of the network's other content -------------------------------------------------


def _admin_url(model, view, *args):
    return reverse(f"admin:portal_{model._meta.model_name}_{view}", args=args)


def test_editor_cannot_see_open_or_change_another_organisations_contact(client, network):
    from portal.models import Contact

    theirs = Contact.objects.get(email="anna.virtanen@example.org")  # Laurea's
    client.force_login(_editor("taf"))

    listed = client.get(_admin_url(Contact, "changelist")).context["cl"].result_list
    opened = client.get(_admin_url(Contact, "change", theirs.pk))
    posted = client.post(
        _admin_url(Contact, "change", theirs.pk),
        {
            "name": "Taken over",
            "country": theirs.country_id,
            "organisation": theirs.organisation_id,
        },
    )

    assert theirs not in listed
    assert {contact.organisation.slug for contact in listed} == {"taf"}
    # outside the editor's scope the object does not exist: the admin's "not found" answer
    assert opened.status_code == 302 and opened["Location"] == reverse("admin:index")
    assert posted.status_code == 302 and posted["Location"] == reverse("admin:index")
    theirs.refresh_from_db()
    assert theirs.name != "Taken over"


def test_editor_cannot_give_a_contact_to_another_organisation(client, network):
    from portal.models import Contact

    own = Contact.objects.get(email="arturs.ozols@example.org")
    laurea = PartnerOrganisation.objects.get(slug="laurea")
    client.force_login(_editor("taf"))
    url = _admin_url(Contact, "change", own.pk)

    form = client.get(url).context["adminform"].form
    data = change_form_data(client, url, role_en="Head of the desk")
    data["organisation"] = laurea.pk
    response = client.post(url, data)

    assert "organisation" not in form.fields  # read-only for an editor
    assert response.status_code == 302
    own.refresh_from_db()
    assert (own.role_en, own.organisation.slug) == ("Head of the desk", "taf")


def test_contact_an_editor_adds_belongs_to_their_organisation(client, network):
    from portal.models import Contact, Country

    laurea = PartnerOrganisation.objects.get(slug="laurea")
    client.force_login(_editor("taf"))

    response = client.post(
        _admin_url(Contact, "add"),
        {
            "name": "New Person",
            "country": Country.objects.get(code="lv").pk,
            "organisation": laurea.pk,
            "email": "new.person@example.org",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Contact.objects.get(email="new.person@example.org").organisation.slug == "taf"


def test_support_services_are_scoped_to_the_providing_organisations(client, network):
    from portal.models import SupportService

    client.force_login(_editor("laurea"))
    listed = set(client.get(_admin_url(SupportService, "changelist")).context["cl"].result_list)
    not_provided = SupportService.objects.exclude(organisations__slug="laurea")
    provided = SupportService.objects.get(slug="pilot-support")
    assert not_provided.exists()

    assert provided in listed and not listed & set(not_provided)
    other = not_provided.first()
    assert client.get(_admin_url(SupportService, "change", other.pk)).status_code == 302
    form = client.get(_admin_url(SupportService, "change", provided.pk)).context["adminform"].form
    assert "organisations" not in form.fields


def test_editor_keeps_only_their_own_organisation(client, network):
    own = PartnerOrganisation.objects.get(slug="taf")
    other = PartnerOrganisation.objects.get(slug="laurea")
    client.force_login(_editor("taf"))

    listed = client.get(_admin_url(PartnerOrganisation, "changelist")).context["cl"].result_list

    assert list(listed) == [own]
    assert client.get(_admin_url(PartnerOrganisation, "change", own.pk)).status_code == 200
    assert client.get(_admin_url(PartnerOrganisation, "change", other.pk)).status_code == 302
    assert client.get(_admin_url(PartnerOrganisation, "add")).status_code == 403


def test_publications_are_scoped_to_their_owner(client, network):
    from portal.models import Publication

    taf, laurea = (PartnerOrganisation.objects.get(slug=slug) for slug in ("taf", "laurea"))
    own = Publication.objects.get(slug="project-handbook")
    other = Publication.objects.exclude(pk=own.pk).first()
    Publication.objects.filter(pk=own.pk).update(owner=taf)
    Publication.objects.filter(pk=other.pk).update(owner=laurea)
    client.force_login(_editor("taf"))

    listed = client.get(_admin_url(Publication, "changelist")).context["cl"].result_list
    opened = client.get(_admin_url(Publication, "change", own.pk))

    assert list(listed) == [own]
    assert opened.status_code == 200 and "owner" not in opened.context["adminform"].form.fields
    assert client.get(_admin_url(Publication, "change", other.pk)).status_code == 302
