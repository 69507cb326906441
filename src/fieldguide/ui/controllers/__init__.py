"""The main window's controllers, one per area: they turn what the user asks for into operations.

Each holds the window (the view) and its `Runner`, submits operations, tells the
views what to show with the results, and refreshes from the `Changes` summary
every operation reports (`apply_changes`). None of them touches the database.

- `profile`: opening the profile, the library snapshot, protection, the lock, About.
- `reading`: the reader, its history, bookmarks, the notes panel, search, zoom.
- `assessments`: the workspace page, the assessment list, new assessments, undo.
- `sync`: the status-bar counts, the Sync dialog, the conflicts inbox.
- `transfer`: importing documents and exporting reports.
"""
