<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline guidance, checklists and assessments for peace and security practitioners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content pack</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New action, e.g. “Share the draft with the ministry”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: due %1 and not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>All items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unclassified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strictly confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “%1” as %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentWorkspace</name>
        <message>
            <source>&amp;Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved (%1). Your text stays in the editor and will be saved when possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not add the action: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change the action: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not finalise: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reopen: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsInbox</name>
        <message>
            <source>Assessment title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mission or office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence for an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner of an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted while being edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts. When two people change the same text without seeing each other's change, the version that lost waits here for you to choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record was deleted on one device while it was being edited on another. The edit won, so the record is kept. Keep the deletion to remove it everywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two people changed this text without seeing each other's change. Both versions are kept until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(shown now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept, with the edit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurrentPassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The report could not be written (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export “%1” as a report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF — to print or send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word (DOCX) — to edit further</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV — a table for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON — for other programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out notes and evidence: a summary safe to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes and evidence may name people or sources; leave them out for a wider audience.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out items not yet assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Protect your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Protect this profile with a passphrase (recommended).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your notes, assessments and their backups are then encrypted on this computer: whoever takes the laptop cannot read them. Field Guide locks itself after a while unused and asks for the passphrase again.&lt;/p&gt;&lt;p&gt;Keep the passphrase safe: without it, the notes cannot be recovered by anyone.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Documents (*.pdf *.docx *.md *.markdown *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new edition; notes kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 — %3 sections, %4 checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be imported (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 files imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 not started (cancelled).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the status to “%1” (key %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note on this item: what you saw, heard and concluded. Markdown is fine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents, meetings and other sources for this judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Evidence and sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired: no longer in the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the guidance: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide will use %1 the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart now? Your work is saved first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist: %1 (%2 items)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have a note on this section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not in the library on this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Ctrl+D to bookmark a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessments yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide (locked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Field Guide is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your passphrase to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This profile has no passphrase: anyone at this computer can show it again. Protect it with a passphrase to make the lock hold.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Import document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your own PDF, Word, Markdown or text files to the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Protect with a passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt this profile so that nobody without the passphrase can read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove protection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decrypt this profile: anyone with the files can then read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy with &amp;citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selection, or the whole section, followed by its source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Library panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ext section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search the library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ilter the library tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start an assessment from one or more checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the open assessment as a PDF, Word, CSV or JSON report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync with folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange changes with your team through a shared folder or USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texts two people changed at once, waiting for you to choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search guidance, checklists and notes   %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the library: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 documents, %2 checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment stays open in its tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an assessment to export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open note could not be saved; the report would leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report saved as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in the library has the id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a section or a checklist to bookmark it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarked “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark removed from “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied with its citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove &amp;bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note could not be saved (%1). Close anyway and lose the unsaved text?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Filter the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewAssessmentDialog</name>
        <message>
            <source>New assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the checklists to work through, then describe the assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. SSR readiness review, Bangui, March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes on people, violations or confidential talks call for a confidential marking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mission or office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Assessors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lassification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>Remember on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeps the key in this computer's keyring: anyone who can log in as you can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too short: use at least 8 characters. A few unrelated words are best.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak: easy to guess. Add words or make it longer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair. One or two more words would make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note on this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From other devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a section to write a note on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write as you read. Your note is saved as you type and found by search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1. Your text is kept here; saving again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileProtection</name>
        <message>
            <source>Protect with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile (notes, assessments, bookmarks) and its backups are encrypted. Without the passphrase nobody can read them, and nobody can recover them for you: write it down somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypting the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile is protected. Lock it with Ctrl+L; it locks itself when left idle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypting the profile under the new passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase is changed. The old one no longer opens the profile or its backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile and its backups will be stored unencrypted: anyone who gets hold of this computer or its disk can read your notes. Enter the passphrase to go ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decrypting the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection removed: the profile is no longer encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or discard the unsaved text first; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile protection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guidance for peace and security practitioners, on this computer, with or without a network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the whole library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the library tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark the section you are reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back, go forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous, next section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger, smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous section (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next section (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑ ↓ to choose · Enter to open · Esc to close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library is still opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The best %1 results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found for “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusChart</name>
        <message>
            <source>No items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>sync failed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import key file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use team passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder every teammate's laptop sees now and then: a USB stick, a network share or a synced folder. Each laptop leaves its changes there, encrypted with the team key, and picks up the others'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder to sync with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No team key yet: import the key file or enter the team's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team key %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team keys (*.fgkey *.key *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same passphrase again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team key is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing new to send.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Received %n change(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n device(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to resolve.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>will retry next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusIndicator</name>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>All sent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Team sync: %n change(s) made or received here not yet sent on.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: two people changed the same text.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>The profile could not be protected: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldguide</name>
        <message>
            <source>usage error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field Guide: guidance, checklists and assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where the profile lives (or FIELDGUIDE_DATA_DIR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep data beside the program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the passphrase of a protected profile from FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assessments against checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start an assessment from one or more checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat for more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mission or office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unclassified, confidential or strictly-confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assessments, most recently changed first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the deleted ones, which can be undeleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an assessment with every item, answer and action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record a status, note, evidence or confidence for an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>met, partly-met, not-met, not-applicable or not-assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the note (Markdown); replaces the item's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the note from a file (- for stdin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence or sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low, medium or high (none to clear)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make an assessment read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a final assessment editable again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move an assessment to the bin (undo with undelete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bring a deleted assessment back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copy an assessment with its answers and actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-up actions of an assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add a follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the item the action follows up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark an action done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark it not done again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deleted assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d of %d assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assessors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>progress: %d of %d assessed (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>final: the assessment is now read-only (reopen to change it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reopened: the assessment can be changed again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted %s (undo with: fieldguide assessment undelete %s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export an assessment as a report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the assessment's id (or its first 8 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave out notes and evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave out items not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add guidance documents (PDF, DOCX, Markdown, text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the document's title (one file only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file the document under this practice area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--title applies to one file; import the files one at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the library, unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replaced by its new edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d sections, %d checklists (%d items)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  %d notes no longer match a section; they are kept as detached notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>installed documents and checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a section, checklist or document as Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ranked hits with snippets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>content packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check a pack without installing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>install or upgrade a pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reinstall the same or an older version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zip a pack folder into a .fgpack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No results for %r.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s %s is valid: %d documents, %d sections, %d checklists, %d items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s %s is already installed; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>installed %s %s (%d documents, %d checklists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d answered items no longer in the pack are kept as retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %s (%d bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passphrase protection of this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>encrypt the profile under a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the new passphrase from FILE (else --passphrase-file, else a prompt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the key in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove the passphrase (the files are no longer encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the new passphrase from FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whether the profile is protected, and its settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the key in the system keyring of this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove the key from the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock delay and number of backups kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock after this long unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>automatic backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back up the profile now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the backup to FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the profile by a backup (the current one is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase of the backup, when it differs from the profile's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the database and the search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rebuild the search index if it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no terminal to ask for the passphrase: give it in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile is protected: give --passphrase-file FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the new passphrase with --new-passphrase-file FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two passphrases differ: nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the profile is now encrypted; keep the passphrase safe: without it the notes cannot be recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no system keyring on this computer: the passphrase will be asked each time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase is removed: the profile and its backups are no longer encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase is changed; the backups are encrypted under the new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>protected: yes (Argon2id, %d MiB, %d passes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key remembered on this computer: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>protected: no (anyone with the files can read the notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock after: %g minutes unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backups kept: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key is kept in this computer's keyring: the profile opens without the passphrase here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key is no longer kept on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to set: give --lock-after MINUTES or --keep-backups N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup written: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is encrypted; keep %s beside it: restoring needs that file and the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase of the backup: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored %s; the profile as it was is kept as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repaired: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK: the database and the search index are sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>problem: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>share notes and assessments with the team, without a network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team key that encrypts bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a new team key file (readable by you only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a name for the key, e.g. the team's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use a team key file in this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the key this profile has</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>derive the team key from a shared passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team's name, the same on every device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the passphrase from a file (- for stdin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>which team key this profile uses (never the key itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the changes not yet sent as one bundle file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every change this device holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apply a bundle received from a teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync with a shared folder or USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: the last folder used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes to send, teammates heard from, open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>texts that two people changed at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close a conflict, keeping mine, theirs or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote team key %s to %s (readable by you only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile now uses it; give the file to each teammate for `fieldguide sync key import`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile keeps its current key; `fieldguide sync key import --replace` to switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile now uses team key %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same passphrase again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two passphrases differ; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile now uses team key %s, from the passphrase of team %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no team key yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team key %s%s, from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no changes to send; nothing written (--all exports every change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %d changes to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s was applied before; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied %d changes from %s (%d new, %d new conflicts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>which folder? give it once: `fieldguide sync folder DIR`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent %d changes; received %d from %d devices; %d new conflicts, %d open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>will retry next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team key: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes to send: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open conflicts: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last folder: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>teammates' devices heard from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept and edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept %s in %s.%s; the conflict is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this backup was made under another passphrase: give that passphrase to restore it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no backup at %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>folder not found: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is not a Field Guide backup (or it is encrypted and its key file %s is missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is encrypted but its key file (%s) is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase does not open %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is not a Field Guide profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s was made by a newer version of Field Guide: update the program first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong passphrase: it does not open this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the profile is locked: unlock it to continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full: nothing was saved from this change; free some space and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s cannot be written (a read-only disk, or no permission): nothing was saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is not a Field Guide database, or it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the profile is in use by another Field Guide window or command: close it and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guidance sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checklist items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database file is damaged (%d problems found, the first: %s); restore the most recent backup with `fieldguide restore FILE` (the damaged file is kept as a backup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d rows in %s refer to rows that no longer exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repair it with `fieldguide check --repair` (it rebuilds the index from your data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search index is missing; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search index is damaged: search may miss things or show wrong results; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d %s cannot be found by search; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search index still lists %d %s that were deleted or changed; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search index holds %d entries that belong to nothing; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search no longer follows changes to the library and notes; %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search index cannot be read (%s); repair it with `fieldguide check --repair`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many wrong passphrases: try again in %d seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s does not open with this passphrase (or it is not a Field Guide database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is damaged: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: the search index is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the new copy differs from its source (%s): nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile.json is not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile was protected by a newer version of Field Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile.json cannot be read (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile.json is damaged (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key settings of this profile cannot be read (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key settings of this profile are too weak to be trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase is too short: use at least %d characters (a few unrelated words are best)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the passphrase file %s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is too large to be a passphrase file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase file %s is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passphrase file %s is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lock delay must be between 1 and 1440 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep between 1 and 365 backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile is protected by a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile is already protected: use change-passphrase to change its passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile is not protected by a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile.json, which says how to derive the key, is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other version, from device %s at %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this conflict has not fully arrived on this device yet; sync again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this conflict is already resolved (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds data this version of Field Guide does not know (%s); update Field Guide to apply it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bundle is damaged or altered (malformed change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bundle is damaged or altered (%s has a value of the wrong type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile has no team key: run `fieldguide sync key import FILE` or `fieldguide sync key passphrase --team NAME`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team key stored in this profile is damaged; import it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this profile already has another team key; give --replace to use the new one (bundles made with the old key can then no longer be read here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a team name is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team passphrase is too short: use at least 12 characters (five random words is better)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the bundle: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is a folder; give a file name for the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bundle not found: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is a folder; to sync with a folder use `fieldguide sync folder`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: refused, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync folder not found: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing this device's changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep one of: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no conflict has the id %r (see `fieldguide sync conflicts`)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>Field Guide — assessment</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
