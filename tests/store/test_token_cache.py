"""A process remembers known tokens for a second when its store is across a network, unknown ones never."""

from __future__ import annotations

from mock_server.http.tokens import TokenCache


def test_known_tokens_are_remembered_for_the_ttl_only() -> None:
    now = [100.0]
    cache = TokenCache(ttl=1.0, clock=lambda: now[0])
    assert cache.get("t") is None
    cache.put("t", "demo")
    now[0] += 0.9
    assert cache.get("t") == "demo"
    now[0] += 0.2
    assert cache.get("t") is None


def test_clearing_forgets_every_token() -> None:
    cache = TokenCache()
    cache.put("t", "demo")
    cache.clear()
    assert cache.get("t") is None
