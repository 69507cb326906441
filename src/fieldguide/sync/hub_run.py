"""One sync with the hub: the network between short steps of the profile.

The profile is reached only through ``access`` (``access(lambda hub: hub.step())``):
the command line calls the step at once; the window hands it to its profile thread
and waits, so the minutes a slow link may take never hold the profile, and typing
goes on while a sync waits for the hub.

Order: push first (what this device has is safest once it is on the hub), then pull
page by page after the cursor, saving the cursor after each page, then acknowledge.
A run that gives up (``HubUnreachable``) keeps what it did: the next run pushes what
is still in the outbox and pulls from the saved cursor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from fieldguide.i18n import _
from fieldguide.sync.exchange import BUNDLE_STEPS, Progress, Skipped, SyncError
from fieldguide.sync.hub import HubConfig, HubResult, HubService
from fieldguide.sync.hub_http import HubClient, HubEntry, HubError, HubUnreachable, normalise_url

if TYPE_CHECKING:
    from fieldguide.sync.merge import Share

__all__ = ["Access", "enrol", "new_code", "sync_hub"]

T = TypeVar("T")
Access = Callable[[Callable[[HubService], T]], T]

#: Kinds of refusal that may pass (the team key is set later): tried again next time.
_MAY_PASS = {"wrong-key", "key"}
_PAGE = 500


def _client(
    config: HubConfig, patience: float, cancel: threading.Event | None, backoff: float = 1.0
) -> HubClient:
    return HubClient(config.url, config.token, patience=patience, cancel=cancel, backoff=backoff)


def enrol(
    access: Access[Any],
    url: str,
    code: str,
    *,
    team: str | None = None,
    patience: float = 180.0,
    cancel: threading.Event | None = None,
    backoff: float = 1.0,
) -> HubConfig:
    """Enrol this device with the hub at ``url`` using a one-time ``code``; keep the token."""
    address = normalise_url(url)
    clean = " ".join(code.split()).upper()
    if not clean or len(clean) > 64:
        raise SyncError(_("give the enrolment code your teammate or IT gave you"), "hub")
    who = access(lambda hub: hub.enrolment(team))
    client = HubClient(address, patience=patience, cancel=cancel, backoff=backoff)
    token = client.enrol(who.team, clean, who.device, who.signing_key, who.roster)
    config: HubConfig = access(lambda hub: hub.store_enrolment(address, who.team, token))
    return config


def new_code(access: Access[Any], *, patience: float = 60.0) -> tuple[str, str]:
    """A one-time code for a teammate's device to join this hub, and when it expires."""
    config = _config(access)
    return _client(config, patience, None).enrol_code(config.team)


def _config(access: Access[Any]) -> HubConfig:
    config: HubConfig | None = access(lambda hub: hub.current())
    if config is None and access(lambda hub: hub.copied()):
        raise SyncError(
            _(
                "this profile is a copy or a restored backup, so the team sees it as a new device: "
                "enrol it with a new code (`fieldguide sync hub URL --enrol CODE`)"
            ),
            "hub",
        )
    if config is None:
        raise SyncError(
            _("no hub is set up: connect once with `fieldguide sync hub URL --enrol CODE`"), "hub"
        )
    return config


def sync_hub(
    access: Access[Any],
    progress: Progress | None = None,
    *,
    patience: float = 180.0,
    cancel: threading.Event | None = None,
    backoff: float = 1.0,
) -> HubResult:
    """Push this device's news to the hub, then apply the team's bundles after the cursor."""
    config = _config(access)
    client = _client(config, patience, cancel, backoff)
    result = HubResult(config.url, config.team, cursor=config.cursor)
    report = progress or (lambda done, total, message: None)
    try:
        # The push first: its bundles are in the outbox before anything can fail, so a hub
        # that does not answer loses nothing; then the roster, then the team's bundles.
        _push(access, client, config, result, report)
        _share_roster(access, client, config, result)
        _pull(access, client, config, result, report)
    finally:
        result.retries = client.retries
    result.open_conflicts = access(lambda hub: hub.open_conflicts())
    report(1, 1, _("done"))
    return result


def _share_roster(access: Access[Any], client: HubClient, config: HubConfig, result: HubResult) -> None:
    """Give the hub the team's newer roster, so it drops the access of removed devices."""
    roster = access(lambda hub: hub.roster_to_share(config))
    if roster is None:
        return
    try:
        client.put_roster(config.team, roster.document)
    except HubUnreachable:
        raise
    except HubError as error:
        if error.status not in (400, 409):
            raise
        result.warnings.append(_("the hub did not take the team's current roster: %s") % error)
        return
    access(partial(HubService.roster_shared, config=config, seq=roster.seq))


