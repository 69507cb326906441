<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Assessment</name>
        <message numerus="yes">
            <source>%n of %1 items are not assessed yet.</source>
            <translation>
                <numerusform>%n of %1 items is not assessed yet.</numerusform>
                <numerusform>%n of %1 items are not assessed yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HubPanel</name>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>Sent %n change.</numerusform>
                <numerusform>Sent %n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s).</source>
            <translation>
                <numerusform>Received %n change.</numerusform>
                <numerusform>Received %n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n new conflict to resolve.</numerusform>
                <numerusform>%n new conflicts to resolve.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase.</source>
            <translation>
                <numerusform>%n bundle made with a different team key — check the team passphrase.</numerusform>
                <numerusform>%n bundles made with a different team key — check the team passphrase.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message numerus="yes">
            <source>Also &amp;delete the %n backup(s) made before now</source>
            <translation>
                <numerusform>Also &amp;delete the %n backup made before now</numerusform>
                <numerusform>Also &amp;delete the %n backups made before now</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>Received %n change(s) from the hub.</source>
            <translation>
                <numerusform>Received %n change from the hub.</numerusform>
                <numerusform>Received %n changes from the hub.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this laptop is not in that team, or was removed from it.</source>
            <translation>
                <numerusform>%n bundle made with another team's key — this laptop is not in that team, or was removed from it.</numerusform>
                <numerusform>%n bundles made with another team's key — this laptop is not in that team, or was removed from it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>Sent %n change.</numerusform>
                <numerusform>Sent %n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s)</source>
            <translation>
                <numerusform>Received %n change</numerusform>
                <numerusform>Received %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n device(s).</source>
            <translation>
                <numerusform>from %n device.</numerusform>
                <numerusform>from %n devices.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n new conflict to resolve.</numerusform>
                <numerusform>%n new conflicts to resolve.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to resolve.</source>
            <translation>
                <numerusform>%n conflict still to resolve.</numerusform>
                <numerusform>%n conflicts still to resolve.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; backups made before may still hold them.</source>
            <translation>
                <numerusform>%n text a teammate removed for good were removed here too; backups made before may still hold them.</numerusform>
                <numerusform>%n texts a teammate removed for good were removed here too; backups made before may still hold them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n backup(s) made before the text was removed? They still hold it. A fresh backup is made first, so you keep one.</source>
            <translation>
                <numerusform>Delete the %n backup made before the text was removed? They still hold it. A fresh backup is made first, so you keep one.</numerusform>
                <numerusform>Delete the %n backups made before the text was removed? They still hold it. A fresh backup is made first, so you keep one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusIndicator</name>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n change to send</numerusform>
                <numerusform>%n changes to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team sync: %n change(s) made or received here not yet sent on.</source>
            <translation>
                <numerusform>Team sync: %n change made or received here not yet sent on.</numerusform>
                <numerusform>Team sync: %n changes made or received here not yet sent on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: two people changed the same text.</source>
            <translation>
                <numerusform>%n conflict to resolve: two people changed the same text.</numerusform>
                <numerusform>%n conflicts to resolve: two people changed the same text.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message numerus="yes">
            <source>Team %1 — %n member(s), key epoch %2.</source>
            <translation>
                <numerusform>Team %1 — %n member, key epoch %2.</numerusform>
                <numerusform>Team %1 — %n members, key epoch %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldguide</name>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered item(s) no longer in the pack kept as retired</source>
            <translation>
                <numerusform>%n answered item no longer in the pack kept as retired</numerusform>
                <numerusform>%n answered items no longer in the pack kept as retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) may still hold removed text: `fieldguide purge backups --delete` deletes them after making a fresh backup.</source>
            <translation>
                <numerusform>%n older backup may still hold removed text: `fieldguide purge backups --delete` deletes them after making a fresh backup.</numerusform>
                <numerusform>%n older backups may still hold removed text: `fieldguide purge backups --delete` deletes them after making a fresh backup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n older backup(s); a fresh backup was made first.</source>
            <translation>
                <numerusform>Deleted %n older backup; a fresh backup was made first.</numerusform>
                <numerusform>Deleted %n older backups; a fresh backup was made first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n change(s) to {file}</source>
            <translation>
                <numerusform>wrote %n change to {file}</numerusform>
                <numerusform>wrote %n changes to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>applied a bundle from {device}: %n new change(s)</source>
            <translation>
                <numerusform>applied a bundle from {device}: %n new change</numerusform>
                <numerusform>applied a bundle from {device}: %n new changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s): see `fieldguide sync conflicts`</source>
            <translation>
                <numerusform>%n new conflict: see `fieldguide sync conflicts`</numerusform>
                <numerusform>%n new conflicts: see `fieldguide sync conflicts`</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; older backups may still hold them: see `fieldguide purge backups`</source>
            <translation>
                <numerusform>%n text a teammate removed for good were removed here too; older backups may still hold them: see `fieldguide purge backups`</numerusform>
                <numerusform>%n texts a teammate removed for good were removed here too; older backups may still hold them: see `fieldguide purge backups`</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase</source>
            <translation>
                <numerusform>%n bundle made with a different team key — check the team passphrase</numerusform>
                <numerusform>%n bundles made with a different team key — check the team passphrase</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n change(s)</source>
            <translation>
                <numerusform>received %n change</numerusform>
                <numerusform>received %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s) of yours</source>
            <translation>
                <numerusform>sent %n change of yours</numerusform>
                <numerusform>sent %n changes of yours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this device is now a member of {team} (%n member(s))</source>
            <translation>
                <numerusform>this device is now a member of {team} (%n member)</numerusform>
                <numerusform>this device is now a member of {team} (%n members)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this device is not in that team, or was removed from it</source>
            <translation>
                <numerusform>%n bundle made with another team's key — this device is not in that team, or was removed from it</numerusform>
                <numerusform>%n bundles made with another team's key — this device is not in that team, or was removed from it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>team {team}: %n member(s)</source>
            <translation>
                <numerusform>team {team}: %n member</numerusform>
                <numerusform>team {team}: %n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n change to send</numerusform>
                <numerusform>%n changes to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n open conflict</numerusform>
                <numerusform>%n open conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checklist(s)</source>
            <translation>
                <numerusform>%n checklist</numerusform>
                <numerusform>%n checklists</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them has been assessed (%s).</source>
            <translation>
                <numerusform>%n of them has been assessed (%s).</numerusform>
                <numerusform>%n of them have been assessed (%s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n criterion</source>
            <translation>
                <numerusform>%n criterion</numerusform>
                <numerusform>%n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tip</source>
            <translation>
                <numerusform>%n tip</numerusform>
                <numerusform>%n tips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the hub at {url} did not answer for %n minute(s): the sync stopped; nothing was lost and the next sync continues where this one stopped</source>
            <translation>
                <numerusform>the hub at {url} did not answer for %n minute: the sync stopped; nothing was lost and the next sync continues where this one stopped</numerusform>
                <numerusform>the hub at {url} did not answer for %n minutes: the sync stopped; nothing was lost and the next sync continues where this one stopped</numerusform>
            </translation>
        </message>
    </context>
</TS>
