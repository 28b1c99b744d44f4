"""The JSON request log: nginx's request id, route names instead of paths, no personal data."""

import json
import logging

import pytest

from portal.request_log import JsonFormatter

NGINX_ID = "0123456789abcdef0123456789abcdef"


def _request_lines(caplog) -> list[dict]:
    formatter = JsonFormatter()
    return [
        json.loads(formatter.format(record))
        for record in caplog.records
        if record.name == "ballad.request"
    ]


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.INFO, logger="ballad.request")
    return caplog


@pytest.mark.django_db
def test_request_log_line_carries_nginx_request_id_route_status_and_instance(
    client, request_log, monkeypatch
):
    monkeypatch.setenv("BALLAD_INSTANCE", "web-8001")

    response = client.get("/en/markets/?q=someone%40example.org", HTTP_X_REQUEST_ID=NGINX_ID)

    assert response["X-Request-ID"] == NGINX_ID
    [line] = _request_lines(request_log)
    assert line["request_id"] == NGINX_ID
    assert line["method"] == "GET"
    assert line["route"] == "markets:list"
    assert line["status"] == 200
    assert line["instance"] == "web-8001"
    assert line["duration_ms"] >= 0
    assert "someone" not in json.dumps(line)
    assert "/markets/" not in json.dumps(line)


@pytest.mark.django_db
def test_request_log_names_the_route_not_the_tracking_token(client, request_log):
    token = "secret-tracking-token-value"

    response = client.get(f"/en/counseling/track/{token}/")

    assert response.status_code == 404
    lines = [JsonFormatter().format(record) for record in request_log.records]
    assert lines, "the request and the 404 warning are logged"
    assert all(token not in line for line in lines)
    [request_line] = _request_lines(request_log)
    assert request_line["route"] == "counseling:track"
    assert request_line["status"] == 404


@pytest.mark.django_db
def test_request_log_replaces_a_forged_request_id(client, request_log):
    forged = 'x"}\n{"level": "CRITICAL"'

    response = client.get("/healthz", HTTP_X_REQUEST_ID=forged)

    [line] = _request_lines(request_log)
    assert line["request_id"] == response["X-Request-ID"]
    assert len(line["request_id"]) == 32
    assert forged not in response["X-Request-ID"]
    assert line["route"] == "healthz"


@pytest.mark.django_db
def test_request_log_route_of_an_unknown_path_is_a_dash(client, request_log):
    client.get("/en/no-such-page-for-someone@example.org/")

    [line] = _request_lines(request_log)
    assert line["route"] == "-"
    assert line["status"] == 404
    assert "example.org" not in json.dumps(line)


@pytest.mark.django_db
def test_a_page_served_from_the_page_cache_logs_its_route_in_any_language(
    client, request_log, settings
):
    """The page cache answers before Django resolves the URL; the log still names the route,
    also for a language other than the one active in the thread."""
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/fi/markets/")
    client.cookies.clear()
    request_log.clear()

    response = client.get("/fi/markets/")

    assert response["X-Page-Cache"] == "hit"
    [line] = _request_lines(request_log)
    assert (line["route"], line["cache"]) == ("markets:list", "hit")
