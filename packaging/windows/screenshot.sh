#!/usr/bin/env bash
# Screenshot of the main window drawn by Qt's `windows` platform plugin under Wine, on an X server:
#   DISPLAY=:45 bash packaging/windows/screenshot.sh docs/screenshots/windows-main-window.png
# Runs the windowed fieldguide.exe from the portable zip in dist/ (make dist-windows) in a fresh
# Wine prefix with a fresh data folder, waits for the window, and grabs the X screen with the
# project's own PySide6 (no screenshot tool needed). Start the X server first, e.g.
# `Xvfb :45 -screen 0 1280x800x24 &`.
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
WINDOWS_DIR=packaging/windows
# shellcheck source=packaging/windows/common.sh
source "$WINDOWS_DIR/common.sh"

OUTPUT=${1:?usage: DISPLAY=:N screenshot.sh OUTPUT.png}
WAIT=${SCREENSHOT_WAIT:-40} # seconds for Wine and the window to settle
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" packaging/project_version.py)
ZIP="dist/fieldguide-${VERSION}-windows-x64-portable.zip"
die() {
  printf 'screenshot: %s\n' "$*" >&2
  exit 1
}
[[ -n "${DISPLAY:-}" ]] || die "set DISPLAY to a running X server (Xvfb)"
[[ -f "$ZIP" ]] || die "$ZIP is missing: run make dist-windows first"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldguide-screenshot.XXXXXX")
trap '"$WINESERVER" -k 2>/dev/null || true; rm -rf "$WORK"' EXIT
unzip -q "$ZIP" -d "$WORK/app"
ERROR=""
build_standins "$WORK/standins" "" || die "$ERROR"
new_prefix "$WORK/prefix" "$WORK/standins" || die "$ERROR"
app=$(find "$WORK/app" -maxdepth 2 -name fieldguide.exe | head -n 1)
# A profile made beforehand (as after a first start), so the window shows the library, not the
# first-start offer to protect it.
wine_run "$WORK/library.json" "$WORK/library.err" "$(winpath "${app%.exe}-cli.exe")" --data-dir "$(winpath "$WORK/data")" library --json ||
  die "fieldguide-cli.exe library --json failed: $(tail -n 1 "$WORK/library.err")"
unset WINEQT_QPA_PLATFORM # Qt's own choice on Windows: the `windows` platform plugin
"$WINE" "$(winpath "$app")" --data-dir "$(winpath "$WORK/data")" </dev/null 2>/dev/null | cat >/dev/null &
sleep "$WAIT"
QT_QPA_PLATFORM=xcb "$PYTHON" - "$OUTPUT" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
# Crop the empty (black) X screen around the window: rows and columns with any lit pixel.
lit_rows = [y for y in range(image.height()) if any(image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), 4))]
lit_cols = [x for x in range(image.width()) if any(image.pixel(x, y) & 0xFFFFFF for y in range(0, image.height(), 4))]
if lit_rows and lit_cols:
    image = image.copy(lit_cols[0], lit_rows[0], lit_cols[-1] - lit_cols[0] + 1, lit_rows[-1] - lit_rows[0] + 1)
if not image.save(sys.argv[1]):
    sys.exit(f"screenshot: cannot write {sys.argv[1]}")
PY
echo "screenshot: $OUTPUT"
