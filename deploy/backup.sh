#!/usr/bin/env bash
# Nightly backup: the database (pg_dump custom format) and the uploaded media files.
#   DATABASE_URL=postgres://… DJANGO_MEDIA_ROOT=/srv/ballad/media deploy/backup.sh
# Writes $BALLAD_BACKUP_DIR/ballad-<stamp>.dump and media-<stamp>.tar.gz, keeps
# $BALLAD_BACKUP_KEEP_DAYS days (14). Copy the folder off the machine (docs/deploy.md).
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
dir="${BALLAD_BACKUP_DIR:-/var/backups/ballad}"
media="${DJANGO_MEDIA_ROOT:-/srv/ballad/media}"
keep="${BALLAD_BACKUP_KEEP_DAYS:-14}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"
umask 077
pg_dump --format=custom --no-owner --file="$dir/ballad-$stamp.dump.partial" "$DATABASE_URL"
mv "$dir/ballad-$stamp.dump.partial" "$dir/ballad-$stamp.dump"
if [ -d "$media" ]; then
  tar -czf "$dir/media-$stamp.tar.gz.partial" -C "$media" .
  mv "$dir/media-$stamp.tar.gz.partial" "$dir/media-$stamp.tar.gz"
fi
find "$dir" -maxdepth 1 -name 'ballad-*.dump' -mtime +"$keep" -delete
find "$dir" -maxdepth 1 -name 'media-*.tar.gz' -mtime +"$keep" -delete
echo "backup $stamp written to $dir"
