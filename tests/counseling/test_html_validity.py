import pytest

from counseling import services
from tests.counseling.factories import form_data, submit_request
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def test_counseling_pages_are_valid_html(client, demo, ibs_counselor):
    from tests.factories import UserFactory

    request = submit_request()
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    pages = {}
    for language in ["en", "fi", "lv"]:
        for path in [
            "counseling/",
            "counseling/new/",
            "counseling/new/?country=fi&sector=e-health",
        ]:
            url = f"/{language}/{path}"
            pages[url] = client.get(url).content.decode()
        url = f"/{language}/counseling/track/{request.tracking_token}/"
        pages[url] = client.get(url).content.decode()
        pages[url + " (error)"] = client.post(url, {"text": ""}).content.decode()
    pages["form errors"] = client.post(
        "/sv/counseling/new/", form_data(email="x", privacy=None)
    ).content.decode()
    pages["not found"] = client.get("/et/counseling/track/nope/").content.decode()
    client.post("/en/counseling/new/", form_data())
    pages["confirmation"] = client.get("/en/counseling/new/sent/").content.decode()
    user = UserFactory(email="owner@example.com")
    owned = submit_request(email="owner@example.com", owner=user)
    client.force_login(user)
    pages["account requests"] = client.get("/en/account/requests/").content.decode()
    pages["account request"] = client.get(
        f"/en/account/requests/{owned.reference}/"
    ).content.decode()
    pages["account delete"] = client.get("/en/account/delete/").content.decode()
    assert_valid_html(pages)
