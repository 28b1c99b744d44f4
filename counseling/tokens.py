"""Tracking tokens: unguessable, derivable again for later e-mails, stored only as a hash.

The database keeps a random nonce and the SHA-256 of the token. The token itself
is an HMAC of the nonce under the project's secret key, so a copy of the
database alone reveals no working link, and every e-mail can carry the same link.
"""

import base64
import hashlib
import re
import secrets

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "counseling.tracking-token"
READINESS_SALT = "counseling.readiness-token"  # links to readiness results
SURVEY_SALT = "counseling.survey-token"  # the survey link: same nonce, another key
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_nonce() -> str:
    return secrets.token_hex(16)


def token_for(nonce: str, *, salt: str = SALT) -> str:
    digest = salted_hmac(salt, nonce, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def survey_token_matches(nonce: str, token: str) -> bool:
    """Whether ``token`` is the survey link of the request with ``nonce`` (none once anonymised)."""
    if not nonce or not looks_like_token(token):
        return False
    return constant_time_compare(token_for(nonce, salt=SURVEY_SALT), token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_token(token: str) -> bool:
    return bool(TOKEN_PATTERN.match(token or ""))
