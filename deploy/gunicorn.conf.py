"""gunicorn settings for one portal instance: ``gunicorn -c deploy/gunicorn.conf.py ballad.wsgi``.

Every value can be overridden from the environment (systemd's EnvironmentFile).
Several instances run side by side behind nginx (deploy/nginx/ballad.conf), each on
its own port (``GUNICORN_BIND``), so that one can restart while the others serve.
"""

import multiprocessing
import os
import sys
from pathlib import Path

from gunicorn.glogging import Logger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.log_redaction import redact

_cores = multiprocessing.cpu_count()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# gthread: each worker process has threads; a thread waiting on PostgreSQL or Redis
# does not block the process. One process per core per instance (two instances on a
# 2-core machine share the cores), four threads each.
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, _cores)))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# A request taking longer than this is stuck: the worker is replaced. nginx waits 35 s.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# On SIGTERM (systemctl restart) finish the requests in flight first.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
# nginx keeps upstream connections open; keep them a little longer than it does.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 75))
# Recycle workers now and then (memory growth), not all at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
# Request bodies: nginx already limits them; these stop malformed headers early.
limit_request_line = 8190
limit_request_fields = 100
# The portal writes its own JSON request log (portal/request_log.py: request id, route
# name instead of the raw path, no addresses). gunicorn's access log stays on for operators
# used to it (GUNICORN_ACCESS_LOG="" turns it off): the tokens of tracking and readiness plan
# links are masked in every atom of its lines (RedactingLogger below).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Load the application before forking: faster start, less memory; connections to
# PostgreSQL and Redis are opened lazily by each worker after the fork.
preload_app = True
proc_name = os.environ.get("GUNICORN_PROC_NAME", "ballad")
# gunicorn's control socket would be one path for every instance of the machine.
control_socket_disable = True
# The instance name in every JSON log line (portal/request_log.py).
raw_env = [f"BALLAD_INSTANCE={os.environ.get('BALLAD_INSTANCE', bind)}"]


class RedactingLogger(Logger):
    """gunicorn's logger whose access-log atoms carry no secret token."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: redact(value) if isinstance(value, str) else value for key, value in atoms.items()
        }


logger_class = RedactingLogger
