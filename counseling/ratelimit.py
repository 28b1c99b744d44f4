"""Per-address and per-IP submission limits, counted in the cache (no CAPTCHA)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"counseling:submit:{kind}:{digest}"


def _keys(*, email: str, ip: str) -> list[tuple[str, int]]:
    keys = [(_key("ip", ip or "unknown"), settings.COUNSELING_RATE_LIMIT_PER_IP)]
    if email:
        keys.append((_key("email", email), settings.COUNSELING_RATE_LIMIT_PER_EMAIL))
    return keys


def submission_allowed(*, email: str, ip: str) -> bool:
    return all((cache.get(key) or 0) < limit for key, limit in _keys(email=email, ip=ip))


def submission_count(*, email: str, ip: str) -> None:
    window = settings.COUNSELING_RATE_LIMIT_WINDOW
    for key, _limit in _keys(email=email, ip=ip):
        if not cache.add(key, 1, timeout=window):
            try:
                cache.incr(key)
            except ValueError:  # expired in between
                cache.set(key, 1, timeout=window)
