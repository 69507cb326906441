"""Bundles out: what this device sends, sealed, signed and proven (a stage of ``SyncService``).

What a bundle carries: the current state of every field this device changed or learned
about (its change log, ``seq``) since the receiver last acknowledged this device
(``sync.collect`` reads it), the stretch of the log it covers, what this device has
applied from every device (acknowledgements), device names and clock reports.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldguide.courtesy import no_cyclic_gc
from fieldguide.db.models import Meta, SyncSent
from fieldguide.i18n import _
from fieldguide.sync.changelog import now_iso
from fieldguide.sync.exchange import (
    ACK_META,
    HEARD_META,
    ROSTER_SENT_META,
    SKEW_META,
    Exchange,
    ExportResult,
    SyncError,
    covered_through,
    disk_guard,
    get_meta,
    set_meta,
)

if TYPE_CHECKING:
    from fieldguide.sync.collect import Outgoing
    from fieldguide.sync.merge import Share
    from fieldguide.sync.teamkey import TeamKey

__all__ = ["Sending"]


class Sending(Exchange):
    """What this device sends."""

    # --- what to send --------------------------------------------------------------

    def acknowledged_by(self, device: str) -> int:
        with self.db.read() as session:
            return int(get_meta(session, ACK_META + device) or 0)

    def _acks(self, session: Session) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, value in session.execute(
            select(Meta.key, Meta.value).where(Meta.key.startswith(HEARD_META))
        ):
            try:
                out[key[len(HEARD_META) :]] = covered_through(json.loads(value))
            except (ValueError, TypeError):
                continue
        return out

    def _collect(
        self, after: int, limit: int | None = None, progress: Share | None = None
    ) -> tuple[Outgoing, int, int]:
        """Every field logged after ``after`` (at most ``limit``), checked and compressed for
        one bundle, and the seq range covered."""
        from fieldguide.sync.collect import collect

        # A first full sync parses every row: no cyclic collection walks those objects again
        # and again (``courtesy.NoCyclicGc``; the window's runner holds it already, the
        # command line and the bench not).
        try:
            with no_cyclic_gc, self.db.read() as session:
                out = collect(session, self.device_id, after, limit, progress)
        except ValueError as error:
            raise SyncError(_("cannot write the bundle: %s") % error) from None
        return out, out.seq_from, out.seq_to

    def _encode(self, changes: Outgoing, key: TeamKey, seq_range: tuple[int, int]) -> tuple[bytes, str, int]:
        """Sign and seal ``changes``; returns the bytes, the bundle id and how many changes
        it carries (fields holding versions no one can prove were left out)."""
        from fieldguide.sync.bundle import read_header
        from fieldguide.sync.devicekeys import seal
        from fieldguide.sync.keyring import bindings, put_proofs, roster_documents
        from fieldguide.sync.signing import sign_write, split_leaves
        from fieldguide.sync.team import epoch_context

        self._name_by_default()
        keys = self.device_keys()
        roster = self.roster()
        with self.db.read() as session:
            acks = self._acks(session)
            names = self._names(session)
            skews = self._skews(session)
            known = bindings(session)
            documents = roster_documents(session)
        # Versions written before changes were signed: this device signs its own now
        # (another device's cannot be proven: ``collect`` left the fields holding them out).
        late = {
            dot: sign_write(keys, dot[0], dot[1], split_leaves(bytes(leaves)))
            for dot, leaves in changes.unsigned.items()
        }
        if late:
            with self.db.write() as session:
                put_proofs(session, late)
        writes = changes.writes({**changes.proofs, **late})
        devices = {self.device_id} | {device for device, _hlc in writes}
        ids = {d: (known[d].signing, known[d].nonce) for d in devices if d in known}
        seals: list[bytes] = []
        if roster is not None:
            epoch = [n for n, k in self._epoch_keys().values() if k.key_id == key.key_id]
            plain = (epoch[0] if epoch else roster.epoch).to_bytes(4, "big") + key.secret
            seals = [
                seal(member.keys, plain, context=epoch_context(roster.team))
                for member in roster.members
                if member.keys.signing != keys.public.signing
            ]
        try:
            data = changes.writer.finish(
                device=self.device_id,
                key=key,
                signer=keys,
                writes=writes,
                ids=ids,
                roster=documents,
                seals=seals,
                seq_range=seq_range,
                acks=acks,
                names=names,
                clocks=skews,
                created=dt.datetime.fromtimestamp(self._wall_ms() / 1000, dt.UTC),
            )
        except ValueError as error:
            raise SyncError(_("cannot write the bundle: %s") % error) from None
        if roster is not None:
            with self.db.write() as session:
                set_meta(session, ROSTER_SENT_META, str(roster.seq))
        return data, read_header(data).bundle_id, len(changes)

    def roster_news(self) -> bool:
        """Whether this device changed the team's roster since its last bundle: then a
        bundle goes out even without other changes, so teammates learn of it (a removal)."""
        roster = self.roster()
        if roster is None:
            return False
        with self.db.read() as session:
            return roster.seq > int(get_meta(session, ROSTER_SENT_META) or roster.seq)

    def _skews(self, session: Session) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for key, value in session.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(SKEW_META))):
            try:
                pair = json.loads(value)
            except ValueError:
                continue
            if isinstance(pair, list) and len(pair) == 2:
                out[key[len(SKEW_META) :]] = (int(pair[0]), int(pair[1]))
        return out

    def _record_sent(self, bundle_id: str, seq_from: int, seq_to: int, changes: int, where: str) -> None:
        from fieldguide.sync.identity import note_sent

        with self.db.write() as session:
            session.add(
                SyncSent(
                    bundle_id=bundle_id,
                    seq_from=seq_from,
                    seq_to=seq_to,
                    changes=changes,
                    created_at=now_iso(),
                    destination=where,
                )
            )
            clock = get_meta(session, "hlc")
        if clock:
            note_sent(self.paths, self.device_id, clock)

    def _sent_ranges(
        self, session: Session, bundle_ids: Sequence[str] | None = None
    ) -> list[tuple[int, int]]:
        query = select(SyncSent.seq_from, SyncSent.seq_to)
        if bundle_ids is None:
            return [(a, b) for a, b in session.execute(query)]
        ranges: list[tuple[int, int]] = []
        ids = list(bundle_ids)
        for start in range(0, len(ids), 500):
            ranges += [
                (a, b)
                for a, b in session.execute(query.where(SyncSent.bundle_id.in_(ids[start : start + 500])))
            ]
        return ranges

    def _peer_floor(self, session: Session) -> int:
        """What every teammate heard from has acknowledged (0 when none has)."""
        acks = [int(v or 0) for v in session.scalars(select(Meta.value).where(Meta.key.startswith(ACK_META)))]
        return min(acks) if acks else 0

    def pending_changes(self) -> int:
        """Fields changed here that no bundle has carried yet."""
        with self.db.read() as session:
            mark = covered_through(self._sent_ranges(session))
            # Counted in SQL, over the seq range (the primary key): the window asks after every
            # save, and fetching each unsent change cost most of a second at 10 x a team's year.
            return int(
                session.execute(
                    text(
                        "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id, field "
                        "FROM change_log NOT INDEXED WHERE seq > :mark AND local)"
                    ),
                    {"mark": mark},
                ).scalar_one()
            )

    def export_file(
        self,
        path: Path,
        *,
        everything: bool = False,
        for_device: str | None = None,
        progress: Share | None = None,
    ) -> ExportResult:
        """Write one bundle: what ``for_device`` has not acknowledged, or (by default) what
        some teammate has not acknowledged, or (``everything``) all of it. ``progress``
        hears the share read and written now and then (a first full sync of a team's
        years: tens of seconds)."""
        from fieldguide.atomic import atomic_write

        key = self._require_key()
        target = Path(path)
        if target.is_dir():
            raise SyncError(_("%s is a folder; give a file name for the bundle") % target, "folder")
        with self.db.read() as session:
            if everything:
                after = 0
            elif for_device is not None:
                after = int(get_meta(session, ACK_META + for_device) or 0)
            else:
                after = self._peer_floor(session)
        changes, seq_from, seq_to = self._collect(after, progress=progress)
        if not changes and not self.roster_news():
            return ExportResult(None, None, 0)
        data, bundle_id, count = self._encode(changes, key, (seq_from, seq_to))
        with disk_guard(), atomic_write(target) as temporary:
            temporary.write_bytes(data)
        self._record_sent(bundle_id, seq_from, seq_to, count, str(target))
        return ExportResult(target, bundle_id, count)
