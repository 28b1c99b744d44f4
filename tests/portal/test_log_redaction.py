"""No tracking or plan token in any log line (portal/log_redaction.py, deploy/gunicorn.conf.py)."""

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from portal.log_redaction import RedactTokensFilter, redact

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODk"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f'"GET /fi/counseling/track/{TOKEN}/ HTTP/1.1" 200',
            '"GET /fi/counseling/track/[redacted]/ HTTP/1.1" 200',
        ),
        (f"/en/readiness/plan/{TOKEN}/pdf/", "/en/readiness/plan/[redacted]/pdf/"),
        (
            f"/en/accounts/login/?next=%2Fen%2Fcounseling%2Ftrack%2F{TOKEN}%2F",
            "/en/accounts/login/?next=%2Fen%2Fcounseling%2Ftrack%2F[redacted]%2F",
        ),
        ("/en/counseling/new/", "/en/counseling/new/"),
    ],
)
def test_redact_masks_tokens_only(line, expected):
    assert redact(line) == expected


def test_django_log_lines_are_redacted():
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        (f"/sv/counseling/track/{TOKEN}/",),
        None,
    )
    RedactTokensFilter().filter(record)
    assert record.getMessage() == "Not Found: /sv/counseling/track/[redacted]/"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_access_log_has_no_token(tmp_path):
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BALLAD_"))},
        "DJANGO_SECRET_KEY": "test-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    out = tmp_path / "out.log"
    with out.open("w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own gunicorn with our own config
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "-c",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "ballad.wsgi",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/fi/counseling/track/{TOKEN}/"
        for _ in range(100):
            try:
                urllib.request.urlopen(
                    urllib.request.Request(url, headers={"Referer": url}), timeout=5
                )
                break
            except urllib.error.HTTPError:
                break  # any answer is logged
            except OSError:
                time.sleep(0.1)
        time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = out.read_text()
    assert "/fi/counseling/track/[redacted]/" in text
    assert TOKEN not in text
