#!/usr/bin/env bash
# Nightly backup of the hub's database (docs/hub.md, "Backups"). The dump holds only sealed
# bundles, device ids and the audit log: no note can be read from it, but keep it as private
# as the hub. Usage: backup.sh DIRECTORY [DAYS_TO_KEEP]   (reads PG* variables or ~/.pgpass)
set -euo pipefail
target=${1:?usage: backup.sh DIRECTORY [DAYS_TO_KEEP]}
keep=${2:-14}
database=${PGDATABASE:-fieldguide_hub}
mkdir -p "$target"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
partial="$target/.fieldguide-hub-$stamp.dump.partial"
# Custom format: compressed, restorable table by table with pg_restore; one consistent snapshot.
pg_dump --format=custom --no-owner --dbname="$database" --file="$partial"
mv "$partial" "$target/fieldguide-hub-$stamp.dump"
find "$target" -name 'fieldguide-hub-*.dump' -mtime "+$keep" -delete
echo "backup: $target/fieldguide-hub-$stamp.dump"
