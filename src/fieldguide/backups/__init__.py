"""The profile's rolling backups: making, listing, re-keying and restoring them.

Its own package, above `security` (whose encrypted-file operations it uses) and
`db`: neither of those imports it. `security.profile` states what protection
needs of backups as a protocol, and `App` hands it the service.
"""

from fieldguide.backups.record import (
    PREFIX,
    SUFFIX,
    Backup,
    BackupError,
    BackupPassphraseRequired,
    read_backup,
    write_sidecar,
)
from fieldguide.backups.service import BackupService

__all__ = [
    "PREFIX",
    "SUFFIX",
    "Backup",
    "BackupError",
    "BackupPassphraseRequired",
    "BackupService",
    "read_backup",
    "write_sidecar",
]
