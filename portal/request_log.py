"""One JSON line per request, and JSON for every other log line of the process.

``RequestLogMiddleware`` (first in ``MIDDLEWARE``) writes to the ``ballad.request`` logger:

    {"time": "…", "level": "INFO", "logger": "ballad.request", "message": "request",
     "request_id": "5f0c…", "method": "GET", "route": "markets:profile", "status": 200,
     "duration_ms": 12.4, "cache": "hit", "instance": "web-8001"}

- ``request_id`` is nginx's ``$request_id`` from ``X-Request-ID`` (32 hex digits; anything
  else is replaced by a fresh id), returned in the response's ``X-Request-ID`` and attached
  to every log line written while the request runs;
- ``route`` is the URL pattern's name, never the path: paths carry tracking tokens and
  query strings carry search terms and e-mail addresses;
- no client address, user, cookie or header value is logged (the retention policy keeps
  none of them in logs).

``JsonFormatter`` is the formatter of the production logging configuration
(``DJANGO_LOG_FORMAT=json``, the default when ``DJANGO_DEBUG`` is off).
"""

import contextvars
import datetime
import json
import logging
import os
import re
import time
import uuid

from portal.http import resolve_path

logger = logging.getLogger("ballad.request")
REQUEST_ID = contextvars.ContextVar("request_id", default="")
_VALID_ID = re.compile(r"[0-9a-f]{32}")
# Fields of a LogRecord that are not the caller's ``extra``.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def instance_name() -> str:
    return os.environ.get("BALLAD_INSTANCE", "") or f"pid-{os.getpid()}"


def _route(request) -> str:
    # Answered before URL resolution (page cache, static files, redirects, errors): the
    # pattern of the path, in the language of its prefix.
    match = getattr(request, "resolver_match", None) or resolve_path(request.path_info)
    return (match.view_name or "-") if match is not None else "-"


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = given if _VALID_ID.fullmatch(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            logger.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": request.method if len(request.method) <= 10 else "-",
                    "route": _route(request),
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "cache": response.get("X-Page-Cache", "-"),
                },
            )
            return response
        finally:
            REQUEST_ID.reset(token)


def _message(record: logging.LogRecord) -> str:
    """The message, with the path of Django's request log lines replaced by the route name."""
    request = getattr(record, "request", None)
    if request is not None and isinstance(record.args, tuple):
        path = getattr(request, "path", None)
        args = tuple(_route(request) if arg == path else arg for arg in record.args)
        return str(record.msg) % args if args else str(record.msg)
    return record.getMessage()


class JsonFormatter(logging.Formatter):
    """A log record as one JSON object: time, level, logger, message, extras, request id."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": _message(record),
        }
        request_id = REQUEST_ID.get()
        if request_id:
            line["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and key != "request" and not key.startswith("_"):
                line[key] = value if isinstance(value, str | int | float | bool) else str(value)
        line["instance"] = instance_name()
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)
