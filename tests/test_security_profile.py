"""Protecting a profile: encrypted at rest, the right passphrase opens it, a wrong one is refused."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import text

from fieldguide.app import open_app
from fieldguide.db.engine import DatabaseLocked, ProfileLocked
from fieldguide.db.models import Assessment, Note, Response
from fieldguide.paths import DataPaths
from fieldguide.security.attempts import TryAgainLater
from fieldguide.security.cipherfile import SQLITE_HEADER, is_encrypted
from fieldguide.security.descriptor import load_descriptor
from fieldguide.security.kdf import KdfParams, WeakPassphrase
from fieldguide.security.profile import PassphraseRequired, ProfileKeys

PASSPHRASE = "olive lantern quietly harbour"
NEW_PASSPHRASE = "seven copper kites at dawn"

# Distinctive words of the notes, as an adviser might write them, in three scripts.
SECRETS = (
    "Zebrafinch-Okonkwo-7731 met the battalion commander",
    "réunion confidentielle à Kidal avec la société civile",
    "اجتماع سري مع العقيد في المعسكر",
)
# What the full-text index keeps of them: lower-cased words without accents.
INDEX_WORDS = ("zebrafinch", "okonkwo", "kidal", "confidentielle", "العقيد")


def cheap_kdf() -> KdfParams:
    # The real parameters cost about 0.3 s a derivation; tests derive many keys.
    return KdfParams.new(iterations=1, memory_kib=8 * 1024)


def write_notes(app, texts: tuple[str, ...] = SECRETS) -> None:  # type: ignore[no-untyped-def]
    """One use case, one transaction each, as the services write."""
    with app.db.write() as session:
        assessment_id = app.recorder.create(session, Assessment, {"title": "Assessment " + texts[0][:12]}).id
    for index, body in enumerate(texts):
        with app.db.write() as session:
            app.recorder.create(
                session, Note, {"target_kind": "section", "target_id": f"s{index}", "body": body}
            )
        with app.db.write() as session:
            app.recorder.create(
                session,
                Response,
                {"assessment_id": assessment_id, "item_id": f"item-{index}", "note": body, "status": "met"},
            )


def note_bodies(app) -> list[str]:  # type: ignore[no-untyped-def]
    with app.db.read() as session:
        return sorted(session.scalars(text("SELECT body FROM note WHERE deleted = 0")).all())


def leaks(root: Path, needles: tuple[str, ...] = SECRETS + INDEX_WORDS) -> list[str]:
    """Every (file, needle, encoding) where a needle appears in the raw bytes of any file under root."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(encoding) in data or needle.lower().encode(encoding) in data:
                    found.append(f"{path.relative_to(root)}: {needle!r} ({encoding})")
    return found


@pytest.fixture
def profile(data_dir: Path):  # type: ignore[no-untyped-def]
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.backups.create("manual")
    yield paths, app
    app.close()


def open_with(paths: DataPaths, passphrase: str):  # type: ignore[no-untyped-def]
    return open_app(paths, key=ProfileKeys(paths).key_from_passphrase(passphrase))


def test_the_leak_check_finds_notes_in_a_plain_profile(profile) -> None:  # type: ignore[no-untyped-def]
    paths, _app = profile
    # The check below must be able to fail: in a plain profile the notes are readable.
    assert leaks(paths.root)


