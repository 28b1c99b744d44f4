import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from markets.models import MarketProfile
from portal import roles
from portal.models import PartnerOrganisation
from tests.admin_forms import change_form_data
from tests.factories import StaffFactory, SuperuserFactory
from tests.markets.factories import old_date

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["superuser", "partner_editor"])
def admin_user(request, demo):
    if request.param == "superuser":
        return SuperuserFactory()
    return StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=PartnerOrganisation.objects.get(slug="taf")
    )


def _profile():
    return MarketProfile.objects.get(country__code="lv", sector__slug="e-health")


def test_partner_editor_role_has_the_markets_permissions(demo):
    codenames = set(
        Group.objects.get(name=roles.PARTNER_EDITOR)
        .permissions.filter(content_type__app_label="markets")
        .values_list("codename", flat=True)
    )
    for model in ("marketprofile", "barrierassessment", "keyfact", "resourcelink"):
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= codenames
    assert "delete_marketprofile" not in codenames


def test_admin_changelist_search_add_and_change_load(client, admin_user):
    client.force_login(admin_user)
    changelist = reverse("admin:markets_marketprofile_changelist")

    response = client.get(changelist)
    assert response.status_code == 200
    visible = 8 if admin_user.is_superuser else 2  # an editor sees their organisation's
    assert response.context["cl"].result_count == visible
    assert response.content.decode().count("5/5") == visible  # languages complete

    response = client.get(changelist, {"q": "Latvia"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 2

    for query in ({"out_of_date": "yes"}, {"out_of_date": "no"}, {"status__exact": "draft"}):
        assert client.get(changelist, query).status_code == 200

    response = client.get(reverse("admin:markets_marketprofile_add"))
    assert response.status_code == 200
    assert 'name="summary_lv"' in response.content.decode()

    response = client.get(reverse("admin:markets_marketprofile_change", args=[_profile().pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="regulation_lv"' in page
    assert 'name="barrier_assessments-TOTAL_FORMS" value="8"' in page
    assert "key_facts-TOTAL_FORMS" in page and "resources-TOTAL_FORMS" in page
    assert "/r/" in page  # view on site


def test_admin_out_of_date_filter(client, demo):
    MarketProfile.objects.update(reviewed_on=timezone.localdate())
    MarketProfile.objects.filter(pk=_profile().pk).update(reviewed_on=old_date())
    client.force_login(SuperuserFactory())

    response = client.get(reverse("admin:markets_marketprofile_changelist"), {"out_of_date": "yes"})

    assert [p.pk for p in response.context["cl"].result_list] == [_profile().pk]


def test_admin_languages_complete_counts_missing_translations(client, demo):
    MarketProfile.objects.filter(pk=_profile().pk).update(funding_sv="", summary_et="")
    client.force_login(SuperuserFactory())

    page = client.get(reverse("admin:markets_marketprofile_changelist")).content.decode()

    assert page.count("5/5") == 7
    assert page.count("3/5") == 1


def test_partner_editor_edits_latvian_text_of_an_unpublished_profile_directly(client, demo):
    editor = StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=_profile().owner)
    MarketProfile.objects.filter(pk=_profile().pk).update(status="draft")
    client.force_login(editor)
    url = reverse("admin:markets_marketprofile_change", args=[_profile().pk])

    response = client.post(
        url,
        change_form_data(client, url, regulation_lv="Jauns latviešu teksts par **regulējumu**."),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    profile = _profile()
    assert profile.regulation_lv == "Jauns latviešu teksts par **regulējumu**."
    assert profile.status == "draft"  # publishing goes through review
    page = client.get("/lv/markets/lv/e-health/").content.decode()
    assert "Jauns latviešu teksts par <strong>regulējumu</strong>." in page


def test_admin_mark_as_reviewed_today_action(client, demo):
    MarketProfile.objects.update(reviewed_on=old_date())
    chosen = list(MarketProfile.objects.filter(country__code="fi").values_list("pk", flat=True))
    laurea = PartnerOrganisation.objects.get(slug="laurea")
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=laurea))

    response = client.post(
        reverse("admin:markets_marketprofile_changelist"),
        {"action": "mark_reviewed_today", "_selected_action": chosen},
        follow=True,
    )

    assert response.status_code == 200
    today = timezone.localdate()
    assert set(MarketProfile.objects.filter(reviewed_on=today).values_list("pk", flat=True)) == set(
        chosen
    )
    assert MarketProfile.objects.exclude(pk__in=chosen).filter(reviewed_on=old_date()).count() == 6
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["2 market profiles marked as reviewed today."]


def test_admin_actions_in_estonian_speak_as_djangos_own(client, taxonomy):
    """Django's Estonian admin addresses the editor with "Kustuta valitud …": ours likewise."""
    client.force_login(SuperuserFactory())

    response = client.get(
        reverse("admin:markets_marketprofile_changelist"), HTTP_ACCEPT_LANGUAGE="et"
    )

    labels = [label for _name, label in response.context["action_form"].fields["action"].choices]
    assert any(label.startswith("Kustuta valitud ") for label in labels)  # Django's own
    assert "Märgi täna üle vaadatuks" in labels
    assert any(label.startswith("Märgi tõlge kontrollituks (") for label in labels)
    assert not [label for label in labels if label.split()[0].endswith("ige")]  # "Märkige"
