"""The one atomic rate limit (portal/ratelimit.py): exact under parallel load, in a real Redis."""

import threading

from portal.ratelimit import Limit, limit_consume


def _in_parallel(count: int, attempt) -> list:
    results = []
    barrier = threading.Barrier(count)
    lock = threading.Lock()

    def run():
        barrier.wait()
        outcome = attempt()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_forty_parallel_attempts_pass_exactly_the_limit_in_redis(redis_cache):
    limit = Limit("test:parallel", 10, 60)

    results = _in_parallel(40, lambda: limit_consume((limit, "198.51.100.7")))

    assert results.count(True) == 10
    assert results.count(False) == 30


def test_every_check_is_counted_even_when_one_is_over(redis_cache):
    per_ip = Limit("test:ip", 1, 60)
    per_email = Limit("test:email", 5, 60)
    assert limit_consume((per_ip, "203.0.113.1"), (per_email, "a@example.com"))
    assert not limit_consume((per_ip, "203.0.113.1"), (per_email, "a@example.com"))
    for _ in range(3):
        assert limit_consume((per_ip, f"203.0.113.{_ + 2}"), (per_email, "A@example.com "))
    # Two from the first IP and three from others: the address is at five, its limit.
    assert not limit_consume((per_ip, "203.0.113.9"), (per_email, "a@example.com"))
