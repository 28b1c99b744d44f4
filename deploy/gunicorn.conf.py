"""gunicorn settings for production: ``gunicorn -c deploy/gunicorn.conf.py ballad.wsgi``.

The access log goes to stdout with the tokens of tracking and readiness plan links masked
(``portal/log_redaction.py``): every atom of a line (request line, path, query, referer,
headers) is redacted before it is written. Override any setting on the command line,
e.g. ``--workers 5`` or ``--bind 127.0.0.1:8001``.
"""

import sys
from pathlib import Path

from gunicorn.glogging import Logger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.log_redaction import redact

bind = "0.0.0.0:8000"
workers = 3
accesslog = "-"
errorlog = "-"


class RedactingLogger(Logger):
    """gunicorn's logger whose access-log atoms carry no secret token."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: redact(value) if isinstance(value, str) else value for key, value in atoms.items()
        }


logger_class = RedactingLogger
