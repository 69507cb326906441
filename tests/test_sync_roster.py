"""The team roster document: made, changed and verified without a database."""

from __future__ import annotations

import json

import pytest

from fieldguide.sync.devicekeys import DeviceKeys
from fieldguide.sync.roster import (
    RosterError,
    add_member,
    new_team,
    preferred,
    remove_member,
    verify_chain,
    verify_roster,
)

UNTIL = "1764565200000-000000"


def keys(name: str) -> DeviceKeys:
    return DeviceKeys.generate().named(name)


def test_a_team_grows_and_shrinks_and_every_step_verifies_from_the_previous() -> None:
    amina, brian, chloe = keys("Amina's laptop"), keys("Brian"), keys("Chloé, Bamako")
    first = new_team(amina, "Mission Alpha")
    assert [m.name for m in first.members] == ["Amina's laptop"] and first.epoch == 1
    second = add_member(first, amina, brian.public)
    third = add_member(second, brian, chloe.public)  # any member may add
    fourth = remove_member(third, chloe, brian.public.fingerprint, until=UNTIL, lost=True)
    assert [m.name for m in fourth.members] == ["Amina's laptop", "Chloé, Bamako"]
    assert fourth.epoch == 2 and fourth.removed[0].lost and fourth.removed[0].until == UNTIL
    # Another device (or the hub) follows the same steps from the bytes alone.
    trusted = verify_roster(first.document)
    for version in (second, third, fourth):
        trusted = verify_roster(version.document, trusted)
    assert trusted == fourth
    assert verify_chain([fourth.document, second.document, third.document], first) == fourth


def test_a_change_not_signed_by_a_member_is_refused() -> None:
    amina, brian, outsider = keys("Amina"), keys("Brian"), keys("Mallory")
    first = new_team(amina, "Team")
    with pytest.raises(RosterError, match="only a member"):
        add_member(first, outsider, outsider.public)
    # Forged by hand: an outsider signs a version adding itself.
    second = add_member(first, amina, brian.public)
    third = remove_member(second, amina, brian.public.fingerprint, until=UNTIL, lost=False)
    from fieldguide.sync import roster as module

    after_removal = module._sign(
        brian,
        team=third.team,
        name=third.name,
        seq=third.seq + 1,
        epoch=third.epoch,
        previous=third.digest,
        members=[*third.members, module.Member(brian.public, "")],
        removed=[],
    )
    with pytest.raises(RosterError, match="signed by Brian, which was removed"):
        verify_roster(after_removal, third)
    forged = json.loads(add_member(first, amina, outsider.public).document)
    forged["body"]["members"][1]["name"] = "Trusted colleague"
    with pytest.raises(RosterError, match="signature"):
        verify_roster(json.dumps(forged).encode(), first)


def test_versions_must_follow_each_other() -> None:
    amina = keys("Amina")
    first = new_team(amina, "Team")
    second = add_member(first, amina, keys("Brian").public)
    third = add_member(second, amina, keys("Chloé").public)
    with pytest.raises(RosterError, match="missing"):
        verify_roster(third.document, first)
    with pytest.raises(RosterError, match="older"):
        verify_roster(first.document, second)
    other_team = new_team(amina, "Other")
    with pytest.raises(RosterError, match="another team"):
        verify_roster(add_member(other_team, amina, keys("X").public).document, first)


def test_removing_without_a_new_epoch_is_refused() -> None:
    amina, brian = keys("Amina"), keys("Brian")
    second = add_member(new_team(amina, "Team"), amina, brian.public)
    removal = json.loads(
        remove_member(second, amina, brian.public.fingerprint, until=UNTIL, lost=False).document
    )
    body = removal["body"]
    body["epoch"] = second.epoch
    from fieldguide.sync import roster as module

    body_bytes = module._canonical(body)
    import base64

    removal["signature"] = base64.b64encode(amina.sign(module._SIGNED_PREFIX + body_bytes)).decode()
    with pytest.raises(RosterError, match="new key epoch"):
        verify_roster(json.dumps(removal).encode(), second)


def test_damaged_and_foreign_documents_are_one_line_refusals() -> None:
    first = new_team(keys("Amina"), "Team")
    for data, message in (
        (b"not json", "not a Field Guide team roster"),
        (b'{"kind": "something"}', "not a Field Guide team roster"),
        (first.document.replace(b'"version": 1', b'"version": 9'), "newer version"),
        (first.document.replace(b'"seq": 1', b'"seq": "1"'), "damaged"),
    ):
        with pytest.raises(RosterError, match=message) as caught:
            verify_roster(data)
        assert "\n" not in str(caught.value)


def test_two_versions_made_at_once_resolve_the_same_way_everywhere() -> None:
    amina, brian = keys("Amina"), keys("Brian")
    base = add_member(new_team(amina, "Team"), amina, brian.public)
    one = add_member(base, amina, keys("Chloé").public)
    two = add_member(base, brian, keys("Dara").public)
    assert preferred(one, two) == preferred(two, one)


def test_a_change_that_loses_a_fork_is_made_again_on_the_winner() -> None:
    from fieldguide.sync.roster import newest, replay

    amina, brian, chloe, dara = keys("Amina"), keys("Brian"), keys("Chloé"), keys("Dara")
    genesis = new_team(amina, "Team")
    base = add_member(genesis, amina, brian.public)
    history = [genesis.document, base.document]
    # At the same time, offline: Amina admits Chloé, Brian admits Dara and removes nobody.
    by_amina = add_member(base, amina, chloe.public)
    by_brian = add_member(base, brian, dara.public)
    kept, winner = newest([*history, by_amina.document], [*history, by_brian.document])
    assert (kept, winner) == newest([*history, by_brian.document], [*history, by_amina.document])
    loser, author = (by_brian, brian) if winner.digest == by_amina.digest else (by_amina, amina)
    again = replay([*history, loser.document], kept, author, until=UNTIL)
    assert len(again) == 1 and again[-1].signer == author.public.signing
    assert sorted(m.name for m in again[-1].members) == ["Amina", "Brian", "Chloé", "Dara"]
    assert verify_chain([*kept, again[-1].document]) == again[-1]
    assert replay(kept, kept, author, until=UNTIL) == []  # nothing lost, nothing re-made
    # Someone else's losing change is not re-made by a device that did not sign it.
    other = amina if author is brian else brian
    assert replay([*history, loser.document], kept, other, until=UNTIL) == []
