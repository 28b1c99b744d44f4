"""Per-address and per-IP limits of counseling (no CAPTCHA), on the portal's atomic rate limit:
the request form's submissions and the readiness check's posted steps."""

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


def readiness_limit() -> Limit:
    return Limit(
        "readiness:ip", settings.READINESS_RATE_LIMIT_PER_IP, settings.READINESS_RATE_LIMIT_WINDOW
    )


def readiness_step_consume(*, ip: str) -> bool:
    """Count one posted step of the readiness check (the last one saves a result) before it
    is read; False when the IP is over its limit."""
    return limit_consume((readiness_limit(), ip or "unknown"))
