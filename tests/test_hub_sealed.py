"""A seized hub gives away no note: bundles made by the app are unreadable in PostgreSQL.

Real bundles (a note naming a witness, written in the app and synced to a folder) are pushed
to a hub; then the whole PostgreSQL data directory (tables, WAL, everything) and a
``pg_dump`` of the hub's database are searched for the note's words, and none is found. As
a control, the same search finds what the hub does store in clear (the bundle ids), and a
teammate who receives the hub's bytes reads the note.
"""

from __future__ import annotations

from pathlib import Path

from fieldguide.sync import folder as layout
from tests.hub_support import HubServer, PatientDevice
from tests.test_hub_api import new_team
from tests.test_sync_support import devices, user_data

CHECKLIST = "ssr-national-ownership-tips"
NOTE = "Témoin Amani Nyiragongo-Kabarebe a vu le convoi au pont de Kalehe"
WORDS = ["Nyiragongo-Kabarebe", "Amani", "convoi au pont", "Kalehe"]


def found_in(blobs: list[bytes], text: str) -> bool:
    needles = {text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")}
    return any(needle in blob for blob in blobs for needle in needles)


def test_no_note_text_is_found_in_the_hubs_data_directory_or_its_dump(
    hub: HubServer, _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 2) as (writer, teammate):
        usb = tmp_path / "usb"
        usb.mkdir()
        assessment = writer.assessments.create([CHECKLIST], "Suivi Kalehe")
        item = writer.catalog.checklist(CHECKLIST).items[0].id
        writer.assessments.answer(assessment, item, status="met", note=NOTE)
        writer.assessments.add_action(assessment, "Rappeler Amani Nyiragongo-Kabarebe")
        writer.sync.sync_folder(usb, first=True)
        files = sorted(p for p in layout.sync_root(usb).rglob("*.fgsync") if p.is_file())
        assert files, "the app wrote no bundle"

        team, _members, (a, b), _roster = new_team(hub)
        pusher = PatientDevice(hub, a.headers["Authorization"].split()[1], team)
        for path in files:
            pusher.push(_bundle_id(path), path.read_bytes())
        hub.postgres.checkpoint()  # everything in the table files too, not only in the WAL

        blobs = [p.read_bytes() for p in hub.postgres.data_files()]
        blobs.append(hub.postgres.log.read_bytes())
        dump = hub.postgres.pg_dump(hub.database)
        for word in WORDS:
            assert not found_in(blobs, word), f"{word!r} is readable in PostgreSQL's files"
            assert not found_in([dump], word), f"{word!r} is readable in pg_dump's output"
        # The control: the same search does find what the hub keeps in clear.
        first_id = _bundle_id(files[0])
        assert found_in(blobs, first_id) and found_in([dump], first_id)

        # And the hub's bytes do carry the note: a teammate who receives them reads it.
        reader = PatientDevice(hub, b.headers["Authorization"].split()[1], team)
        _cursors, received = reader.pull_everything()
        relay = tmp_path / "relay"
        for path in files:
            target = relay / path.relative_to(usb)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(received[_bundle_id(path)])
        teammate.sync.sync_folder(relay)
        notes = [row.get("note") for row in user_data(teammate)["response"].values()]
        assert NOTE in notes


def _bundle_id(path: Path) -> str:
    """The bundle's id, the end of its file name (<hlc>-<bundle id>.fgsync)."""
    return path.stem[-36:]
