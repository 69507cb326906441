"""Wrong clocks: they can neither lock anyone out nor win forever, and people are told.

Order comes from what each device had seen, so a bundle dated in the future is applied
like any other; this device's own clock follows a remote one only up to
``CLOCK_BOUND_MS`` ahead of its own; and both devices are told, with both dates, when
a bundle is dated further ahead than that. Each case sets one device's clock wrong
(its hybrid clock's wall time) and checks what both sides hold and say.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fieldguide.app import App
from fieldguide.sync.exchange import CLOCK_BOUND_MS
from fieldguide.sync.hlc import parse_hlc
from tests.test_sync_support import devices

CHECKLIST = "ssr-national-ownership-tips"
HOUR = 3600 * 1000
DAY = 24 * HOUR


def set_clock(app: App, offset_ms: int) -> None:
    app.recorder.clock._wall_ms = lambda: time.time_ns() // 1_000_000 + offset_ms


class Team:
    def __init__(self, apps: list[App], directory: Path) -> None:
        self.apps = apps
        self.directory = directory
        self.count = 0

    def send(self, source: App, target: App) -> tuple[str, ...]:
        self.count += 1
        path = self.directory / f"{self.count}.fgsync"
        result = source.sync.export_file(path, for_device=target.device_id)
        if result.path is None:
            return ()
        return target.sync.apply_file(path).warnings


def note_of(app: App, assessment: str, item: str) -> str:
    return next(r.note for r in app.assessments.get(assessment).responses if r.item_id == item)


def dot_of(app: App, assessment: str, item: str) -> int:
    from fieldguide.db.models import Response
    from fieldguide.sync.changelog import derived_id
    from fieldguide.sync.rows import state_of

    with app.db.read() as session:
        row = session.get(Response, derived_id("response", assessment, item))
        winner = state_of(row, "note").winner
        assert winner is not None
        return parse_hlc(winner.hlc)[0]


@pytest.mark.parametrize(
    ("offset", "warned"),
    [(-400 * DAY, True), (23 * HOUR, True), (46 * HOUR, True), (400 * DAY, True), (10 * 60 * 1000, False)],
    ids=["-400d", "+23h", "+46h", "+400d", "+10min"],
)
def test_a_wrong_clock_locks_no_one_out_and_never_wins_over_a_later_edit(
    _template_profile: Path, tmp_path: Path, offset: int, warned: bool
) -> None:
    with devices(_template_profile, tmp_path, 2) as (right, wrong):
        right.sync.set_device_name("Amina's laptop")
        wrong.sync.set_device_name("Bruno's laptop")
        set_clock(wrong, offset)
        team = Team([right, wrong], tmp_path)
        assessment = right.assessments.create([CHECKLIST], "Bangui")
        item = right.catalog.checklist(CHECKLIST).items[0].id
        team.send(right, wrong)

        # The device with the wrong clock edits; its bundle is applied, with a warning
        # naming both dates when it is dated ahead.
        wrong.assessments.answer(assessment, item, note="from the wrong clock")
        warnings = team.send(wrong, right)
        assert note_of(right, assessment, item) == "from the wrong clock"
        if warned and offset > 0:
            assert len(warnings) == 1 and "Bruno's laptop" in warnings[0]
            assert warnings[0].count("UTC") == 2  # both dates
        else:
            assert warnings == ()
        # This device's clock did not follow it further than the bound.
        right.assessments.answer(assessment, item, note="a later edit, having seen it")
        ahead = dot_of(right, assessment, item) - time.time_ns() // 1_000_000
        assert ahead <= CLOCK_BOUND_MS + 60_000
        # A later edit wins whatever the clocks say, on both devices, with no conflict.
        team.send(right, wrong)
        assert note_of(wrong, assessment, item) == "a later edit, having seen it"
        wrong.assessments.answer(assessment, item, note="and the wrong clock answers")
        team.send(wrong, right)
        team.send(right, wrong)
        for app in (right, wrong):
            assert note_of(app, assessment, item) == "and the wrong clock answers"
            assert app.sync.conflicts() == []
        # Both are told, with both dates: the device with the wrong clock too.
        if warned:
            told = wrong.sync.status().clock_warning if offset > 0 else right.sync.status().clock_warning
            assert told is not None and told.count("UTC") == 2

        # The clock is fixed: bundles flow without a word, and the warnings go away.
        set_clock(wrong, 0)
        wrong.assessments.answer(assessment, item, note="clock fixed")
        assert team.send(wrong, right) == ()
        right.assessments.answer(assessment, item, note="back to normal")
        assert team.send(right, wrong) == ()
        wrong.assessments.answer(assessment, item, note="back to normal")
        assert team.send(wrong, right) == ()  # a round trip carries the all-clear both ways
        assert right.sync.status().clock_warning is None
        assert wrong.sync.status().clock_warning is None
        assert note_of(wrong, assessment, item) == "back to normal"


def test_three_devices_with_one_running_a_day_then_two_ahead_keep_syncing(
    _template_profile: Path, tmp_path: Path
) -> None:
    """Issue 13: one laptop 23 h (then 46 h) fast made correct laptops refuse each other."""
    with devices(_template_profile, tmp_path, 3) as (a, b, fast):
        team = Team([a, b, fast], tmp_path)
        assessment = a.assessments.create([CHECKLIST], "Bangui")
        item = a.catalog.checklist(CHECKLIST).items[0].id
        for target in (b, fast):
            team.send(a, target)
        for offset in (23 * HOUR, 46 * HOUR):
            set_clock(fast, offset)
            fast.assessments.answer(assessment, item, status="met")
            team.send(fast, a)
            team.send(fast, b)
            a.assessments.answer(assessment, item, status="not-met")  # later, having seen "met"
            later = next(r.status for r in a.assessments.get(assessment).responses if r.item_id == item)
            warnings = team.send(a, b) + team.send(b, a)
            assert warnings == ()  # correct clocks never blame each other
            team.send(a, fast)
            for app in (a, b, fast):
                status = next(
                    r.status for r in app.assessments.get(assessment).responses if r.item_id == item
                )
                assert status == later != "met"
                assert app.sync.conflicts() == []
