#!/usr/bin/env bash
# A self-signed TLS certificate for a test server or the local stack:
#   deploy/make-cert.sh [directory] [host name]   (default /etc/ssl/ballad, ballad.example.org)
# Production uses a CA's certificate instead (docs/deploy.md).
set -euo pipefail
dir="${1:-/etc/ssl/ballad}"
host="${2:-ballad.example.org}"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes \
  -keyout "$dir/key.pem" -out "$dir/cert.pem" -subj "/CN=$host" \
  -addext "subjectAltName=DNS:$host,DNS:localhost,IP:127.0.0.1" 2>/dev/null
chmod 600 "$dir/key.pem"
echo "Wrote $dir/cert.pem and $dir/key.pem for $host"
