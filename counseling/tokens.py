"""Tracking tokens: unguessable, derivable again for later e-mails, stored only as a hash.

The database keeps a random nonce and the SHA-256 of the token. The token itself
is an HMAC of the nonce under the project's secret key, so a copy of the
database alone reveals no working link, and every e-mail can carry the same link.
"""

import base64
import hashlib
import re
import secrets

from django.utils.crypto import salted_hmac

SALT = "counseling.tracking-token"
READINESS_SALT = "counseling.readiness-token"  # links to readiness results
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_nonce() -> str:
    return secrets.token_hex(16)


def token_for(nonce: str, *, salt: str = SALT) -> str:
    digest = salted_hmac(salt, nonce, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_token(token: str) -> bool:
    return bool(TOKEN_PATTERN.match(token or ""))
