"""Bundles in: opened, verified against the team and applied whole (a stage of ``SyncService``).

A bundle is opened with the epoch key it names (or one of its seals), its roster,
sender and every write checked (``sync.verify``), then merged in one transaction
(``sync.merge``; rows new to this device in bulk, ``sync.bulk``): all of it or none.
What it says about acknowledgements, names and clocks is remembered with it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from fieldguide.courtesy import no_cyclic_gc
from fieldguide.db.models import Meta, SyncReceived, SyncSent
from fieldguide.i18n import _
from fieldguide.sync.changelog import now_iso
from fieldguide.sync.exchange import (
    ACK_META,
    CLOCK_BOUND_MS,
    HEARD_META,
    NAMES_META,
    SKEW_META,
    TOLD_META,
    ApplyResult,
    Exchange,
    SyncError,
    _json_meta,
    _when,
    covered_through,
    disk_guard,
    get_meta,
    set_meta,
)

if TYPE_CHECKING:
    from fieldguide.sync.bundle import DecodedBundle
    from fieldguide.sync.merge import Share
    from fieldguide.sync.teamkey import TeamKey
    from fieldguide.sync.verify import Checked

__all__ = ["Receiving"]


class Receiving(Exchange):
    """What this device receives."""

    # --- apply ---------------------------------------------------------------------

    def _decode(
        self, data: bytes, source: str, progress: Share | None = None
    ) -> tuple[DecodedBundle, tuple[int, TeamKey] | None]:
        """Open a bundle with the epoch key it names; a key this device does not hold yet
        comes from the bundle's seals (returned, to keep once the bundle is verified). Its
        changes are checked for the merge as they are decoded, ``progress`` told."""
        from fieldguide.sync.bundle import BundleError, decode_bundle, read_header
        from fieldguide.sync.devicekeys import DeviceKeyError

        try:
            header = read_header(data)
            known = self._epoch_keys().get(header.key_id)
            learnt: tuple[int, TeamKey] | None = None
            if known is None:
                learnt = self._open_seals(header.seals, header.key_id)
                if learnt is None:
                    raise BundleError("wrong-key")
            key = (known or learnt)[1]  # type: ignore[index]
            return decode_bundle(data, key=key, rules=self.rules, progress=progress), learnt
        except BundleError as error:
            raise SyncError(f"{source}: {error}", error.kind) from None
        except DeviceKeyError:
            raise SyncError(f"{source}: " + _("the bundle is damaged or altered"), "damaged") from None

    def _open_seals(self, seals: Sequence[bytes], key_id: str) -> tuple[int, TeamKey] | None:
        from fieldguide.sync.devicekeys import DeviceKeyError
        from fieldguide.sync.team import epoch_context
        from fieldguide.sync.teamkey import TeamKey

        roster = self.roster()
        if roster is None or not seals:
            return None
        keys = self.device_keys()
        for sealed in seals:
            try:
                plain = keys.open(sealed, context=epoch_context(roster.team))
            except DeviceKeyError:
                continue
            if len(plain) == 36:
                key = TeamKey(plain[4:])
                if key.key_id == key_id:
                    return int.from_bytes(plain[:4], "big"), key
        return None

    def apply_file(self, path: Path, progress: Share | None = None) -> ApplyResult:
        from fieldguide.sync.folder import BundleReadError, display_name, read_bundle

        source = Path(path)
        name = display_name(source.name)
        if source.is_dir():
            raise SyncError(_("%s is a folder; to sync with a folder use `fieldguide sync folder`") % name)
        if not os.path.lexists(source):
            raise SyncError(_("bundle not found: %s") % name, "folder")
        try:
            data = read_bundle(source)
        except BundleReadError as error:
            raise SyncError(f"{name}: {error}", "folder") from None
        return self.apply_bytes(data, name, progress)

    def apply_bytes(self, data: bytes, source: str, progress: Share | None = None) -> ApplyResult:
        """Apply one bundle in one transaction: all of it, or (``SyncError``) none of it.

        ``progress`` hears the share of the bundle applied now and then (a first full
        sync is one large bundle: minutes, not one step)."""
        # A first full sync decodes millions of objects: no cyclic collection walks them
        # (``courtesy.NoCyclicGc``; the window's runner holds it already, the command line not).
        with no_cyclic_gc:
            return self._apply_bytes(data, source, progress)

    def _apply_bytes(self, data: bytes, source: str, progress: Share | None) -> ApplyResult:
        from fieldguide.sync.merge import MergeError, merge_checked

        self._require_key()
        bundle, learnt = self._decode(data, source, progress)
        header = bundle.header
        labels = self.names()
        if header.device == self.device_id:
            return ApplyResult(source, header.bundle_id, header.device, header.count, 0, 0, (), already=True)
        with self.db.read() as session:
            if session.get(SyncReceived, header.bundle_id) or session.get(SyncSent, header.bundle_id):
                return ApplyResult(
                    source, header.bundle_id, header.device, header.count, 0, 0, (), already=True
                )
        checked = self._verify(bundle, source, labels)
        # What the merge does not need goes before it (a first full sync's peak of memory
        # is while it writes): the changes in the bundle's order (the merge takes them by
        # row, ``checked``) and the leaves of each write (verified now).
        bundle = replace(bundle, changes=(), carried=None)
        warnings: list[str] = []
        with disk_guard(), self.db.write(checkpoint_later=True) as session:
            if session.get(SyncReceived, header.bundle_id) or session.get(SyncSent, header.bundle_id):
                return ApplyResult(
                    source, header.bundle_id, header.device, header.count, 0, 0, (), already=True
                )
            try:
                # Checked while it was decoded; what it refused is raised here, after
                # the signatures, as the merge always did. The merge spends the batch:
                # its rows go as they are written.
                assert bundle.checked is not None
                result = merge_checked(session, bundle.checked, progress)
            except MergeError as error:
                who = self.device_label(header.device, labels)
                if error.kind == "invalid":
                    message = _(
                        "%(file)s: refused: the bundle from %(device)s carries an invalid value (%(what)s); "
                        "nothing was applied"
                    )
                    details = {"file": source, "device": who, "what": error.what}
                    raise SyncError(message % details, "invalid") from None
                raise SyncError(f"{source}: {error}", error.kind) from None
            if result.purged:
                from fieldguide.sync.purge import scrub

                scrub(session, result.purged)
            session.add(
                SyncReceived(
                    bundle_id=header.bundle_id,
                    device=header.device,
                    hlc_max=header.hlc_max,
                    changes=header.count,
                    new_changes=result.new,
                    applied_at=now_iso(),
                    source=source,
                )
            )
            self._remember_bundle(session, bundle, warnings, labels)
            checked.keep(session, learnt, self.recorder.tick(session))
            if header.hlc_max is not None:
                bounded = min(header.hlc_max, self._bound_hlc())
                self.recorder.remember(session, bounded)
        if header.hlc_max is not None:
            self.recorder.clock.advance_to(min(header.hlc_max, self._bound_hlc()))
        if result.purged:
            from fieldguide.sync.purge import finish_pending

            finish_pending(self.db)
        return ApplyResult(
            source,
            header.bundle_id,
            header.device,
            header.count,
            result.new,
            result.applied,
            tuple(result.conflicts),
            warnings=tuple(warnings),
            purged=len(result.purged),
        )

    def _verify(self, bundle: DecodedBundle, source: str, labels: dict[str, str]) -> Checked:
        """The bundle's roster, sender and writes, checked; ``SyncError`` naming the claim."""
        from fieldguide.sync.keyring import bindings, roster_documents
        from fieldguide.sync.verify import Refused, verify_bundle

        with self.db.read() as session:
            mine = roster_documents(session)
            known = bindings(session)
        try:
            return verify_bundle(bundle, mine, known, self.device_keys(), self._bound_hlc())
        except Refused as error:
            roster = self.roster()
            member = (
                roster.member(error.signing) or roster.removal(error.signing)
                if roster and error.signing
                else None
            )
            who = member.keys.name if member is not None else self.device_label(error.device, labels)
            details = {"file": source, "device": who}
            if not error.device:
                message = _(
                    "%(file)s: refused: its team roster is not signed by a member of the team "
                    "(%(reason)s); nothing was applied"
                )
                details["reason"] = error.reason
            elif error.reason == "removed":
                message = _(
                    "%(file)s: refused: it holds changes %(device)s made after it was removed from the team; "
                    "nothing was applied"
                )
            elif error.reason == "not a member":
                message = _("%(file)s: refused: %(device)s is not a member of the team; nothing was applied")
            else:
                message = _(
                    "%(file)s: refused: a change claims to come from %(device)s but is not signed by "
                    "that device's key; nothing was applied"
                )
            raise SyncError(message % details, "signature") from None

    def _remember_bundle(
        self, session: Session, bundle: DecodedBundle, warnings: list[str], labels: dict[str, str]
    ) -> None:
        header = bundle.header
        sender = header.device
        # What the sender's log this bundle covers, and what it says it has of ours.
        if bundle.seq_range[1] >= bundle.seq_range[0] > 0:
            heard = _json_meta(session, HEARD_META + sender, [])
            heard = [[a, b] for a, b in heard] + [list(bundle.seq_range)]
            mark = covered_through(heard)
            compact = [[1, mark]] if mark else []
            compact += [[a, b] for a, b in heard if a > mark + 1]
            set_meta(session, HEARD_META + sender, json.dumps(compact))
        mine = bundle.acks.get(self.device_id)
        if mine is not None and mine > int(get_meta(session, ACK_META + sender) or 0):
            set_meta(session, ACK_META + sender, str(mine))
        names = self._names(session)
        told = bundle.clocks.get(self.device_id)
        for device, (hlc, name) in bundle.names.items():
            if device not in names or names[device][0] < hlc:
                names[device] = (hlc, " ".join(name.split())[:80])
        set_meta(session, NAMES_META, json.dumps({d: list(v) for d, v in sorted(names.items())}))
        labels = {**labels, **{d: v[1] for d, v in names.items() if v[1]}}
        if told is not None:
            set_meta(session, TOLD_META, json.dumps([told[0], told[1], sender]))
        elif session.get(Meta, TOLD_META) is not None:
            stored = _json_meta(session, TOLD_META, [])
            if len(stored) == 3 and stored[2] == sender:
                session.delete(session.get(Meta, TOLD_META))
        # Clocks: a bundle from the future is applied (order comes from what was seen,
        # not from clocks) but both people are told.
        made = int(header.created.timestamp() * 1000)
        now = self._wall_ms()
        if made - now > CLOCK_BOUND_MS:
            set_meta(session, SKEW_META + sender, json.dumps([made, now]))
            message = _(
                "%(device)s's bundle is dated %(theirs)s, but this computer's clock says %(ours)s: "
                "one of the two clocks is wrong. Check the date, time and time zone on both "
                "(the changes were applied; order comes from what each device had seen)."
            )
            warnings.append(
                message
                % {"device": self.device_label(sender, labels), "theirs": _when(made), "ours": _when(now)}
            )
        elif session.get(Meta, SKEW_META + sender) is not None:
            session.delete(session.get(Meta, SKEW_META + sender))

    def clock_warning(self) -> str | None:
        """What a teammate reported about this computer's clock, in words (or ``None``)."""
        with self.db.read() as session:
            told = _json_meta(session, TOLD_META, [])
        if len(told) != 3:
            return None
        made, theirs, who = told
        message = _(
            "A bundle made on this computer was dated %(ours)s, but %(device)s's clock said %(theirs)s "
            "when it arrived: one of the two clocks is wrong. Check the date, time and time zone."
        )
        return message % {"ours": _when(made), "theirs": _when(theirs), "device": self.device_label(who)}
