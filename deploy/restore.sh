#!/usr/bin/env bash
# Restore a backup written by deploy/backup.sh into an EMPTY database and media folder:
#   DATABASE_URL=postgres://… DJANGO_MEDIA_ROOT=… deploy/restore.sh ballad-<stamp>.dump [media-<stamp>.tar.gz]
# Stop the web instances and the worker first (docs/deploy.md).
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
dump="${1:?the .dump file}"
media_archive="${2:-}"
media="${DJANGO_MEDIA_ROOT:-/srv/ballad/media}"
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$dump"
if [ -n "$media_archive" ]; then
  mkdir -p "$media"
  tar -xzf "$media_archive" -C "$media"
fi
echo "restored $dump${media_archive:+ and $media_archive}"
