#!/usr/bin/env bash
# Zero-downtime upgrade on one app server, run as root from /srv/ballad/app after
# `git pull` (or unpacking the new release):
#   deploy/upgrade.sh [port ...]      (default: 8001 8002)
# Migrations must be backwards compatible with the running release (add columns,
# don't drop them in the same release) because old instances serve while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
ports=("${@:-8001}")
[ $# -gt 0 ] || ports=(8001 8002)
host="$(set -a; . /etc/ballad/env; echo "${DJANGO_ALLOWED_HOSTS%%,*}")"
health() { curl -fsS -H "Host: $host" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$1/healthz"; }
run() { sudo -u ballad --preserve-env=PATH bash -c "set -a; . /etc/ballad/env; set +a; $*"; }
run /srv/ballad/venv/bin/pip install --quiet .
run /srv/ballad/venv/bin/python manage.py compilemessages --ignore=.venv -v 0
run /srv/ballad/venv/bin/python manage.py collectstatic --no-input -v 0
run /srv/ballad/venv/bin/python manage.py migrate --no-input
run /srv/ballad/venv/bin/python manage.py createcachetable   # the rate limits' fallback while Redis is down
for port in "${ports[@]}"; do
  # nginx sends new requests to the other instances while this one restarts;
  # gunicorn finishes the requests it already has.
  systemctl restart "ballad-web@$port"
  for _ in $(seq 1 30); do
    health "$port" >/dev/null 2>&1 && break
    sleep 1
  done
  health "$port" >/dev/null || { echo "instance $port is not healthy, stopping here" >&2; exit 1; }
  echo "instance $port upgraded"
done
systemctl restart ballad-worker
echo "upgrade done"