def _push(
    access: Access[Any], client: HubClient, config: HubConfig, result: HubResult, report: Progress
) -> None:
    report(0, 0, _("preparing this device's changes"))
    outgoing = access(lambda hub: hub.prepare_push(config))
    for index, item in enumerate(outgoing):
        report(index, len(outgoing), _("sending this device's changes"))
        data = item.path.read_bytes()
        try:
            client.push(config.team, item.bundle_id, data)
        except HubError as error:
            if error.status == 413:
                access(partial(HubService.refused, config=config, item=item))
            raise
        result.sent += access(partial(HubService.pushed, config=config, item=item))
        result.pushed += 1


def _pull(
    access: Access[Any], client: HubClient, config: HubConfig, result: HubResult, report: Progress
) -> None:
    cursor = config.cursor
    retry: list[dict[str, Any]] = []
    # Bundles an earlier run could not apply for a reason that may have passed.
    for raw in access(lambda hub: hub.retry_list(config)):
        entry = _entry_from(raw)
        if entry is not None and not _take(access, client, config, entry, result):
            retry.append(raw)
    access(lambda hub: hub.save_progress(config, cursor, retry))
    while True:
        report(0, 0, _("asking the hub for the team's news"))
        try:
            listing = client.list(config.team, cursor, _PAGE)
        except HubError as error:
            if error.code != "cursor_from_future" or cursor == 0:
                raise
            # The hub lost bundles (restored from a backup) or was replaced: read it all
            # again; what this device has already is recognised by id and skipped.
            cursor = 0
            continue
        ids = [e.bundle_id for e in listing.entries]
        known: set[str] = access(partial(HubService.known, bundle_ids=ids))
        # Each bundle is BUNDLE_STEPS steps of the bar, so a large one (a first full sync) moves
        # it while it applies, as from a folder.
        total = len(listing.entries) * BUNDLE_STEPS
        receiving = _("receiving the team's changes")
        for index, entry in enumerate(listing.entries):
            if entry.bundle_id in known or entry.device == config.device:
                if entry.device != config.device:
                    result.already += 1
            else:
                report(index * BUNDLE_STEPS, total, receiving)

                def within(
                    share: float,
                    first: int = index * BUNDLE_STEPS,
                    total: int = total,
                    message: str = receiving,
                ) -> None:
                    report(first + min(int(share * BUNDLE_STEPS), BUNDLE_STEPS - 1), total, message)

                if not _take(access, client, config, entry, result, within):
                    retry.append(_entry_json(entry))
            cursor = max(cursor, entry.cursor)
            result.cursor = cursor
        cursor = max(cursor, listing.next if listing.entries else cursor)
        result.cursor = cursor
        access(partial(HubService.save_progress, config=config, cursor=cursor, retry=list(retry)))
        if not listing.more or not listing.entries:
            break
    if cursor:
        client.ack(config.team, cursor)


def _take(
    access: Access[Any],
    client: HubClient,
    config: HubConfig,
    entry: HubEntry,
    result: HubResult,
    progress: Share | None = None,
) -> bool:
    """Download and apply one bundle (``progress`` hears the share applied now and then).
    False when it should be tried again next time."""
    from fieldguide.sync.hub import remove_partial

    part_file = access(lambda hub: hub.incoming_dir(config)) / f"{entry.bundle_id}.part"
    try:
        data = client.download(config.team, entry, part_file)
    except HubUnreachable:
        raise
    except HubError as error:
        if error.status in (401, 403, 429, 503):
            raise
        # This one bundle cannot be had (gone from the hub, or not what was listed): the
        # others still come; a damaged one is tried again next time.
        remove_partial(part_file)
        gone = error.status == 404
        result.skipped.append(Skipped(_("hub bundle %s") % entry.bundle_id[:8], str(error), not gone, "hub"))
        return gone
    try:
        applied = access(lambda hub: hub.apply(config, entry, data, progress))
    except SyncError as error:
        if error.kind == "full":
            raise
        may_pass = error.kind in _MAY_PASS
        result.skipped.append(
            Skipped(_("hub bundle %s") % entry.bundle_id[:8], str(error), may_pass, error.kind)
        )
        remove_partial(part_file)
        return not may_pass
    remove_partial(part_file)
    result.warnings.extend(w for w in applied.warnings if w not in result.warnings)
    if applied.already:
        result.already += 1
        return True
    result.bundles += 1
    result.received += applied.new
    if applied.new:
        result.devices.add(applied.device)
    result.conflicts.extend(applied.conflicts)
    return True


def _entry_json(entry: HubEntry) -> dict[str, Any]:
    return {
        "cursor": entry.cursor,
        "id": entry.bundle_id,
        "device": entry.device,
        "size": entry.size,
        "sha256": entry.sha256,
    }


def _entry_from(raw: dict[str, Any]) -> HubEntry | None:
    from fieldguide.sync.hub_answers import entry as _entry

    try:
        return _entry(raw)
    except HubError:
        return None
