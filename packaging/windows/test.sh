#!/usr/bin/env bash
# `make dist-test-windows`: checks the Windows artefacts in dist/ as a user's machine would see them,
# under Wine, in a fresh Wine prefix (a fresh "Windows user"):
#
# - the setup is at most 80 MB; it refuses Windows 8.1 (older than 10 version 1903) and installs
#   nothing there; `setup.exe /S` installs for the user alone: the program in
#   %LOCALAPPDATA%\Programs\Field Guide, a Start-menu entry, an "Apps" entry in HKCU, nothing in
#   Program Files;
# - the installed program passes the Linux dist-test's user-level checks: --version, library
#   --json (at least 150 checklist items), a search, assessment new/answer/export as a PDF that
#   pdftotext reads and as a DOCX, an import of a PDF and a Markdown file, --json output with an
#   Arabic title decoded as UTF-8, and --smoke-test (window opened, library loaded, rendered)
#   offscreen, from the console fieldguide-cli.exe and the windowed fieldguide.exe;
# - "Remember on this computer": profile protect --remember keeps the key in the Credential
#   Manager (Wine's implementation of its API), the profile then opens without a passphrase, and
#   profile forget removes it;
# - with nothing chosen its data goes to %LOCALAPPDATA%\fieldguide;
# - the portable zip keeps its data beside the program (fieldguide-data\), nothing in the profile;
# - installing again over it (an upgrade) keeps the data;
# - `uninstall.exe /S` removes the program, its Start-menu entry and its Apps entry, and leaves
#   the user's data byte for byte.
# Every failure is one line starting with FAIL, and the script stops there.
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
WINDOWS_DIR=packaging/windows
# shellcheck source=packaging/windows/common.sh
source "$WINDOWS_DIR/common.sh"

VERSION=$(python3 packaging/project_version.py)
SETUP="dist/fieldguide-${VERSION}-windows-x64-setup.exe"
PORTABLE="fieldguide-${VERSION}-windows-x64-portable"
ZIP="dist/${PORTABLE}.zip"
SETUP_LIMIT=80000000
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldguide'

FAILED_MARK=$(mktemp -u "${TMPDIR:-/tmp}/fieldguide-dist-test-windows-failed.XXXXXX")
fail() {
  printf 'dist-test-windows: FAIL %s\n' "$*" >&2
  touch "$FAILED_MARK" # a failure inside $(...) is reported once, not again by the ERR trap
  exit 1
}
passed=0
ok() {
  printf 'dist-test-windows: ok   %s\n' "$*"
  passed=$((passed + 1))
}
trap '[[ -e "$FAILED_MARK" ]] && exit 1; fail "line $LINENO: \`$BASH_COMMAND\` exited $?"' ERR

[[ -f "$SETUP" ]] || fail "$SETUP is missing: run make dist-windows first"
[[ -f "$ZIP" ]] || fail "$ZIP is missing: run make dist-windows first"
[[ -n "$WINE" && -x "$WINE" ]] || fail "Wine is not installed (bash scripts/system-deps.sh --windows)"
missing=$(tools_missing pdftotext python3 unzip x86_64-w64-mingw32-gcc x86_64-w64-mingw32-objdump)
[[ -z "$missing" ]] || fail "$missing is not installed (bash scripts/system-deps.sh --windows)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldguide-dist-test-windows.XXXXXX")
cleanup() {
  if [[ -n "${WINEPREFIX:-}" ]]; then "$WINESERVER" -k 2>/dev/null || true; fi
  rm -rf "$WORK" "$FAILED_MARK"
}
trap cleanup EXIT
# No display: Qt draws offscreen. Wine passes no QT_* variable on, but WINEQT_* ones as QT_*.
unset DISPLAY WAYLAND_DISPLAY FIELDGUIDE_DATA_DIR QT_QPA_PLATFORM || true
export WINEQT_QPA_PLATFORM=offscreen

