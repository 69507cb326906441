"""Syncing with a shared folder: apply teammates' new bundles, then write this device's
(a stage of ``SyncService``). The folder is untrusted (``sync.folder``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from fieldguide.db.models import ChangeLog, SyncReceived, SyncSent
from fieldguide.i18n import _
from fieldguide.sync.changelog import now_iso
from fieldguide.sync.exchange import (
    BUNDLE_STEPS,
    FIRST_META,
    FOLDER_META,
    FolderResult,
    Progress,
    Skipped,
    SyncError,
    covered_through,
    disk_guard,
    get_meta,
    set_meta,
)
from fieldguide.sync.receiving import Receiving
from fieldguide.sync.sending import Sending

if TYPE_CHECKING:
    from fieldguide.sync.merge import Share
    from fieldguide.sync.teamkey import TeamKey

__all__ = ["FOLDER_BUNDLE_CHANGES", "FolderSync"]

#: Most field states in one bundle written to a folder; larger backlogs become several files.
FOLDER_BUNDLE_CHANGES = 100_000


class FolderSync(Sending, Receiving):
    """A shared folder: both directions, bundles in before bundles out."""

    # --- folder --------------------------------------------------------------------

    def last_folder(self) -> Path | None:
        with self.db.read() as session:
            value = get_meta(session, FOLDER_META)
        return Path(value) if value else None

    def folder_known(self, folder: Path) -> bool:
        """Whether this device may write into ``folder``: it has opened a teammate's
        bundle there, written there before, or been told it is the first."""
        from fieldguide.sync import folder as layout

        folder = Path(folder).expanduser().resolve()
        bundles, _problems = layout.list_bundles(folder)
        with self.db.read() as session:
            if get_meta(session, FIRST_META + str(folder)[-200:]):
                return True
            tag = self._folder_tag()
            for item in bundles:
                if item.device == tag:
                    return True
                if session.get(SyncReceived, item.bundle_id) is not None:
                    return True
        return False

    def sync_folder(
        self, folder: Path, progress: Progress | None = None, *, first: bool = False
    ) -> FolderResult:
        """Apply every other device's new bundles in ``folder``, then write this device's news.

        Nothing is written until a teammate's bundle has been opened in this folder (or
        ``first`` says this device starts it), so a wrong team key or a wrong folder
        never fills a folder with bundles nobody can read. A bundle that cannot be
        applied is reported in ``skipped`` and the sync goes on.
        """
        from fieldguide.sync import folder as layout

        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise SyncError(_("sync folder not found: %s") % layout.display_name(folder), "folder")
        folder = folder.resolve()
        key = self._require_key()
        with disk_guard(), self.db.write() as session:
            set_meta(session, FOLDER_META, str(folder))
            if first:
                set_meta(session, FIRST_META + str(folder)[-200:], now_iso())
        result = FolderResult(folder)
        report = progress or (lambda done, total, message: None)

        bundles, problems = layout.list_bundles(folder)
        result.skipped += [Skipped(p.file, p.reason, False) for p in problems]
        with self.db.read() as session:
            done: set[str] = set()
            ids = [b.bundle_id for b in bundles]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                done.update(
                    session.scalars(select(SyncReceived.bundle_id).where(SyncReceived.bundle_id.in_(chunk)))
                )
                done.update(session.scalars(select(SyncSent.bundle_id).where(SyncSent.bundle_id.in_(chunk))))
        tag = self._folder_tag()
        todo = [b for b in bundles if b.bundle_id not in done and b.device != tag]
        # Each bundle is BUNDLE_STEPS steps of the bar, so a large one moves it while it applies.
        total = (len(todo) + 1) * BUNDLE_STEPS
        for index, item in enumerate(todo):
            name = layout.display_name(item.path.name)
            reading = _("reading %s") % name
            report(index * BUNDLE_STEPS, total, reading)

            def within(share: float, first: int = index * BUNDLE_STEPS, message: str = reading) -> None:
                report(first + min(int(share * BUNDLE_STEPS), BUNDLE_STEPS - 1), total, message)

            try:
                data = layout.read_bundle(item.path)
            except layout.BundleReadError as error:
                result.skipped.append(Skipped(name, str(error), error.retry))
                continue
            try:
                applied = self.apply_bytes(data, name, within)
            except SyncError as error:
                if error.kind == "full":
                    raise
                result.skipped.append(Skipped(name, str(error), error.kind == "truncated", error.kind))
                continue
            result.warnings.extend(w for w in applied.warnings if w not in result.warnings)
            if applied.already:
                continue
            result.bundles += 1
            result.received += applied.new
            if applied.new:
                result.devices.add(applied.device)
            result.conflicts.extend(applied.conflicts)
            result.purged += applied.purged

        if not self.folder_known(folder):
            result.waiting = True
        else:
            writing = _("writing this device's changes")
            report(len(todo) * BUNDLE_STEPS, total, writing)

            def written(share: float, first: int = len(todo) * BUNDLE_STEPS) -> None:
                report(first + min(int(share * BUNDLE_STEPS), BUNDLE_STEPS - 1), total, writing)

            self._write_folder(folder, key, bundles, result, written)
        report(total, total, _("done"))
        from fieldguide.sync.conflicts import count_open

        with self.db.read() as session:
            result.open_conflicts = count_open(session)
        return result

    def _write_folder(
        self, folder: Path, key: TeamKey, bundles: Sequence[Any], result: FolderResult, progress: Share
    ) -> None:
        from fieldguide.sync import folder as layout

        tag = self._folder_tag()
        mine = [b.bundle_id for b in bundles if b.device == tag]
        with self.db.read() as session:
            after = covered_through(self._sent_ranges(session, mine))
            end = session.scalar(select(func.max(ChangeLog.seq))) or 0
        start = after
        while True:
            # Each bundle reports its share of the log still to send: as a share of all.
            def within(share: float, done: float = (after - start) / max(1, end - start)) -> None:
                progress(done + (1 - done) * share)

            changes, seq_from, seq_to = self._collect(after, FOLDER_BUNDLE_CHANGES, within)
            if not changes and not self.roster_news():
                break
            local = self._local_fields(after, seq_to)
            data, bundle_id, count = self._encode(changes, key, (seq_from, seq_to))
            name = layout.bundle_name(bundle_id)
            try:
                with disk_guard():
                    self._record_sent(bundle_id, seq_from, seq_to, count, str(folder))
                    layout.write_bundle(folder, tag, name, data)
            except OSError as error:
                message = _("cannot write to the sync folder: %s") % (error.strerror or error)
                raise SyncError(message, "folder") from None
            result.sent += local
            result.written.append(name)
            after = seq_to

    def _folder_tag(self) -> str:
        from fieldguide.sync.folder import folder_tag

        roster = self.roster()
        return folder_tag(roster.team if roster else "", self.device_id)

    def _local_fields(self, after: int, upto: int) -> int:
        """How many fields changed on this device lie in the log between the marks."""
        with self.db.read() as session:
            query = select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.field).where(
                ChangeLog.seq > after, ChangeLog.seq <= upto, ChangeLog.local.is_(True)
            )
            return len(set(session.execute(query).all()))
