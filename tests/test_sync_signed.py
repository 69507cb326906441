"""Signed changes, the roster and key epochs: what a teammate holding the team's key can no longer do.

The forged change of issue 14: a teammate's laptop crafts a change "from" laptop A
(valid encryption: it holds the epoch key) and drops it where A's bundles go. It is
refused whole, naming the claim, and nothing changes — on the command line too.
A removed laptop cannot read anything written after its removal, yet keeps its own data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from fieldguide.sync.bundle import decode_bundle, read_header
from fieldguide.sync.changelog import derived_id
from fieldguide.sync.devicekeys import DeviceKeys
from fieldguide.sync.merge import Entry
from fieldguide.sync.roster import add_member
from fieldguide.sync.service import SyncError
from fieldguide.sync.state import FieldState, Sibling
from tests.conftest import run_cli
from tests.test_sync_support import crafted_bundle, database_content, devices, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 3, key=False) as apps:
        for app, name in zip(apps, ("Amina's laptop", "Brian's laptop", "Chloé's laptop"), strict=True):
            app.sync.set_device_name(name)
        from tests.test_sync_support import enrol

        enrol(apps)
        yield apps


def send(source: App, target: App, path: Path, *, everything: bool = False) -> None:
    exported = source.sync.export_file(path, everything=everything)
    if exported.path is not None:
        target.sync.apply_file(path)


def note_of(app: App, assessment: str) -> str:
    return next(r.note for r in app.assessments.get(assessment).responses if r.note) or ""


def test_a_forged_change_is_refused_whole_and_changes_nothing(three: list[App], tmp_path: Path) -> None:
    amina, brian, chloe = three
    assessment = amina.assessments.create([CHECKLIST], "Witness interviews, Bambari")
    item = amina.catalog.checklist(CHECKLIST).items[0].id
    amina.assessments.answer(assessment, item, note="Witness W-3 confirmed the date.")
    for target in (brian, chloe):
        send(amina, target, tmp_path / f"to-{target.device_id[:4]}.fgsync", everything=True)

    # Brian crafts a change that claims Amina's laptop wrote it, later than her note, and a
    # correctly signed change of his own beside it (to show the whole bundle goes).
    response = derived_id("response", assessment, item)
    later = "9999999999999-000000"
    forged = Entry(
        "response",
        response,
        "note",
        FieldState({amina.device_id: later}, (Sibling(later, amina.device_id, "Nothing confirmed."),)),
    )
    honest_clock = brian.recorder.clock.tick()
    honest = Entry(
        "assessment",
        assessment,
        "title",
        FieldState({brian.device_id: honest_clock}, (Sibling(honest_clock, brian.device_id, "Renamed"),)),
    )
    path = tmp_path / "forged.fgsync"
    path.write_bytes(crafted_bundle(brian, [honest, forged], signer=brian.sync.device_keys()))
    # Valid encryption: the bundle opens with the team's key.
    key = chloe.sync.writing_key()
    assert key is not None and read_header(path.read_bytes()).key_id == key.key_id
    assert len(decode_bundle(path.read_bytes(), key=key).changes) == 2

    before = database_content(chloe)
    with pytest.raises(SyncError) as caught:
        chloe.sync.apply_file(path)
    message = str(caught.value)
    assert message == (
        "forged.fgsync: refused: a change claims to come from Amina's laptop but is not signed by that "
        "device's key; nothing was applied"
    )
    assert database_content(chloe) == before
    assert note_of(chloe, assessment) == "Witness W-3 confirmed the date."

    result = run_cli("sync", "apply", path, data_dir=chloe.paths.root)
    assert result.returncode == 1 and result.stderr.strip().splitlines() == [f"fieldguide: {message}"]
    assert database_content(chloe) == before

    # Dropped into a shared folder where Amina's bundles go: skipped with the same line.
    shared = tmp_path / "usb"
    amina.sync.sync_folder(shared_folder(shared), first=True)
    from tests.test_sync_support import tag

    (
        shared / "fieldguide-sync" / "v1" / tag(amina) / "0f8fad5b-d9cb-469f-a165-708677289501.fgsync"
    ).write_bytes(path.read_bytes())
    outcome = chloe.sync.sync_folder(shared)
    assert any("not signed by that device's key" in s.reason for s in outcome.skipped)
    assert note_of(chloe, assessment) == "Witness W-3 confirmed the date."


def shared_folder(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def test_a_bundle_without_its_senders_signature_or_with_altered_proofs_is_refused(
    three: list[App], tmp_path: Path
) -> None:
    amina, brian, _chloe = three
    assessment = amina.assessments.create([CHECKLIST], "Checkpoint visit")
    good = amina.sync.export_file(tmp_path / "good.fgsync", everything=True)
    assert good.path is not None
    key = amina.sync.writing_key()
    assert key is not None
    decoded = decode_bundle(good.path.read_bytes(), key=key)
    from fieldguide.sync.bundle_writing import encode_bundle

    writes = {dot: (bytes(64), others) for dot, (_sig, others) in decoded.signed.writes.items()}
    for name, data, claim in (
        # Signed by nobody: the sender's own signature is missing.
        (
            "unsigned",
            encode_bundle(
                list(decoded.changes),
                device=amina.device_id,
                key=key,
                writes=decoded.signed.writes,
                ids=decoded.signed.ids,
                roster=decoded.signed.roster,
            ),
            "Amina's laptop",
        ),
        # Every write's signature zeroed.
        (
            "zeroed",
            encode_bundle(
                list(decoded.changes),
                device=amina.device_id,
                key=key,
                signer=amina.sync.device_keys(),
                writes=writes,
                ids=decoded.signed.ids,
                roster=decoded.signed.roster,
            ),
            "Amina's laptop",
        ),
    ):
        path = tmp_path / f"{name}.fgsync"
        path.write_bytes(data)
        before = database_content(brian)
        with pytest.raises(SyncError, match=rf"{claim}.*nothing was applied"):
            brian.sync.apply_file(path)
        assert database_content(brian) == before
    brian.sync.apply_file(good.path)
    assert brian.assessments.get(assessment).title == "Checkpoint visit"


def test_relayed_changes_keep_their_writers_signatures(three: list[App], tmp_path: Path) -> None:
    amina, brian, chloe = three
    assessment = amina.assessments.create([CHECKLIST], "Relayed through Brian")
    send(amina, brian, tmp_path / "a.fgsync")
    brian.assessments.add_action(assessment, "Brian's follow-up")
    send(brian, chloe, tmp_path / "b.fgsync", everything=True)  # Amina's work reaches Chloé via Brian
    assert user_data(chloe) == user_data(brian)
    assert chloe.assessments.get(assessment).title == "Relayed through Brian"


def test_a_removed_laptop_cannot_read_what_is_written_after_but_keeps_its_own_data(
    three: list[App], tmp_path: Path
) -> None:
    amina, brian, chloe = three
    assessment = brian.assessments.create([CHECKLIST], "Brian's field notes")
    send(brian, amina, tmp_path / "from-brian.fgsync")
    send(amina, chloe, tmp_path / "to-chloe-1.fgsync", everything=True)
    old = amina.sync.export_file(tmp_path / "before-removal.fgsync", everything=True)
    assert old.path is not None

    removed = amina.sync.remove_member(amina.sync.find_member("Brian's laptop"), lost=True)
    assert removed.epoch == 2 and [m.name for m in removed.members] == ["Amina's laptop", "Chloé's laptop"]
    amina.assessments.create([CHECKLIST], "Written after Brian's laptop was lost")
    after = amina.sync.export_file(tmp_path / "after-removal.fgsync", everything=True)
    assert after.path is not None

    # Brian's laptop cannot open it: not with the old key, not through the seals.
    before = database_content(brian)
    with pytest.raises(SyncError, match="made with another team key"):
        brian.sync.apply_file(after.path)
    assert database_content(brian) == before
    assert b"Written after" not in after.path.read_bytes()
    # ...but still has its own data, and what it had before.
    assert brian.assessments.get(assessment).title == "Brian's field notes"
    # Chloé learns the new epoch from the bundle itself and reads it; earlier epochs too.
    chloe.sync.apply_file(after.path)
    assert chloe.sync.roster().epoch == 2  # type: ignore[union-attr]
    assert "Written after Brian's laptop was lost" in [s.title for s in chloe.assessments.list()]
    chloe.sync.apply_file(old.path)
    # A bundle Brian makes now (under the old key) is refused by the team: he is no member.
    brian.assessments.create([CHECKLIST], "Made after removal")
    late = brian.sync.export_file(tmp_path / "late.fgsync")
    assert late.path is not None
    snapshot = database_content(amina)
    with pytest.raises(SyncError, match=r"Brian's laptop.*nothing was applied"):
        amina.sync.apply_file(late.path)
    assert database_content(amina) == snapshot


def test_a_roster_change_not_signed_by_a_member_is_refused(three: list[App], tmp_path: Path) -> None:
    amina, brian, _chloe = three
    mallory = DeviceKeys.generate().named("Mallory")
    # Brian's laptop forges the next roster version adding Mallory, signed by Mallory.
    from fieldguide.sync import roster as module
    from fieldguide.sync.keyring import roster_documents, set_roster_documents

    current = brian.sync.roster()
    assert current is not None
    forged = module._sign(
        mallory,
        team=current.team,
        name=current.name,
        seq=current.seq + 1,
        epoch=current.epoch,
        previous=current.digest,
        members=[*current.members, module.Member(mallory.public, "")],
        removed=[],
    )
    with brian.db.write() as session:
        set_roster_documents(session, [*roster_documents(session), forged])
    with pytest.raises(SyncError, match="damaged"):
        brian.sync.roster()  # brian's own check refuses it too
    with brian.db.write() as session:
        set_roster_documents(session, roster_documents(session)[:-1])
    brian.assessments.create([CHECKLIST], "Carrier")
    data = crafted_bundle(brian, [])
    from fieldguide.sync.bundle_writing import encode_bundle

    key = brian.sync.writing_key()
    assert key is not None
    decoded = decode_bundle(data, key=key)
    with brian.db.read() as session:
        chain = [*roster_documents(session), forged]
    path = tmp_path / "roster.fgsync"
    path.write_bytes(
        encode_bundle(
            [],
            device=brian.device_id,
            key=key,
            signer=brian.sync.device_keys(),
            ids=decoded.signed.ids,
            roster=chain,
        )
    )
    before = database_content(amina)
    with pytest.raises(SyncError, match="its team roster is not signed by a member"):
        amina.sync.apply_file(path)
    assert database_content(amina) == before
    # Signed by a member, the same addition is accepted and travels.
    added = add_member(current, brian.sync.device_keys(), mallory.public)
    assert [m.name for m in added.members][-1] == "Mallory"


def test_a_restored_backup_keeps_working_in_its_team_under_a_new_id(three: list[App], tmp_path: Path) -> None:
    amina, brian, _chloe = three
    amina.assessments.create([CHECKLIST], "Before the backup")
    send(amina, brian, tmp_path / "1.fgsync")
    amina.close()
    copy = tmp_path / "copied"
    shutil.copytree(amina.paths.root, copy)
    restored = open_app(DataPaths(copy), install_starter=False)
    try:
        assert restored.device_id != amina.device_id  # a copy is a new device...
        member = brian.sync.roster().members[0]  # type: ignore[union-attr]
        assert restored.sync.device_keys().public.signing == member.keys.signing  # the same keys
        restored.assessments.create([CHECKLIST], "Written on the copy")
        send(restored, brian, tmp_path / "2.fgsync")  # ...whose changes its teammates accept
        assert "Written on the copy" in [s.title for s in brian.assessments.list()]
        # The new id is made from the key: it proves itself, and no other key can claim it.
        from fieldguide.sync.keyring import bindings
        from fieldguide.sync.signing import device_id_for

        with brian.db.read() as session:
            binding = bindings(session)[restored.device_id]
        assert device_id_for(member.keys.signing, binding.nonce) == restored.device_id
        assert device_id_for(brian.sync.device_keys().public.signing, binding.nonce) != restored.device_id
    finally:
        restored.close()


def test_roster_changes_travel_in_bundles_even_without_other_changes(
    _template_profile: Path, tmp_path: Path
) -> None:
    from tests.test_sync_support import admit, enrol

    with devices(_template_profile, tmp_path, 3, key=False) as (amina, brian, chloe):
        for app, name in zip((amina, brian, chloe), ("Amina", "Brian", "Chloé"), strict=True):
            app.sync.set_device_name(name)
        enrol([amina, brian])
        amina.assessments.create([CHECKLIST], "Shared")
        send(amina, brian, tmp_path / "1.fgsync")
        admit(amina, chloe)  # Brian has not heard of Chloé yet
        assert [m.name for m in brian.sync.members()] == ["Amina", "Brian"]
        # Her next bundle tells the team.
        news = amina.sync.export_file(tmp_path / "2.fgsync")
        assert news.path is not None
        brian.sync.apply_file(news.path)
        assert [m.name for m in brian.sync.members()] == ["Amina", "Brian", "Chloé"]
        # A removal, through a shared folder where Amina has nothing else new to leave:
        shared = shared_folder(tmp_path / "usb")
        amina.sync.sync_folder(shared, first=True)
        assert amina.sync.sync_folder(shared).written == []
        amina.sync.remove_member(amina.sync.find_member("Chloé"), lost=False)
        assert len(amina.sync.sync_folder(shared).written) == 1  # a bundle for the roster alone
        assert amina.sync.sync_folder(shared).written == []  # said once
        brian.sync.sync_folder(shared)
        roster = brian.sync.roster()
        assert (
            roster is not None
            and roster.epoch == 2
            and [m.name for m in roster.members] == ["Amina", "Brian"]
        )
        assert brian.sync.writing_key() == amina.sync.writing_key()


def test_two_members_admitting_at_the_same_time_both_keep_their_newcomer(
    _template_profile: Path, tmp_path: Path
) -> None:
    from tests.test_sync_support import admit, enrol

    with devices(_template_profile, tmp_path, 4, key=False) as (amina, brian, chloe, dara):
        for app, name in zip((amina, brian, chloe, dara), ("Amina", "Brian", "Chloé", "Dara"), strict=True):
            app.sync.set_device_name(name)
        enrol([amina, brian])
        admit(amina, chloe)  # offline, on each side
        admit(brian, dara)
        send(amina, brian, tmp_path / "a.fgsync", everything=True)
        send(brian, amina, tmp_path / "b.fgsync", everything=True)
        send(amina, brian, tmp_path / "a2.fgsync", everything=True)
        everyone = ["Amina", "Brian", "Chloé", "Dara"]
        for app in (amina, brian):
            assert sorted(m.name for m in app.sync.members()) == everyone
        assert amina.sync.roster() == brian.sync.roster()
        # Both newcomers read the team's bundles.
        amina.assessments.create([CHECKLIST], "For everyone")
        for newcomer in (chloe, dara):
            send(amina, newcomer, tmp_path / f"to-{newcomer.device_id[:4]}.fgsync", everything=True)
            assert "For everyone" in [s.title for s in newcomer.assessments.list()]
