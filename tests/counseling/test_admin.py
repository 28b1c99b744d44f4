"""Triage in the admin, and counselor scoping through every path."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from counseling import services
from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest
from portal import roles
from portal.models import PartnerOrganisation
from tests.counseling.factories import submit_request
from tests.factories import StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:counseling_counselingrequest_changelist"


def _change(request):
    return reverse("admin:counseling_counselingrequest_change", args=[request.pk])


def _workflow(request, name):
    return reverse("admin:counseling_counselingrequest_workflow", args=[request.pk, name])


@pytest.fixture
def requests(taxonomy):
    """One request each for Estonia (IBS), Finland (Laurea) and the unassigned pool."""
    estonian = submit_request(targets=("ee",), company_name="Eesti Oy", email="ee@example.com")
    finnish = submit_request(targets=("fi",), company_name="Suomi Oy", email="fi@example.com")
    PartnerOrganisation.objects.get(slug="taf").answers_for.clear()
    pool = submit_request(targets=("lv",), company_name="Pool Oy", email="lv@example.com")
    return {"ee": estonian, "fi": finnish, "pool": pool}


def test_counselor_role_has_the_triage_permissions(taxonomy):
    codenames = set(
        Group.objects.get(name=roles.COUNSELOR).permissions.values_list("codename", flat=True)
    )
    assert {"view_counselingrequest", "change_counselingrequest"} <= codenames
    assert "delete_counselingrequest" not in codenames


def test_changelist_shows_own_organisation_and_pool_only(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.get(reverse(CHANGELIST))
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert shown == {requests["ee"].pk, requests["pool"].pk}
    assert "Suomi Oy" not in response.content.decode()


def test_superuser_sees_every_request(client, requests):
    client.force_login(SuperuserFactory())
    response = client.get(reverse(CHANGELIST))
    assert response.context["cl"].result_count == 3


@pytest.mark.parametrize(
    "query",
    [{"q": "Suomi"}, {"q": "fi@example.com"}, {"status__exact": "new"}, {"age": "1"}],
)
def test_search_and_filters_never_reach_another_organisation(
    client, requests, ibs_counselor, query
):
    client.force_login(ibs_counselor)
    response = client.get(reverse(CHANGELIST), query)
    assert requests["fi"].pk not in {obj.pk for obj in response.context["cl"].result_list}


def test_search_by_reference_company_and_email(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    number = requests["ee"].reference.rsplit("-", 1)[1]
    for term in (requests["ee"].reference, number, "Eesti", "ee@example.com"):
        response = client.get(reverse(CHANGELIST), {"q": term})
        assert [obj.pk for obj in response.context["cl"].result_list] == [requests["ee"].pk]


def test_filters_load(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    for query in (
        {"age": "30"},
        {"age": "2"},
        {"age": "7"},
        {"sector__id__exact": requests["ee"].sector_id},
        {"target_countries__id__exact": requests["ee"].target_countries.first().pk},
    ):
        response = client.get(reverse(CHANGELIST), query)
        assert response.status_code == 200
        assert "result_list" in response.context["cl"].__dict__


def test_change_view_by_url_of_another_organisation_is_not_found(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.get(_change(requests["fi"]), follow=True)
    assert "Suomi Oy" not in response.content.decode()
    assert response.redirect_chain  # admin redirects a missing object to the index
    response = client.get(_change(requests["ee"]))
    page = response.content.decode()
    assert "Eesti Oy" in page
    assert "Work on this request" in page
    assert 'name="status-status"' in page


@pytest.mark.parametrize("form_name", ["status", "note", "reply", "hand_over", "assign_me"])
def test_workflow_posts_to_another_organisations_request_are_refused(
    client, requests, ibs_counselor, form_name
):
    client.force_login(ibs_counselor)
    before = requests["fi"].events.count()
    response = client.post(
        _workflow(requests["fi"], form_name),
        {"status-status": "rejected", "note-text": "x", "reply-text": "x", "hand_over-reason": "x"},
    )
    assert response.status_code == 404
    requests["fi"].refresh_from_db()
    assert requests["fi"].status == RequestStatus.NEW
    assert requests["fi"].events.count() == before


def test_actions_touch_only_requests_in_scope(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.post(
        reverse(CHANGELIST),
        {
            "action": "assign_to_me",
            "_selected_action": [r.pk for r in requests.values()],
        },
    )
    assert response.status_code == 302
    for key in ("ee", "pool"):
        requests[key].refresh_from_db()
        assert requests[key].counselor == ibs_counselor
        assert requests[key].status == RequestStatus.ASSIGNED
    requests["fi"].refresh_from_db()
    assert requests["fi"].counselor is None
    requests["pool"].refresh_from_db()
    assert requests["pool"].organisation.slug == "ibs"


def test_export_contains_only_requests_in_scope(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "export_csv", "_selected_action": [r.pk for r in requests.values()]},
    )
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert requests["ee"].reference in body and requests["pool"].reference in body
    assert requests["fi"].reference not in body and "Suomi" not in body


def test_status_form_offers_only_allowed_transitions(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.get(_change(requests["ee"]))
    choices = [
        value
        for value, _label in response.context["workflow_forms"]["status"].fields["status"].choices
    ]
    assert choices == ["assigned", "rejected"]


def test_status_form_refuses_a_forged_transition(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.post(_workflow(requests["ee"], "status"), {"status-status": "closed"})
    assert response.status_code == 422
    requests["ee"].refresh_from_db()
    assert requests["ee"].status == RequestStatus.NEW


def test_counselor_triages_a_request_end_to_end(client, requests, ibs_counselor):
    request = requests["ee"]
    client.force_login(ibs_counselor)
    client.post(_workflow(request, "assign_me"))
    client.post(_workflow(request, "status"), {"status-status": "in_progress"})
    client.post(
        _workflow(request, "reply"),
        {"reply-text": "Which grades?", "reply-then_status": "waiting_for_sme"},
    )
    request.refresh_from_db()
    assert request.status == RequestStatus.WAITING_FOR_SME
    services.request_sme_answer(request, text="Grades 7 to 9")
    client.post(_workflow(request, "note"), {"note-text": "Ask Kadri about schools"})
    client.post(
        _workflow(request, "reply"), {"reply-text": "Here is how.", "reply-then_status": "answered"}
    )
    response = client.post(
        reverse(CHANGELIST), {"action": "close_requests", "_selected_action": [request.pk]}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.CLOSED
    actions = list(request.events.values_list("action", flat=True))
    for action in ("assigned", "reply", "sme_answer", "note", "status_changed"):
        assert action in actions
    page = client.get(_change(request)).content.decode()
    assert "Ask Kadri about schools" in page  # the log, read-only on the change page
    assert 'name="events-0-data"' not in page  # no editable log rows


def test_hand_over_from_admin(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    sics = PartnerOrganisation.objects.get(slug="sics")
    response = client.post(
        _workflow(requests["ee"], "hand_over"),
        {"hand_over-organisation": sics.pk, "hand_over-reason": "Swedish question"},
    )
    assert response.status_code == 302
    requests["ee"].refresh_from_db()
    assert requests["ee"].organisation == sics
    # Now it is out of IBS's scope.
    assert client.get(_change(requests["ee"])).status_code == 302


def test_change_view_post_cannot_edit_fields(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    response = client.post(_change(requests["ee"]), {"status": "closed", "email": "x@x.org"})
    assert response.status_code == 405
    requests["ee"].refresh_from_db()
    assert requests["ee"].status == "new" and requests["ee"].email == "ee@example.com"


def test_dashboard_counts_open_requests_in_scope_and_median_first_reply(
    client, requests, ibs_counselor
):
    services.request_assign(requests["ee"], actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(requests["ee"], actor=ibs_counselor, text="Hi")
    client.force_login(ibs_counselor)
    response = client.get(reverse("admin:counseling_counselingrequest_dashboard"))
    dashboard = response.context["dashboard"]
    names = [row["name"] for row in dashboard["organisations"]]
    assert "Laurea University of Applied Sciences – user-driven innovation unit" not in names
    assert dashboard["replied_count"] == 1
    assert dashboard["median_hours"] is not None
    assert "Median" in response.content.decode()


def test_email_data_export_and_erase_stay_in_scope(client, requests, ibs_counselor):
    submit_request(targets=("fi",), email="ee@example.com", company_name="Hidden Oy")
    client.force_login(ibs_counselor)
    url = reverse("admin:counseling_counselingrequest_email_data")
    response = client.post(url, {"email": "EE@example.com", "action": "export"})
    data = response.json()
    assert [item["reference"] for item in data["counseling_requests"]] == [requests["ee"].reference]
    response = client.post(url, {"email": "ee@example.com", "action": "erase"})
    assert response.status_code == 422  # erasure must be confirmed
    client.post(url, {"email": "ee@example.com", "action": "erase", "confirm": "on"})
    requests["ee"].refresh_from_db()
    assert requests["ee"].anonymised_at is not None
    assert CounselingRequest.objects.get(company_name="Hidden Oy").anonymised_at is None
    assert requests["ee"].events.filter(action=EventAction.ANONYMISED).get().actor == ibs_counselor


def test_staff_without_the_role_cannot_open_requests(client, requests):
    client.force_login(StaffFactory())
    assert client.get(reverse(CHANGELIST)).status_code == 403
    assert client.get(reverse("admin:counseling_counselingrequest_dashboard")).status_code == 403


def test_nobody_adds_or_deletes_requests_in_admin(client, requests):
    client.force_login(SuperuserFactory())
    assert client.get(reverse("admin:counseling_counselingrequest_add")).status_code == 403
    response = client.get(_change(requests["ee"]))
    assert "deletelink" not in response.content.decode()


def test_history_and_delete_views_of_another_organisation_are_closed(
    client, requests, ibs_counselor
):
    client.force_login(ibs_counselor)
    base = f"/admin/counseling/counselingrequest/{requests['fi'].pk}"
    response = client.get(f"{base}/history/", follow=True)
    assert "Suomi Oy" not in response.content.decode()
    assert response.redirect_chain or response.status_code == 404
    response = client.post(f"{base}/delete/", {"post": "yes"})
    assert response.status_code in {302, 403, 404}
    assert CounselingRequest.objects.filter(pk=requests["fi"].pk).exists()


def test_reply_form_refuses_a_forged_follow_up_status(client, requests, ibs_counselor):
    services.request_assign(requests["ee"], actor=ibs_counselor, counselor=ibs_counselor)
    client.force_login(ibs_counselor)
    response = client.post(
        _workflow(requests["ee"], "reply"),
        {"reply-text": "Hello", "reply-then_status": "closed"},
    )
    assert response.status_code == 422
    requests["ee"].refresh_from_db()
    assert requests["ee"].status == RequestStatus.ASSIGNED
    assert not requests["ee"].events.filter(action=EventAction.REPLY).exists()


def test_unknown_workflow_form_and_get_are_refused(client, requests, ibs_counselor):
    client.force_login(ibs_counselor)
    assert client.post(_workflow(requests["ee"], "delete")).status_code == 404
    assert client.get(_workflow(requests["ee"], "status")).status_code == 405
    requests["ee"].refresh_from_db()
    assert requests["ee"].status == RequestStatus.NEW


def test_export_neutralises_formulas_in_every_text_cell(client, taxonomy):
    formula_email = submit_request(company_name="=cmd|' /C calc'!A0", email="=1+1@example.com")
    minus_email = submit_request(company_name="Plain Oy", email="-2+3@example.com")
    client.force_login(SuperuserFactory())
    response = client.post(
        reverse(CHANGELIST),
        {"action": "export_csv", "_selected_action": [formula_email.pk, minus_email.pk]},
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=1+1@example.com" in cells and "'-2+3@example.com" in cells
    assert "'=cmd|' /C calc'!A0" in cells
    assert not [cell for cell in cells if cell[:1] in {"=", "+", "-", "@", "\t", "\r"}]
