"""Triage in the admin, and counselor scoping through every path."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from counseling import services
from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest
from portal import roles
from portal.models import PartnerOrganisation
from tests.content import load_demo, load_reference
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


# --- The desk ---------------------------------------------------------------------------


def test_counselor_lands_on_the_queue_after_signing_in(client, requests, ibs_counselor):
    from tests.factories import PASSWORD, totp_code

    response = client.post(
        reverse("account_login"), {"login": ibs_counselor.email, "password": PASSWORD}
    )
    assert response.status_code == 302  # staff sign in with a second factor
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert response["Location"] == reverse(CHANGELIST) + "?queue=open"


def test_other_visitors_still_land_on_the_home_page(client, taxonomy):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "/admin/" not in response["Location"]


def test_queue_lists_open_requests_of_own_organisation_and_pool_oldest_first(
    client, requests, ibs_counselor
):
    CounselingRequest.objects.filter(pk=requests["pool"].pk).update(
        created_at=requests["ee"].created_at - datetime.timedelta(days=3)
    )
    closed = submit_request(targets=("ee",), company_name="Done Oy")
    services.request_set_status(closed, "rejected", actor=ibs_counselor)
    client.force_login(ibs_counselor)
    response = client.get(reverse(CHANGELIST), {"queue": "open"})
    shown = [obj.pk for obj in response.context["cl"].result_list]
    assert shown == [requests["pool"].pk, requests["ee"].pk]
    page = response.content.decode()
    assert "3 days" in page and "Overdue" not in page.split("<tbody>")[1]


def test_overdue_follows_each_organisations_target_in_working_days(client, requests, ibs_counselor):
    from counseling.models import ResponseTarget

    ResponseTarget.objects.create(organisation=requests["ee"].organisation, working_days=2)
    now = timezone.now()
    # Four calendar days and an hour always hold more than two working days.
    CounselingRequest.objects.filter(pk=requests["ee"].pk).update(
        created_at=now - datetime.timedelta(days=4, hours=1)
    )
    CounselingRequest.objects.filter(pk=requests["pool"].pk).update(
        created_at=now - datetime.timedelta(days=4)  # the pool keeps the default of 5
    )
    client.force_login(ibs_counselor)
    response = client.get(reverse(CHANGELIST), {"queue": "open", "overdue": "yes"})
    assert [obj.pk for obj in response.context["cl"].result_list] == [requests["ee"].pk]
    assert 'class="overdue"' in response.content.decode()
    services.request_assign(requests["ee"], actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(requests["ee"], actor=ibs_counselor, text="On it")
    response = client.get(reverse(CHANGELIST), {"overdue": "yes"})
    assert response.context["cl"].result_count == 0  # a first reply ends the wait


# --- The outcome dashboard ----------------------------------------------------------------


def _case(organisation_slug, *, created, first_reply_days, close_days, helpfulness, market):
    from tests.counseling.factories import CounselingRequestFactory

    organisation = PartnerOrganisation.objects.get(slug=organisation_slug)
    day = datetime.timedelta(days=1)
    return CounselingRequestFactory(
        organisation=organisation,
        created_at=created,
        status="closed" if close_days is not None else "in_progress",
        first_reply_at=created + first_reply_days * day if first_reply_days is not None else None,
        closed_at=created + close_days * day if close_days is not None else None,
        survey_helpfulness=helpfulness,
        survey_market=market,
    )


def test_dashboard_figures_per_organisation_on_a_hand_made_set(client, taxonomy):
    q1 = datetime.datetime(2026, 2, 10, 12, tzinfo=datetime.UTC)
    q2 = datetime.datetime(2026, 5, 10, 12, tzinfo=datetime.UTC)
    # IBS in Q1: three closed (two answered the survey), one still open.
    _case("ibs", created=q1, first_reply_days=1, close_days=10, helpfulness=5, market="entered")
    _case("ibs", created=q1, first_reply_days=3, close_days=20, helpfulness=2, market="no")
    _case("ibs", created=q1, first_reply_days=2, close_days=30, helpfulness=None, market="")
    _case("ibs", created=q1, first_reply_days=None, close_days=None, helpfulness=None, market="")
    # Laurea in Q2 only.
    _case("laurea", created=q2, first_reply_days=4, close_days=8, helpfulness=4, market="planned")
    client.force_login(SuperuserFactory())
    url = reverse("admin:counseling_counselingrequest_dashboard")
    response = client.get(url, {"quarter": "2026-Q1"})
    [ibs] = response.context["outcomes"]
    assert ibs["name"] == PartnerOrganisation.objects.get(slug="ibs").name
    assert (ibs["requests"], ibs["closed"]) == (4, 3)
    assert ibs["helpfulness"] == 3.5
    assert ibs["response_rate"] == pytest.approx(2 / 3)
    assert ibs["entered_share"] == 0.5
    assert ibs["days_to_first_reply"] == 2 and ibs["days_to_close"] == 20
    page = response.content.decode()
    assert "67 %" in page and "3.5" in page
    everything = {row["name"]: row for row in client.get(url).context["outcomes"]}
    laurea = everything[PartnerOrganisation.objects.get(slug="laurea").name]
    assert len(everything) == 2 and laurea["entered_share"] == 0.0


@pytest.mark.parametrize("quarter", ["2026-Q5", "last quarter", "2026-Q1'--", "\x00"])
def test_dashboard_refuses_a_bad_quarter(client, taxonomy, quarter):
    client.force_login(SuperuserFactory())
    response = client.get(
        reverse("admin:counseling_counselingrequest_dashboard"), {"quarter": quarter}
    )
    assert response.status_code == 400


# --- Saved replies and suggestions -------------------------------------------------------


def test_counselor_inserts_a_saved_reply_in_the_companys_language(client, requests, ibs_counselor):
    from counseling.models import SavedReply

    latvian = SavedReply.objects.create(
        title="Iepirkumi", language="lv", text="Labdien! {{ secret }} <script>x</script>"
    )
    SavedReply.objects.create(title="Hankinnat", language="fi", text="Hei!")
    other = SavedReply.objects.create(
        title="Laurea only",
        language="lv",
        text="Not for IBS",
        organisation=PartnerOrganisation.objects.get(slug="laurea"),
    )
    counseling_request = requests["ee"]
    CounselingRequest.objects.filter(pk=counseling_request.pk).update(
        preferred_language="lv", status="in_progress", counselor=ibs_counselor
    )
    client.force_login(ibs_counselor)
    page = client.get(_change(counseling_request)).content.decode()
    assert "Iepirkumi" in page and "Hankinnat" not in page and "Laurea only" not in page
    response = client.get(_change(counseling_request), {"saved_reply": latvian.pk})
    assert response.context["workflow_forms"]["reply"].initial["text"] == latvian.text
    page = response.content.decode()
    assert "{{ secret }}" in page and "<script>x</script>" not in page  # literal, escaped
    for forged in (other.pk, "1 OR 1=1", "9" * 30, "-1"):
        response = client.get(_change(counseling_request), {"saved_reply": forged})
        assert response.status_code == 200
        assert not response.context["workflow_forms"]["reply"].initial.get("text")


def test_counselor_keeps_saved_replies_only_for_their_own_organisation(client, taxonomy):
    from counseling.models import SavedReply
    from tests.counseling.factories import counselor_of

    counselor = counselor_of("ibs")
    client.force_login(counselor)
    laurea = PartnerOrganisation.objects.get(slug="laurea")
    response = client.post(
        reverse("admin:counseling_savedreply_add"),
        {
            "title": "Tere",
            "language": "et",
            "text": "Tere! {% now 'Y' %}",
            "organisation": laurea.pk,
        },
    )
    assert response.status_code == 302
    saved = SavedReply.objects.get()
    assert saved.organisation.slug == "ibs" and saved.text == "Tere! {% now 'Y' %}"
    response = client.post(
        reverse("admin:counseling_savedreply_add"),
        {"title": "Bad", "language": "et", "text": "Null\x00"},
    )
    # NUL: refused by the field, the form shown again with its error, nothing saved
    assert response.status_code == 200
    assert "text" in response.context["adminform"].form.errors
    assert SavedReply.objects.count() == 1


def test_request_page_suggests_contacts_labs_and_pilots(client, demo, network, ibs_counselor):
    from portal import matchmaking

    load_demo("pilots")
    counseling_request = submit_request(targets=("ee",), sector="e-health")
    client.force_login(ibs_counselor)
    response = client.get(_change(counseling_request))
    suggestions = response.context["suggestions"]
    # The one matchmaking service, asked as the readiness plan asks it: same lists, same order.
    assert isinstance(suggestions, matchmaking.Suggestions)
    expected = matchmaking.suggest(
        country_codes=["ee"],
        sector_slug="e-health",
        barrier_slugs=["language", "funding"],
        origin_code="fi",
        limit=5,
    )
    assert [c.pk for c in suggestions.contacts] == [c.pk for c in expected.contacts]
    assert [lab.pk for lab in suggestions.living_labs] == [lab.pk for lab in expected.living_labs]
    assert [p.pk for p in suggestions.pilots] == [p.pk for p in expected.pilots]
    assert suggestions.contacts and suggestions.living_labs, "the demo network knows Estonia"
    page = response.content.decode()
    assert "Suggestions to paste into the reply" in page
    contact = suggestions.contacts[0]
    # Links to paste open in the SME's language (Finnish), whatever the counselor reads.
    assert f"{contact.name}" in page
    assert "/fi/" in contact_link(page, contact.name)


def test_request_page_without_matches_shows_no_suggestions(client, taxonomy, ibs_counselor):
    counseling_request = submit_request(targets=("ee",))
    client.force_login(ibs_counselor)
    response = client.get(_change(counseling_request))
    assert response.status_code == 200
    assert not response.context["suggestions"]
    assert "Suggestions to paste into the reply" not in response.content.decode()


def contact_link(page: str, name: str) -> str:
    """The address pasted after ``name`` in the suggestions list."""
    line = next(item for item in page.split("<li>") if item.startswith(name))
    return line.split(" — ")[-1].split("</li>")[0]


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


@pytest.mark.parametrize("language", ["en", "et", "fi", "lv", "sv"])
def test_reference_saved_replies_are_offered_for_insertion_in_the_smes_language(
    client, taxonomy, ibs_counselor, language
):
    from counseling.models import SavedReply
    from portal import content

    load_reference("counseling")
    counseling_request = submit_request(targets=("ee",), language=language)
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    client.force_login(ibs_counselor)
    page = client.get(_change(counseling_request)).content.decode()
    files = content.documents("counseling.saved-replies")
    for _path, data in files:
        assert f">{data['title'][language]}</a>" in page
    others = {code for code in ("en", "et", "fi", "lv", "sv") if code != language}
    for _path, data in files:
        assert not [code for code in others if f">{data['title'][code]}</a>" in page]
    closing = SavedReply.objects.get(content_key="closing", language=language)
    response = client.get(_change(counseling_request), {"saved_reply": closing.pk})
    inserted = response.context["workflow_forms"]["reply"].initial["text"]
    closing_file = next(data for _path, data in files if data["slug"] == "closing")
    assert inserted == closing_file["text"][language].strip()
    assert inserted.splitlines()[-1].startswith("[")  # the counselor signs it before sending