ERROR=""
build_standins "$WORK/standins" "" || fail "$ERROR"
new_prefix "$WORK/prefix" "$WORK/standins" || fail "$ERROR"

# win_env NAME: a Windows environment variable of the prefix's user, as a Linux path.
win_env() {
  wine_run "$WORK/env.out" "$WORK/env.err" cmd /c echo "%$1%" || fail "Wine cannot run cmd.exe"
  "$WINE" winepath -u "$(tr -d '\r\n' <"$WORK/env.out")" 2>/dev/null </dev/null | cat
}
LOCALAPPDATA=$(win_env LOCALAPPDATA)
APPDATA=$(win_env APPDATA)
[[ -d "$LOCALAPPDATA" && -d "$APPDATA" ]] || fail "cannot find the Wine user's %LOCALAPPDATA% and %APPDATA%"
INSTDIR="$LOCALAPPDATA/Programs/Field Guide"
SHORTCUT="$APPDATA/Microsoft/Windows/Start Menu/Programs/Field Guide.lnk"
USER_DATA="$LOCALAPPDATA/fieldguide"

# json FILE EXPR: evaluates a Python expression over the JSON document `d` in FILE (UTF-8, strict).
json() {
  python3 -c 'import json, sys; d = json.loads(open(sys.argv[1], encoding="utf-8").read()); print(eval(sys.argv[2]))' \
    "$@" 2>"$WORK/json.err" || fail "$(basename "$1") is not UTF-8 JSON as expected: $(tail -n 1 "$WORK/json.err")"
}

# run LOG PROGRAM ARGS...: runs a Windows program, its output in LOG; fails with the error's tail.
run() {
  local log=$1 status=0
  shift
  wine_run "$log" "$log.err" "$@" || status=$?
  ((status == 0)) || fail "$(basename "$2") ${*:2} exited $status — $(tr -d '\r' <"$log.err" | grep -v '^$' | tail -n 3 | tr '\n' ' ')"
  tr -d '\r' <"$log" >"$log.tmp" && mv "$log.tmp" "$log"
}

# --- the setup -----------------------------------------------------------------------------------
size=$(stat -c %s "$SETUP")
((size <= SETUP_LIMIT)) || fail "$SETUP is $((size / 1000000)) MB, over the 80 MB limit"
ok "$SETUP is $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1000000 }') MB (limit 80 MB)"

# Older than Windows 10 1903: a clear refusal (a message box; silent: exit status 1150), nothing installed.
set_windows_version win81
status=0
wine_run "$WORK/old.out" "$WORK/old.err" "$(winpath "$SETUP")" /S || status=$?
"$WINESERVER" -w
# Wine hands on the low 8 bits of a Windows exit status: 1150 arrives as 126.
((status == 1150 % 256)) || fail "on Windows 8.1 the setup exited $status, expected 1150 (ERROR_OLD_WIN_VERSION)"
[[ ! -e "$INSTDIR" ]] || fail "on Windows 8.1 the setup refused but still wrote $INSTDIR"
set_windows_version win10
ok "on Windows 8.1 the setup refuses (exit 1150) and installs nothing"

status=0
wine_run "$WORK/setup.out" "$WORK/setup.err" "$(winpath "$SETUP")" /S || status=$?
"$WINESERVER" -w
((status == 0)) || fail "$SETUP /S exited $status"
for file in fieldguide.exe fieldguide-cli.exe uninstall.exe _internal; do
  [[ -e "$INSTDIR/$file" ]] || fail "setup /S did not install $file in %LOCALAPPDATA%\\Programs\\Field Guide"
done
[[ -f "$SHORTCUT" ]] || fail "setup /S made no Start-menu entry (Field Guide.lnk)"
wine_run "$WORK/reg.out" "$WORK/reg.err" reg query "$UNINSTALL_KEY" || fail "setup /S wrote no uninstall entry in $UNINSTALL_KEY"
grep -q "DisplayVersion.*$VERSION" "$WORK/reg.out" || fail "the uninstall entry does not say version $VERSION"
grep -q 'QuietUninstallString' "$WORK/reg.out" || fail "the uninstall entry has no QuietUninstallString"
if compgen -G "$WINEPREFIX/drive_c/Program Files*/Field Guide" >/dev/null; then
  fail "setup /S wrote to Program Files: a per-user install must not"
