import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import roles
from portal.models import PartnerOrganisation
from tests.factories import StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["superuser", "partner_editor"])
def admin_user(request, demo):
    if request.param == "superuser":
        return SuperuserFactory()
    editor = StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=PartnerOrganisation.objects.get(slug="taf")
    )
    PilotCase.objects.update(owner=editor.organisation)  # an editor sees their organisation's
    return editor


def test_partner_editor_role_has_the_pilots_permissions(demo):
    codenames = set(
        Group.objects.get(name=roles.PARTNER_EDITOR)
        .permissions.filter(content_type__app_label="pilots")
        .values_list("codename", flat=True)
    )
    for model in ("processstep", "pilotcase", "pilotstep"):
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= codenames
    assert "delete_pilotcase" not in codenames


def test_pilot_admin_changelist_search_filters_add_and_change_load(client, admin_user):
    client.force_login(admin_user)
    changelist = reverse("admin:pilots_pilotcase_changelist")

    response = client.get(changelist)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 11

    response = client.get(changelist, {"q": "Vårdkompassen"})
    assert [p.slug for p in response.context["cl"].result_list] == ["online-booking-riga-clinics"]

    for query, count in (
        ({"status__exact": "ongoing"}, 3),
        ({"result__exact": "stopped"}, 3),
        (
            {
                "origin_country__id__exact": PilotCase.objects.get(
                    slug="coding-school-for-swedish-teenagers"
                ).origin_country_id
            },
            3,
        ),
        (
            {
                "sector__id__exact": PilotCase.objects.get(
                    slug="coding-school-for-swedish-teenagers"
                ).sector_id
            },
            5,
        ),
        ({"is_published__exact": "1"}, 11),
    ):
        response = client.get(changelist, query)
        assert response.status_code == 200
        assert response.context["cl"].result_count == count, query

    response = client.get(reverse("admin:pilots_pilotcase_add"))
    assert response.status_code == 200
    assert 'name="title_sv"' in response.content.decode()

    pilot = PilotCase.objects.get(slug="medication-reminder-swedish-home-care")
    response = client.get(reverse("admin:pilots_pilotcase_change", args=[pilot.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="lessons_lv"' in page
    assert 'name="steps-TOTAL_FORMS" value="5"' in page
    assert 'name="steps-0-what_was_done_et"' in page
    assert "/r/" in page  # view on site


def test_step_admin_changelist_search_add_and_change_load(client, admin_user):
    client.force_login(admin_user)
    changelist = reverse("admin:pilots_processstep_changelist")

    response = client.get(changelist)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 7
    response = client.get(changelist, {"q": "localisation"})
    assert [s.number for s in response.context["cl"].result_list] == [4]
    response = client.get(changelist, {"uses_living_labs__exact": "1"})
    assert response.context["cl"].result_count == 1

    assert client.get(reverse("admin:pilots_processstep_add")).status_code == 200
    step = ProcessStep.objects.get(number=3)
    response = client.get(reverse("admin:pilots_processstep_change", args=[step.pk]))
    assert response.status_code == 200
    assert 'name="what_to_do_fi"' in response.content.decode()


def test_view_on_site_of_a_step_points_to_its_place_in_the_model(client, demo):
    from django.contrib.contenttypes.models import ContentType

    client.force_login(SuperuserFactory())
    step = ProcessStep.objects.get(number=4)
    content_type = ContentType.objects.get_for_model(ProcessStep)

    response = client.get(reverse("admin:view_on_site", args=[content_type.pk, step.pk]))

    assert response.status_code == 302
    assert response["Location"].endswith("/transfer-model/#step-4")


def test_partner_editor_adds_a_pilot_with_a_step_in_the_admin(client, demo, taxonomy):
    taf = PartnerOrganisation.objects.get(slug="taf")
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=taf))
    countries, sectors = taxonomy["countries"], taxonomy["sectors"]
    step = ProcessStep.objects.get(number=5)
    data = {
        "title_en": "A new pilot",
        "title_et": "Uus pilootprojekt",
        "slug": "a-new-pilot",
        "company_name": "New Company Oy",
        "summary_en": "Summary.",
        "origin_country": countries["fi"].pk,
        "sector": sectors["e-learning"].pk,
        "target_countries": [countries["ee"].pk, countries["lv"].pk],
        "started_on": "2012-03-01",
        "status": "ongoing",
        "result": "",
        "steps-TOTAL_FORMS": "1",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
        "steps-0-step": step.pk,
        "steps-0-duration_weeks": "6",
        "steps-0-usefulness": "4",
        "steps-0-what_was_done_en": "Tested with pupils.",
        "steps-0-outcome_en": "They liked it.",
    }

    response = client.post(reverse("admin:pilots_pilotcase_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    pilot = PilotCase.objects.get(slug="a-new-pilot")
    assert pilot.title_et == "Uus pilootprojekt"
    assert pilot.is_published is False
    assert pilot.owner == taf  # the editor's organisation owns what they add
    assert sorted(pilot.target_countries.values_list("code", flat=True)) == ["ee", "lv"]
    assert PilotStep.objects.get(pilot=pilot).usefulness == 4
    assert client.get("/en/pilots/a-new-pilot/").status_code == 200  # the editor previews the draft


def test_admin_rejects_a_completed_pilot_without_result(client, demo, taxonomy):
    client.force_login(SuperuserFactory())
    data = {
        "title_en": "Bad pilot",
        "slug": "bad-pilot",
        "company_name": "Bad Oy",
        "origin_country": taxonomy["countries"]["fi"].pk,
        "sector": taxonomy["sectors"]["e-health"].pk,
        "target_countries": [taxonomy["countries"]["se"].pk],
        "started_on": "2012-03-01",
        "ended_on": "2011-03-01",
        "status": "completed",
        "result": "",
        "steps-TOTAL_FORMS": "0",
        "steps-INITIAL_FORMS": "0",
    }

    response = client.post(reverse("admin:pilots_pilotcase_add"), data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "Say how the completed pilot ended." in errors["result"]
    assert "The end cannot be before the start." in errors["ended_on"]
    assert not PilotCase.objects.filter(slug="bad-pilot").exists()


def test_pilot_step_edit_is_a_draft_until_approved(client, demo):
    from portal import editorial
    from tests.admin_forms import change_form_data

    taf = PartnerOrganisation.objects.get(slug="taf")
    pilot = PilotCase.objects.filter(is_published=True, steps__isnull=False).first()
    PilotCase.objects.filter(pk=pilot.pk).update(owner=taf)
    step = pilot.steps.order_by("step__number").first()
    before = step.outcome_en
    author, reviewer = (StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=taf) for _ in "ab")
    url = reverse("admin:pilots_pilotcase_change", args=[pilot.pk])
    client.force_login(author)
    data = change_form_data(client, url)
    index = next(i for i in range(len(pilot.steps.all())) if data[f"steps-{i}-id"] == step.pk)
    data[f"steps-{index}-outcome_en"] = "The step as the draft tells it."

    response = client.post(url, data)

    assert response.status_code == 302
    step.refresh_from_db()
    assert step.outcome_en == before
    assert editorial.draft_of(pilot).changed_fields == ["steps"]
    desk = reverse("admin:pilots_pilotcase_editorial", args=[pilot.pk])
    client.post(desk, {"action": "submit"})
    client.force_login(reviewer)
    client.post(desk, {"action": "approve"})
    step.refresh_from_db()
    assert step.outcome_en == "The step as the draft tells it."
