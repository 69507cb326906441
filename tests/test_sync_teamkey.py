"""The epoch key type: its id travels in plain headers and reveals nothing of the secret."""

from __future__ import annotations

import pytest

from fieldguide.sync.teamkey import TeamKey


def test_key_id_is_short_stable_and_reveals_nothing() -> None:
    key = TeamKey(bytes(range(32)))
    assert len(key.key_id) == 16
    int(key.key_id, 16)
    assert TeamKey(bytes(range(32))).key_id == key.key_id
    assert key.key_id not in key.secret.hex()
    assert key.secret.hex() not in repr(key)
    assert TeamKey(bytes(32)).key_id != key.key_id


def test_each_generated_key_is_different() -> None:
    assert TeamKey.generate().secret != TeamKey.generate().secret


def test_team_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        TeamKey(bytes(31))
    with pytest.raises(ValueError):
        TeamKey(bytes(32), label="two\nlines")