fi
ok "setup /S installs for the user: %LOCALAPPDATA%\\Programs\\Field Guide, Start-menu entry, uninstall entry in HKCU"

# --- the installed program -----------------------------------------------------------------------
CLI=$(winpath "$INSTDIR/fieldguide-cli.exe")
GUI=$(winpath "$INSTDIR/fieldguide.exe")

check_program() { # LABEL PROGRAM: the Linux dist-test's user-level checks, with a fresh data folder
  local label=$1 program=$2
  local data="$WORK/$label-data" out="$WORK/$label-out"
  local wdata
  wdata=$(winpath "$data")
  mkdir -p "$out"

  run "$out/version.txt" "$program" --version
  [[ "$(cat "$out/version.txt")" == "fieldguide $VERSION" ]] || fail "$label: --version says '$(cat "$out/version.txt")'"
  ok "$label: --version is $VERSION"

  run "$out/library.json" "$program" --data-dir "$wdata" library --json
  local documents checklists items
  read -r documents checklists items <<<"$(json "$out/library.json" '"%d %d %d" % (len(d["documents"]), len(d["checklists"]), sum(c["items"] for c in d["checklists"]))')"
  ((documents >= 1 && checklists >= 1 && items >= 150)) ||
    fail "$label: library --json lists $documents documents, $checklists checklists, $items items (expected 150+ items)"
  [[ -f "$data/fieldguide.db" ]] || fail "$label: --data-dir holds no fieldguide.db"
  ok "$label: library --json: $documents documents, $checklists checklists, $items items"

  run "$out/search.json" "$program" --data-dir "$wdata" search "national ownership" --json
  local hits
  hits=$(json "$out/search.json" 'len(d["hits"])')
  ((hits >= 1)) || fail "$label: search 'national ownership' found nothing"
  ok "$label: search 'national ownership': $hits hits"

  # An assessment, answered, exported as PDF (read back with pdftotext) and as DOCX.
  local checklist item assessment
  checklist=$(json "$out/library.json" 'd["checklists"][0]["id"]')
  run "$out/checklist.md" "$program" --data-dir "$wdata" read "$checklist"
  item=$(grep -o "\`$checklist/[^\`]*\`" "$out/checklist.md" | head -n 1 | tr -d '`' || true)
  [[ -n "$item" ]] || fail "$label: read $checklist shows no item id"
  local title="Dist check: Ménaka district review" note="Verified on site with the regional council"
  run "$out/new.json" "$program" --data-dir "$wdata" assessment new --checklist "$checklist" --title "$title" --json
  assessment=$(json "$out/new.json" 'd["id"]')
  run "$out/answer.txt" "$program" --data-dir "$wdata" assessment answer "$assessment" "$item" --status met --note "$note"
  run "$out/export.txt" "$program" --data-dir "$wdata" export "$assessment" --format pdf -o "$(winpath "$out/report.pdf")"
  [[ -s "$out/report.pdf" ]] || fail "$label: export wrote no report.pdf"
  python3 packaging/check_export.py pdf "$out/report.pdf" "$title" "$note" 2>"$out/check.err" ||
    fail "$label: the exported PDF lacks the assessment's title or note: $(head -n 1 "$out/check.err")"
  ok "$label: assessment new, answer $item, export pdf: pdftotext finds the title and the note"
  run "$out/export-docx.txt" "$program" --data-dir "$wdata" export "$assessment" --format docx -o "$(winpath "$out/report.docx")"
  python3 packaging/check_export.py docx "$out/report.docx" "$title" 2>"$out/check.err" ||
    fail "$label: the exported DOCX is not a Word document with the assessment's title: $(head -n 1 "$out/check.err")"
  ok "$label: export docx: a Word document with the title"

  # Import a PDF and a Markdown file whose title is Arabic; --json through a pipe must be UTF-8.
  local arabic="تقرير بعثة الوساطة في الفاشر"
  printf '# %s\n\n## الأمن\n\nاجتمع المجلس الإقليمي مع الشرطة.\n' "$arabic" >"$out/mission.md"
  run "$out/import.json" "$program" --data-dir "$wdata" import "$(winpath "$out/mission.md")" "$(winpath "$out/report.pdf")" --json
  local added
  added=$(json "$out/import.json" 'len(d["documents"])') || fail "$label: import --json is not UTF-8 JSON"
  ((added == 2)) || fail "$label: import of a Markdown file and a PDF reported $added documents"
  run "$out/library-after.json" "$program" --data-dir "$wdata" library --json
  json "$out/library-after.json" "sys.argv[3] in [x['title'] for x in d['documents']] or sys.exit(1)" "$arabic" >/dev/null ||
    fail "$label: library --json (UTF-8) does not list the Arabic title"
  ((documents + 2 == $(json "$out/library-after.json" 'len(d["documents"])'))) || fail "$label: the import did not add 2 documents"
  ok "$label: import of mission.md (Arabic title) and report.pdf; library --json is UTF-8 through a pipe"

  check_smoke "$label" "$program" --data-dir "$wdata"
}

