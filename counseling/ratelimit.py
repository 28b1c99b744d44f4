"""Per-address and per-IP submission limits (no CAPTCHA), on the portal's atomic rate limit."""

from django.conf import settings

from portal.ratelimit import Limit, limit_consume


def _limits() -> tuple[Limit, Limit]:
    window = settings.COUNSELING_RATE_LIMIT_WINDOW
    return (
        Limit("counseling:ip", settings.COUNSELING_RATE_LIMIT_PER_IP, window),
        Limit("counseling:email", settings.COUNSELING_RATE_LIMIT_PER_EMAIL, window),
    )


def submission_consume(*, email: str, ip: str) -> bool:
    """Count one submission before it is saved; False when the IP or the address is over its limit."""
    per_ip, per_email = _limits()
    checks = [(per_ip, ip or "unknown")]
    if email:
        checks.append((per_email, email))
    return limit_consume(*checks)
