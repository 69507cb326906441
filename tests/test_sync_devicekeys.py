"""Device keys: made once per profile, kept inside it, public record and sealing."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldguide.sync.devicekeys import (
    DeviceKeyError,
    DeviceKeys,
    PublicKeys,
    device_keys,
    seal,
    verification_code,
)
from tests.test_sync_support import devices


def test_a_profile_keeps_its_keys_inside_its_database(_template_profile: Path, tmp_path: Path) -> None:
    with devices(_template_profile, tmp_path, 2, key=False) as (a, b):
        first = device_keys(a.db)
        assert device_keys(a.db).public == first.public  # stored, not made again
        assert device_keys(b.db).public != first.public
        with a.db.read() as session:
            stored = (
                session.connection()
                .exec_driver_sql("SELECT key FROM meta WHERE key LIKE 'sync.device.%'")
                .fetchall()
            )
        assert sorted(k for (k,) in stored) == ["sync.device.encryption", "sync.device.signing"]
        # Nothing beside the database holds them.
        for path in a.paths.root.rglob("*"):
            if path.is_file() and not path.name.startswith("fieldguide.db"):
                assert first.public.fingerprint.encode() not in path.read_bytes()


def test_sealed_data_opens_only_for_its_recipient_and_its_purpose() -> None:
    alice, bob = DeviceKeys.generate(), DeviceKeys.generate()
    sealed = seal(bob.public, b"epoch key", context=b"team epoch key")
    assert bob.open(sealed, context=b"team epoch key") == b"epoch key"
    with pytest.raises(DeviceKeyError, match="another device"):
        alice.open(sealed, context=b"team epoch key")
    with pytest.raises(DeviceKeyError):
        bob.open(sealed, context=b"shared assessment")
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    with pytest.raises(DeviceKeyError):
        bob.open(bytes(flipped), context=b"team epoch key")
    assert seal(bob.public, b"x", context=b"c") != seal(bob.public, b"x", context=b"c")


def test_public_record_round_trips_and_refuses_damage() -> None:
    keys = DeviceKeys.generate().named("Amina's laptop")
    data = keys.public.to_file()
    assert PublicKeys.from_file(data) == keys.public
    assert b"signing" in data and b"Amina" in data
    with pytest.raises(DeviceKeyError, match="not a Field Guide device key file"):
        PublicKeys.from_file(b"hello")
    other = DeviceKeys.generate().public
    forged = data.replace(keys.public.as_json()["signing"].encode(), other.as_json()["signing"].encode())
    with pytest.raises(DeviceKeyError, match="fingerprint"):
        PublicKeys.from_file(forged)


def test_signatures_verify_with_the_public_key_only() -> None:
    keys = DeviceKeys.generate()
    signature = keys.sign(b"message")
    assert keys.public.verify(signature, b"message")
    assert not keys.public.verify(signature, b"messagE")
    assert not DeviceKeys.generate().public.verify(signature, b"message")
    assert "DeviceKeys(" in repr(keys) and keys.public.fingerprint in repr(keys)


def test_verification_code_is_the_same_on_both_devices_and_differs_for_another_key() -> None:
    a, b, c = (DeviceKeys.generate().public for _ in range(3))
    code = verification_code(a, b)
    assert code == verification_code(b, a)
    assert len(code) == 14 and code.replace(" ", "").isdigit()
    assert verification_code(a, c) != code