# check_smoke LABEL PROGRAM ARGS...: the window opens, loads the library, renders, and exits 0.
check_smoke() {
  local label=$1
  shift
  run "$WORK/smoke.txt" "$@" --smoke-test
  grep -q '^smoke-test: ok .*rendered=[1-9]' "$WORK/smoke.txt" || fail "$label: --smoke-test did not report a rendered window: $(head -c 300 "$WORK/smoke.txt")"
  ok "$label: --smoke-test exited 0: window $(sed -n 's/.*rendered=\([0-9x]*\).*/\1/p' "$WORK/smoke.txt") rendered"
}

check_program installed "$CLI"
# The windowed program (what the Start menu opens) has no console: its exit status says it all.
run "$WORK/gui-smoke.txt" "$GUI" --data-dir "$(winpath "$WORK/installed-data")" --smoke-test
ok "installed: the windowed fieldguide.exe --smoke-test exited 0"

# "Remember on this computer": the key goes to the Windows Credential Manager through keyring's
# Windows backend (win32ctypes, bundled for Windows only). Wine implements the Credential Manager
# API; the real one still needs a Windows run before a release.
KEYDATA=$(winpath "$WORK/protected-data")
printf 'correct horse battery staple\n' >"$WORK/passphrase.txt"
run "$WORK/protect-library.json" "$CLI" --data-dir "$KEYDATA" library --json
run "$WORK/protect.txt" "$CLI" --data-dir "$KEYDATA" profile protect --new-passphrase-file "$(winpath "$WORK/passphrase.txt")" --remember
run "$WORK/status.json" "$CLI" --data-dir "$KEYDATA" profile status --json
[[ "$(json "$WORK/status.json" 'd["protected"] and d["remembered"] and d["keyring_available"]')" == True ]] ||
  fail "installed: profile protect --remember did not keep the key in the Credential Manager: $(tr -d '\n' <"$WORK/status.json" | head -c 200)"
run "$WORK/protected-search.json" "$CLI" --data-dir "$KEYDATA" search "national ownership" --json
((($(json "$WORK/protected-search.json" 'len(d["hits"])')) >= 1)) || fail "installed: the protected profile, opened with the remembered key, finds nothing"
run "$WORK/forget.txt" "$CLI" --data-dir "$KEYDATA" profile forget
run "$WORK/status2.json" "$CLI" --data-dir "$KEYDATA" profile status --json
[[ "$(json "$WORK/status2.json" 'd["remembered"]')" == False ]] || fail "installed: profile forget left the key in the Credential Manager"
ok "installed: protect --remember keeps the key in the Credential Manager (Wine's); the profile then opens without a passphrase; forget removes it"