def test_protected_profile_holds_no_note_text_in_any_file(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    # More writes after protecting: they go to the WAL, which must be encrypted too.
    write_notes(app, ("Ostrich-Mbeki-4420 second meeting at the checkpoint",))
    app.backups.create("manual")
    assert "Ostrich-Mbeki-4420 second meeting at the checkpoint" in note_bodies(app)
    assert list(paths.root.rglob("*-wal")), "the WAL is part of what is checked"
    assert leaks(paths.root, SECRETS + INDEX_WORDS + ("Ostrich-Mbeki-4420", "mbeki")) == []
    assert is_encrypted(paths.database)
    assert all(b.encrypted for b in app.backups.list())
    assert paths.database.read_bytes()[:16] != SQLITE_HEADER
    app.close()
    assert leaks(paths.root, SECRETS + INDEX_WORDS + ("Ostrich-Mbeki-4420", "mbeki")) == []


def test_wrong_passphrase_is_refused_and_the_right_one_opens(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    before = paths.database.read_bytes()
    with pytest.raises(PassphraseRequired):
        open_app(paths)
    with pytest.raises(DatabaseLocked, match="wrong passphrase"):
        ProfileKeys(paths).key_from_passphrase("not the passphrase")
    with pytest.raises(DatabaseLocked):
        open_app(paths, key=bytes(32))
    assert paths.database.read_bytes() == before, "a wrong passphrase changes nothing"
    reopened = open_with(paths, PASSPHRASE)
    assert note_bodies(reopened) == sorted(SECRETS)
    reopened.close()


def test_growing_delay_after_repeated_failures(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    now = [1000.0]
    slept: list[float] = []
    keys = ProfileKeys(
        paths,
        schedule=lambda failures: 0.0 if failures < 2 else 10.0 * 2 ** (failures - 2),
        clock=lambda: now[0],
        sleep=slept.append,
    )
    for _ in range(2):
        with pytest.raises(DatabaseLocked):
            keys.key_from_passphrase("wrong guess one")
    assert keys.attempts.wait_needed() == 10.0
    # Refused at once, without even trying the passphrase, while the delay runs.
    with pytest.raises(TryAgainLater, match="try again in 10 seconds"):
        keys.key_from_passphrase(PASSPHRASE)
    now[0] += 10.0
    with pytest.raises(DatabaseLocked):
        keys.key_from_passphrase("wrong guess two")
    assert keys.attempts.wait_needed() == 20.0  # the delay grows
    # The count survives a restart: it lives in profile.json.
    assert ProfileKeys(paths, clock=lambda: now[0]).attempts.failures() == 3
    # A script waits out the delay, then the right passphrase opens and clears the count.
    key = keys.key_from_passphrase(PASSPHRASE, wait=True)
    assert slept == [20.0]
    assert keys.attempts.failures() == 0 and keys.attempts.wait_needed() == 0
    assert len(key) == 32


def test_change_passphrase_and_unprotect(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    first_salt = load_descriptor(paths.root).kdf.salt
    app.profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=cheap_kdf())
    assert load_descriptor(paths.root).kdf.salt != first_salt
    assert load_descriptor(paths.root).previous_kdf is None
    app.close()
    with pytest.raises(DatabaseLocked):
        ProfileKeys(paths).key_from_passphrase(PASSPHRASE)
    app = open_with(paths, NEW_PASSPHRASE)
    assert note_bodies(app) == sorted(SECRETS)
    # Every backup follows the new passphrase: none opens with the old one any more.
    assert all(b.kdf == load_descriptor(paths.root).kdf for b in app.backups.list())
    assert leaks(paths.root) == []
    app.profile.unprotect(NEW_PASSPHRASE)
    app.close()
    assert not is_encrypted(paths.database)
    assert load_descriptor(paths.root).kdf is None
    assert all(not b.encrypted for b in open_app(paths).backups.list())
    plain = open_app(paths)
    assert note_bodies(plain) == sorted(SECRETS)
    plain.close()


def test_refusals_change_nothing(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    with pytest.raises(WeakPassphrase):
        app.profile.protect("short")
    assert not is_encrypted(paths.database)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    with pytest.raises(DatabaseLocked):
        app.profile.change_passphrase("not it at all", NEW_PASSPHRASE)
    with pytest.raises(DatabaseLocked):
        app.profile.unprotect("not it at all")
    assert is_encrypted(paths.database)
    assert note_bodies(app) == sorted(SECRETS)


def test_lock_drops_the_key_and_unlock_needs_the_passphrase(profile) -> None:  # type: ignore[no-untyped-def]
    _paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.profile.lock()
    assert app.db.locked
    assert app.db._key == bytearray(32), "the key held by the Database is wiped"
    with pytest.raises(ProfileLocked):
        note_bodies(app)
    with pytest.raises(DatabaseLocked):
        app.profile.unlock("wrong passphrase here")
    assert app.db.locked
    app.profile.unlock(PASSPHRASE)
    assert note_bodies(app) == sorted(SECRETS)


def test_a_crash_between_descriptor_and_swap_still_opens(profile) -> None:  # type: ignore[no-untyped-def]
    """profile.json may name the new key while the file is still under the old one."""
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    from fieldguide.security.descriptor import save_descriptor

    descriptor = load_descriptor(paths.root)
    save_descriptor(paths.root, descriptor.with_(kdf=cheap_kdf(), previous_kdf=descriptor.kdf))
    app = open_with(paths, PASSPHRASE)
    assert note_bodies(app) == sorted(SECRETS)
    settled = load_descriptor(paths.root)
    assert settled.kdf == descriptor.kdf and settled.previous_kdf is None
    app.close()


def test_lost_descriptor_is_recovered_from_the_backups(profile) -> None:  # type: ignore[no-untyped-def]
    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    (paths.root / "profile.json").unlink()
    app = open_with(paths, PASSPHRASE)
    assert note_bodies(app) == sorted(SECRETS)
    assert load_descriptor(paths.root).kdf is not None
    app.close()


def test_new_profile_created_encrypted_from_the_first_page(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "fresh")
    key = ProfileKeys(paths).prepare_new_profile(PASSPHRASE, cheap_kdf())
    app = open_app(paths, key=key)
    write_notes(app)
    app.close()
    assert is_encrypted(paths.database)
    assert leaks(paths.root) == []
    app = open_with(paths, PASSPHRASE)
    assert note_bodies(app) == sorted(SECRETS)
    app.close()


class _MemoryKeyring:
    """A keyring backend for the test (headless Linux has none)."""

    def __init__(self) -> None:
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            store: ClassVar[dict[tuple[str, str], str]] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.store.pop((service, username), None)

        self.backend = Backend()


def test_remember_on_this_computer(profile, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import keyring

    paths, app = profile
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    # Without a keyring (as here, headless), remembering is refused and the prompt stays.
    keys = ProfileKeys(paths)
    assert keys.remember(keys.key_from_passphrase(PASSPHRASE)) is False
    with pytest.raises(PassphraseRequired):
        open_app(paths)

    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring().backend)
    try:
        assert keys.remember(keys.key_from_passphrase(PASSPHRASE)) is True
        stored = "".join(keyring.get_keyring().store.values())
        assert PASSPHRASE not in stored, "the key is kept, never the passphrase"
        app = open_app(paths)  # opens without asking
        assert note_bodies(app) == sorted(SECRETS)
        app.profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=cheap_kdf())
        app.close()
        app = open_app(paths)  # the remembered key followed the change
        app.close()
        keys.forget()
        with pytest.raises(PassphraseRequired):
            open_app(paths)
    finally:
        keyring.set_keyring(previous)


def test_protect_refuses_while_another_process_has_the_profile_open(profile) -> None:  # type: ignore[no-untyped-def]
    import sqlcipher3.dbapi2 as sqlcipher

    from fieldguide.db.engine import ProfileBusy

    paths, app = profile
    other = sqlcipher.connect(str(paths.database))  # say, a command run beside the GUI
    other.execute("SELECT count(*) FROM note").fetchone()
    try:
        with pytest.raises(ProfileBusy, match="in use by another Field Guide"):
            app.profile.protect(PASSPHRASE, params=cheap_kdf())
    finally:
        other.close()
    assert not is_encrypted(paths.database)
    assert load_descriptor(paths.root).kdf is None
    assert note_bodies(app) == sorted(SECRETS)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    assert is_encrypted(paths.database)


def test_protecting_and_changing_the_passphrase_report_each_whole_file_step(profile) -> None:  # type: ignore[no-untyped-def]
    """Years of a team's work make each step minutes long: the window shows (done, total) as
    the backup, the profile and every backup re-keyed are done, STEP_UNITS a step, only
    forward, to the end (the moves inside a step: tests/test_security_progress.py)."""
    from fieldguide.security.profile import STEP_UNITS

    _paths, app = profile
    app.backups.create("manual")
    plain = len(app.backups.list())
    steps: list[tuple[int, int]] = []
    app.profile.protect(PASSPHRASE, params=cheap_kdf(), progress=lambda d, t: steps.append((d, t)))
    total = (2 + plain + 1) * STEP_UNITS  # a backup first, the profile, then every backup (the new one too)
    assert steps[0] == (0, total) and steps[-1] == (total, total)
    assert {t for _d, t in steps} == {total}
    assert [d for d, _t in steps] == sorted({d for d, _t in steps})
    assert all(b.encrypted for b in app.backups.list())
    steps.clear()
    app.profile.change_passphrase(
        PASSPHRASE, PASSPHRASE + " two", params=cheap_kdf(), progress=lambda d, t: steps.append((d, t))
    )
    total = steps[0][1]
    assert steps[0] == (0, total) and steps[-1] == (total, total) and total >= 3 * STEP_UNITS
    assert [d for d, _t in steps] == sorted({d for d, _t in steps})
