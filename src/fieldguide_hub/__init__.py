"""fieldguide-hub: the organisation sync hub (docs/hub.md, docs/hub-api.md).

It stores each team's encrypted sync bundles in PostgreSQL and hands them out. It holds no
team key, never decrypts and never merges: a seized hub gives away who synced when, and
how much, but no note.
"""

from __future__ import annotations

API_VERSION = "v1"
