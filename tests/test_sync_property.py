"""Three devices, random work and random bundle exchanges: everyone ends with the same data, no words lost.

Hypothesis draws a sequence of operations: edits on one of three devices (through the
assessment and annotation services, plus a shared note written through the Recorder as
a shared-notes editor would), exports, and deliveries of any bundle made so far to any
device (so bundles arrive duplicated, reordered, or at the device that made them).
At the end every device exports and applies everything until nothing new is left, and:

- every synced table holds the same rows, fields and field clocks on all three devices;
- every text a device saved is still current, kept in a conflict, or was knowingly
  replaced (someone edited a version that held it).
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldguide.app import App
from fieldguide.db.models import Action, Assessment, Note
from fieldguide.errors import UserError
from fieldguide.sync.changelog import derived_id
from tests.test_sync_support import devices, unkept_texts, user_data

CHECKLIST = "ssr-national-ownership-tips"
SECTIONS = ("ssr-national-ownership/principles", "ssr-national-ownership/why")
# Values with an exact place on every scale but a question's (scales.exact), the gap too.
STATUSES = ("met", "not-met", "not-applicable", "not-assessed")

# Few distinct words, so devices sometimes write the same text.
words = st.lists(
    st.sampled_from(["vetting", "sécurité", "الأمن", "police", "budget", "x"]), min_size=1, max_size=3
)
texts = words.map(" ".join)
device = st.integers(0, 2)
index = st.integers(0, 20)

operations = st.one_of(
    st.tuples(st.just("new_assessment"), device, texts),
    st.tuples(
        st.just("edit_assessment"), device, index, st.sampled_from(["title", "summary", "country"]), texts
    ),
    st.tuples(
        st.just("answer"), device, index, st.integers(0, 2), st.sampled_from(["note", "evidence"]), texts
    ),
    st.tuples(st.just("status"), device, index, st.integers(0, 2), st.sampled_from(STATUSES)),
    st.tuples(st.just("add_action"), device, index, texts),
    st.tuples(st.just("edit_action"), device, index, texts),
    st.tuples(st.just("action_done"), device, index, st.booleans()),
    st.tuples(st.just("delete_action"), device, index),
    st.tuples(st.just("restore_action"), device, index),
    st.tuples(st.just("delete_assessment"), device, index),
    st.tuples(st.just("undelete_assessment"), device, index),
    st.tuples(st.just("section_note"), device, st.integers(0, 1), st.one_of(texts, st.just(""))),
    st.tuples(st.just("shared_note"), device, index, texts),
    st.tuples(st.just("bookmark"), device, st.integers(0, 1)),
    st.tuples(st.just("resolve"), device, index, st.sampled_from(["mine", "theirs", "both"])),
    st.tuples(st.just("export"), device),
    st.tuples(st.just("export"), device),
    st.tuples(st.just("deliver"), index, device),
    st.tuples(st.just("deliver"), index, device),
)


def _pick(app: App, model: type, idx: int, *, deleted: bool | None = False) -> str | None:
    with app.db.read() as session:
        query = select(model.id).order_by(model.id)  # type: ignore[attr-defined]
        if deleted is not None:
            query = query.where(model.deleted.is_(deleted))  # type: ignore[attr-defined]
        ids = list(session.scalars(query))
    return ids[idx % len(ids)] if ids else None


class Team:
    def __init__(self, apps: list[App], directory: Path) -> None:
        self.apps = apps
        self.directory = directory
        self.bundles: list[Path] = []
        items = apps[0].catalog.checklist(CHECKLIST).items
        self.items = [item.id for item in items[:3]]

    def export(self, app: App) -> None:
        path = self.directory / f"bundle-{len(self.bundles)}.fgsync"
        if app.sync.export_file(path).path is not None:
            self.bundles.append(path)

    def run(self, op: tuple[Any, ...]) -> None:
        name = op[0]
        if name == "deliver":
            if self.bundles:
                self.apps[op[2]].sync.apply_file(self.bundles[op[1] % len(self.bundles)])
            return
        app = self.apps[op[1]]
        if name == "export":
            self.export(app)
            return
        # The service may refuse (a final or deleted assessment): then nothing was written.
        with contextlib.suppress(UserError):
            self._edit(app, name, op[2:])

    def _edit(self, app: App, name: str, args: tuple[Any, ...]) -> None:
        work = app.assessments
        if name == "new_assessment":
            work.create([CHECKLIST], args[0])
        elif name in (
            "edit_assessment",
            "answer",
            "status",
            "add_action",
            "delete_assessment",
            "shared_note",
        ):
            assessment = _pick(app, Assessment, args[0])
            if assessment is None:
                return
            if name == "edit_assessment":
                work.update(assessment, **{args[1]: args[2]})
            elif name == "answer":
                work.answer(assessment, self.items[args[1]], **{args[2]: args[3]})
            elif name == "status":
                work.answer(assessment, self.items[args[1]], status=args[2])
            elif name == "add_action":
                work.add_action(assessment, args[1])
            elif name == "delete_assessment":
                work.delete(assessment)
            else:
                self._shared_note(app, assessment, args[1])
        elif name == "undelete_assessment":
            assessment = _pick(app, Assessment, args[0], deleted=True)
            if assessment is not None:
                work.undelete(assessment)
        elif name in ("edit_action", "action_done", "delete_action"):
            action = _pick(app, Action, args[0])
            if action is None:
                return
            if name == "edit_action":
                work.update_action(action, text=args[1])
            elif name == "action_done":
                work.update_action(action, done=args[1])
            else:
                work.delete_action(action)
        elif name == "restore_action":
            action = _pick(app, Action, args[0], deleted=True)
            if action is not None:
                work.restore_action(action)
        elif name == "section_note":
            app.annotations.save_note("section", SECTIONS[args[0]], args[1])
        elif name == "bookmark":
            app.annotations.toggle_bookmark("section", SECTIONS[args[0]])
        elif name == "resolve":
            conflicts = app.sync.conflicts()
            if conflicts:
                app.sync.resolve(conflicts[args[0] % len(conflicts)].id, args[1])
        else:
            raise AssertionError(name)

    @staticmethod
    def _shared_note(app: App, assessment: str, body: str) -> None:
        # One note per assessment that every device edits: the same id everywhere.
        note_id = derived_id("shared-note", assessment)
        with app.db.write() as session:
            note = session.get(Note, note_id)
            if note is None:
                app.recorder.create(
                    session,
                    Note,
                    {
                        "target_kind": "assessment",
                        "target_id": assessment,
                        "assessment_id": assessment,
                        "body": body,
                    },
                    row_id=note_id,
                )
            else:
                app.recorder.update(session, note, {"body": body})

    def settle(self) -> int:
        """Exchange everything until no device has anything new to send; returns the rounds."""
        for rounds in range(1, 8):
            before = len(self.bundles)
            for app in self.apps:
                self.export(app)
            fresh = self.bundles[before:]
            if not fresh:
                return rounds
            # Every bundle ever made reaches every device, each in its own order.
            for position, app in enumerate(self.apps):
                order = self.bundles if position % 2 else list(reversed(self.bundles))
                for bundle in order:
                    app.sync.apply_file(bundle)
        raise AssertionError("the devices kept producing new changes")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ops=st.lists(operations, min_size=10, max_size=60))
def test_three_devices_converge_and_no_text_is_lost(
    _template_profile: Path, ops: list[tuple[Any, ...]]
) -> None:
    with (
        tempfile.TemporaryDirectory(prefix="fg-sync-") as tmp,
        devices(_template_profile, Path(tmp), 3) as apps,
    ):
        team = Team(apps, Path(tmp))
        # A common start, as after a team meeting: one assessment, one action, one shared
        # note on every device, so that the random work has things to disagree about.
        for op in [
            ("new_assessment", 0, "Province North"),
            ("add_action", 0, 0, "Meet the governor"),
            ("shared_note", 0, 0, "Agenda"),
            ("export", 0),
            ("deliver", 0, 1),
            ("deliver", 0, 2),
        ]:
            team.run(op)
        for op in ops:
            team.run(op)
        team.settle()
        first = user_data(apps[0])
        event(f"conflicts: {min(len(first['conflict']), 3)}{'+' if len(first['conflict']) >= 3 else ''}")
        deleted = sum(r["deleted"] for t in first.values() for r in t.values())
        event(f"deleted rows: {min(deleted, 2)}{'+' if deleted >= 2 else ''}")
        event(f"resurrections: {sum(c['field'] == 'deleted' for c in first['conflict'].values())}")
        assert user_data(apps[1]) == first
        assert user_data(apps[2]) == first
        assert unkept_texts(apps) == []
        for app in apps:
            assert app.sync.status().pending_changes == 0
