"""Secret tokens never reach a log: tracking and plan links are masked in every log line.

A tracking link (``/<lang>/counseling/track/<token>/``) or a readiness plan link
(``/<lang>/readiness/plan/<token>/``) is a password: whoever has it reads the request.
Access logs (``deploy/gunicorn.conf.py``) and Django's own log lines (``Not Found: …``)
go through :func:`redact`, which keeps the path and replaces the token with ``[redacted]``,
also inside a percent-encoded ``?next=`` or a ``Referer``.
"""

import logging
import re

_SLASH = r"(?:/|%2[fF])"
TOKEN_PATHS = re.compile(
    rf"({_SLASH}(?:counseling{_SLASH}track|readiness{_SLASH}plan){_SLASH})[A-Za-z0-9_\-.~:=]+"
)
REDACTED = "[redacted]"


def redact(text: str) -> str:
    """``text`` with the token of every tracking or plan link replaced by ``[redacted]``."""
    return TOKEN_PATHS.sub(rf"\g<1>{REDACTED}", text)


class RedactTokensFilter(logging.Filter):
    """A logging filter: the formatted message of a record, with tokens masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
