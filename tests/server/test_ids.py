"""New resources get seeded version-4 UUIDs, formatted exactly as the uuid module would."""

from __future__ import annotations

import random
import uuid

from mock_server.clock import IdFactory


def test_ids_are_the_uuid4s_of_the_seeded_draws() -> None:
    ids, draws = IdFactory(7), random.Random(7)
    for _ in range(20_000):
        expected = uuid.UUID(int=draws.getrandbits(128), version=4)
        made = ids.new()
        assert made == str(expected)
        assert uuid.UUID(made).version == 4 and uuid.UUID(made).variant == uuid.RFC_4122


def test_the_same_seed_gives_the_same_ids_and_another_seed_others() -> None:
    first, again, other = IdFactory(1), IdFactory(1), IdFactory(2)
    sequence = [first.new() for _ in range(100)]
    assert sequence == [again.new() for _ in range(100)]
    assert not set(sequence) & {other.new() for _ in range(100)}
    assert len(set(sequence)) == 100