# --- the portable zip ----------------------------------------------------------------------------
UNPACKED="$WORK/usb"
mkdir -p "$UNPACKED"
unzip -q "$ZIP" -d "$UNPACKED" || fail "$ZIP does not unzip"
APP="$UNPACKED/$PORTABLE"
for file in fieldguide.exe fieldguide-cli.exe portable README.txt; do
  [[ -f "$APP/$file" ]] || fail "$ZIP: no $PORTABLE\\$file inside"
done
[[ ! -e "$USER_DATA" ]] || fail "the checks so far wrote to %LOCALAPPDATA%\\fieldguide despite --data-dir"
run "$WORK/portable.json" "$(winpath "$APP/fieldguide-cli.exe")" library --json
[[ -f "$APP/fieldguide-data/fieldguide.db" ]] || fail "portable: the data is not in fieldguide-data beside the program"
[[ ! -e "$USER_DATA" ]] || fail "portable: data was still written to %LOCALAPPDATA%\\fieldguide"
ok "portable: the marker keeps the data in $PORTABLE\\fieldguide-data, nothing in %LOCALAPPDATA%"
check_smoke "portable" "$(winpath "$APP/fieldguide-cli.exe")"

# --- where an installed program keeps its data, and the uninstaller ------------------------------
run "$WORK/default.json" "$CLI" library --json
[[ -f "$USER_DATA/fieldguide.db" ]] || fail "installed: without --data-dir the data is not in %LOCALAPPDATA%\\fieldguide"
ok "installed: without --data-dir the data goes to %LOCALAPPDATA%\\fieldguide"
before=$(cd "$USER_DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum)

# Installing again over an installed copy (an upgrade) replaces the program and keeps the data.
status=0
wine_run "$WORK/again.out" "$WORK/again.err" "$(winpath "$SETUP")" /S || status=$?
"$WINESERVER" -w
((status == 0)) || fail "setup /S over an installed copy exited $status"
run "$WORK/again-version.txt" "$CLI" --version
[[ "$(cat "$WORK/again-version.txt")" == "fieldguide $VERSION" ]] || fail "after setup /S over an installed copy, --version says '$(cat "$WORK/again-version.txt")'"
[[ "$(cd "$USER_DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum)" == "$before" ]] ||
  fail "setup /S over an installed copy changed the user's data"
ok "setup /S over an installed copy (an upgrade) leaves a working program and the user's data untouched"

status=0
wine_run "$WORK/uninstall.out" "$WORK/uninstall.err" "$(winpath "$INSTDIR/uninstall.exe")" /S || status=$?
"$WINESERVER" -w # the uninstaller runs on from a copy of itself in %TEMP%
((status == 0)) || fail "uninstall.exe /S exited $status"
[[ ! -e "$INSTDIR" ]] || fail "uninstall.exe /S left $(find "$INSTDIR" | head -n 3 | tr '\n' ' ')"
[[ ! -e "$SHORTCUT" ]] || fail "uninstall.exe /S left the Start-menu entry"
if wine_run "$WORK/reg2.out" "$WORK/reg2.err" reg query "$UNINSTALL_KEY"; then
  fail "uninstall.exe /S left the uninstall entry in $UNINSTALL_KEY"
fi
after=$(cd "$USER_DATA" 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 sha256sum)
[[ "$before" == "$after" ]] || fail "uninstall.exe /S changed or removed the user's data in %LOCALAPPDATA%\\fieldguide"
ok "uninstall.exe /S removes the program, its Start-menu and uninstall entries, and keeps the user's data intact"

trap - ERR
echo "dist-test-windows: all checks passed for fieldguide $VERSION ($SETUP, $ZIP)"
echo "dist-test-windows: $passed passed, 0 failed"
