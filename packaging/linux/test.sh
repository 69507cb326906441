#!/usr/bin/env bash
# `make dist-test`: checks the artefacts in dist/ as a user's machine would see them.
#
# The .deb is unpacked into a temporary root (dpkg-deb -x) and the tarball into a temporary
# folder; the frozen program is run from each, with a fresh data folder and a fresh HOME, and
# must: report the package version, list the bundled library, find a search, create an
# assessment, answer an item and export it as a PDF that pdftotext can read (and as a DOCX),
# import a PDF and a Markdown file, and open, load and render its main window offscreen and on
# an X server (--smoke-test). The tarball must also keep its data beside itself (the `portable`
# marker), and run with its symbolic links gone (as on a FAT or exFAT stick).
# Every failure is one line starting with FAIL, and the script stops there.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=$(python3 packaging/project_version.py)
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
DEB="dist/fieldguide_${VERSION}_${ARCH}.deb"
PORTABLE="fieldguide-${VERSION}-linux-${MACHINE}"
TARBALL="dist/${PORTABLE}.tar.gz"
BUNDLE="build/linux/pyinstaller/fieldguide" # what PyInstaller built, when this tree built it
DEB_LIMIT=80000000                          # bytes: the issue's 80 MB

fail() {
  printf 'dist-test: FAIL %s\n' "$*" >&2
  exit 1
}
passed=0
ok() {
  printf 'dist-test: ok   %s\n' "$*"
  passed=$((passed + 1))
}

[[ -f "$DEB" ]] || fail "$DEB is missing: run make dist first"
[[ -f "$TARBALL" ]] || fail "$TARBALL is missing: run make dist first"
for tool in dpkg-deb pdftotext python3 ldd xvfb-run; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (bash scripts/system-deps.sh --dist)"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldguide-dist-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# A user's session: a home of its own, no data folder chosen, no display (Qt draws offscreen).
export HOME="$WORK/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export QT_QPA_PLATFORM=offscreen
unset FIELDGUIDE_DATA_DIR DISPLAY WAYLAND_DISPLAY PYTHONPATH PYTHONHOME VIRTUAL_ENV || true
mkdir -p "$HOME"

# json FILE EXPR: evaluates a Python expression over the JSON document `d` read from FILE.
json() { python3 -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$@"; }

# run LOG PROGRAM ARGS...: runs the frozen program, its output in LOG; fails with the output's tail.
run() {
  local log=$1 status=0
  shift
  "$@" >"$log" 2>"$log.err" || status=$?
  ((status == 0)) || fail "fieldguide ${*:2} exited $status — $(tail -n 5 "$log.err" | tr '\n' ' ')"
}

check_symlinks() { # what archive listing, extracted folder
  local label=$1 listing=$2 folder=$3
  local expected found
  expected=$(sort "$listing")
  found=$(cd "$folder" && find . -type l -printf '%P -> %l\n' | sort)
  [[ "$expected" == "$found" ]] || fail "$label: the unpacked symbolic links differ from the archive's:
$(diff <(echo "$expected") <(echo "$found") | head -n 10)"
  if [[ -d "$BUNDLE" ]]; then
    local built
    built=$(cd "$BUNDLE" && find . -type l -printf '%P -> %l\n' | sort)
    local inside
    inside=$(cd "$folder" && find . -type l -printf '%P -> %l\n' | grep -v '^usr/' | sed 's|^opt/fieldguide/||' | sort)
    [[ "$built" == "$inside" ]] || fail "$label: symbolic links of the PyInstaller bundle were not kept"
  fi
  local dangling
  dangling=$(cd "$folder" && find . -xtype l -printf '%P\n' | head -n 3)
  [[ -z "$dangling" ]] || fail "$label: dangling symbolic links: $dangling"
  ok "$label: $(echo "$found" | grep -c . || true) symbolic links kept and resolving"
}

check_libraries() { # label program-folder: every shared library the bundle needs resolves
  local label=$1 folder=$2 unresolved
  unresolved=$(find "$folder" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$folder/fieldguide" \) -print0 |
    xargs -0 -n 20 env LD_LIBRARY_PATH="$folder/_internal" ldd 2>/dev/null | grep 'not found' | sort -u | head -n 5 || true)
  [[ -z "$unresolved" ]] || fail "$label: shared libraries not found: $unresolved"
  ok "$label: every bundled shared library resolves its dependencies"
}

# check_program LABEL PROGRAM: the user-level checks, each with a fresh data folder.
check_program() {
  local label=$1 program=$2
  local data="$WORK/$label-data" out="$WORK/$label-out"
  mkdir -p "$out"

  local reported
  reported=$("$program" --version) || fail "$label: --version exited $?"
  [[ "$reported" == "fieldguide $VERSION" ]] || fail "$label: --version says '$reported', expected 'fieldguide $VERSION'"
  ok "$label: --version is $VERSION"

  run "$out/library.json" "$program" --data-dir "$data" library --json
  local counts
  counts=$(json "$out/library.json" '"%d %d %d" % (len(d["documents"]), len(d["checklists"]), sum(c["items"] for c in d["checklists"]))')
  read -r documents checklists items <<<"$counts"
  ((documents >= 1 && checklists >= 1)) || fail "$label: library --json lists $documents documents, $checklists checklists"
  ((items >= 150)) || fail "$label: library --json lists $items checklist items, expected at least 150"
  [[ -f "$data/fieldguide.db" ]] || fail "$label: --data-dir $data holds no fieldguide.db"
  ok "$label: library --json: $documents documents, $checklists checklists, $items items"

  run "$out/search.json" "$program" --data-dir "$data" search "national ownership" --json
  local hits
  hits=$(json "$out/search.json" 'len(d["hits"])')
  ((hits >= 1)) || fail "$label: search 'national ownership' found nothing"
  ok "$label: search 'national ownership': $hits hits"

  check_assessment_export "$label" "$program" "$data" "$out"
  check_import "$label" "$program" "$data" "$out"

  check_smoke "$label" "$program" --data-dir "$data"
  # And on a real X server, through the xcb platform plugin a desktop uses, and its libraries.
  check_smoke "$label on X11 (xcb)" xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
    "$program" --data-dir "$data"
}

# Importing reads PDFs (pypdf) and Markdown into the library: the frozen program must carry both.
check_import() {
  local label=$1 program=$2 data=$3 out=$4
  local files=("$out/field-notes.md")
  printf '# Field notes from Ménaka\n\n## Security\n\nThe regional council met the police.\n' >"$out/field-notes.md"
  [[ -f "$out/report.pdf" ]] && files+=("$out/report.pdf")
  local before after
  before=$(json "$out/library.json" 'len(d["documents"])')
  run "$out/import.txt" "$program" --data-dir "$data" import "${files[@]}"
  run "$out/library-after.json" "$program" --data-dir "$data" library --json
  after=$(json "$out/library-after.json" 'len(d["documents"])')
  ((after == before + ${#files[@]})) || fail "$label: import of ${#files[@]} files left $after documents (was $before)"
  ok "$label: import of $(printf '%s ' "${files[@]##*/}")added ${#files[@]} documents"
}

# check_smoke LABEL PROGRAM ARGS...: the window opens, loads the library, renders, and exits 0.
check_smoke() {
  local label=$1 status=0 report
  shift
  report=$("$@" --smoke-test 2>"$WORK/smoke.err") || status=$?
  ((status == 0)) || fail "$label: --smoke-test exited $status — $(tail -n 5 "$WORK/smoke.err" | tr '\n' ' ')"
  grep -q '^smoke-test: ok .*rendered=[1-9]' <<<"$report" || fail "$label: --smoke-test did not report a rendered window: $report"
  ok "$label: --smoke-test exited 0: window $(sed -n 's/.*rendered=\([0-9x]*\).*/\1/p' <<<"$report") rendered"
}

check_assessment_export() {
  local label=$1 program=$2 data=$3 out=$4
  local checklist item assessment
  checklist=$(json "$out/library.json" 'd["checklists"][0]["id"]')
  run "$out/checklist.md" "$program" --data-dir "$data" read "$checklist"
  # `read` cites each item's stable id in backticks.
  item=$(grep -o "\`$checklist/[^\`]*\`" "$out/checklist.md" | head -n 1 | tr -d '`' || true)
  [[ -n "$item" ]] || fail "$label: read $checklist shows no item id"
  local title="Dist check: Ménaka district review" note="Verified on site with the regional council"
  run "$out/new.json" "$program" --data-dir "$data" assessment new --checklist "$checklist" --title "$title" --json
  assessment=$(json "$out/new.json" 'd["id"]')
  run "$out/answer.txt" "$program" --data-dir "$data" assessment answer "$assessment" "$item" --status met --note "$note"
  run "$out/export.txt" "$program" --data-dir "$data" export "$assessment" --format pdf -o "$out/report.pdf"
  [[ -s "$out/report.pdf" ]] || fail "$label: export wrote no $out/report.pdf"
  python3 packaging/check_export.py pdf "$out/report.pdf" "$title" "$note" 2>"$out/check.err" ||
    fail "$label: the exported PDF lacks the assessment's title or note: $(head -n 1 "$out/check.err")"
  ok "$label: assessment new, answer $item, export pdf: pdftotext finds the title and the note"

  # DOCX: python-docx reads templates from its own folder, a classic casualty of freezing.
  run "$out/export-docx.txt" "$program" --data-dir "$data" export "$assessment" --format docx -o "$out/report.docx"
  python3 packaging/check_export.py docx "$out/report.docx" "$title" 2>"$out/check.err" ||
    fail "$label: the exported DOCX is not a Word document with the assessment's title: $(head -n 1 "$out/check.err")"
  ok "$label: export docx: a Word document with the title"
}

# --- the .deb ------------------------------------------------------------------------------------
size=$(stat -c %s "$DEB")
((size <= DEB_LIMIT)) || fail "$DEB is $((size / 1000000)) MB, over the 80 MB limit"
ok "$DEB is $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1000000 }') MB (limit 80 MB)"

[[ "$(dpkg-deb -f "$DEB" Package)" == fieldguide ]] || fail "$DEB: Package is not fieldguide"
[[ "$(dpkg-deb -f "$DEB" Version)" == "$VERSION" ]] || fail "$DEB: control Version is not $VERSION"
[[ "$(dpkg-deb -f "$DEB" Architecture)" == "$ARCH" ]] || fail "$DEB: Architecture is not $ARCH"
depends=$(dpkg-deb -f "$DEB" Depends)
for needed in libc6 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3; do
  grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "$DEB: Depends lacks $needed"
done
ok "$DEB: control says fieldguide $VERSION $ARCH, with Qt's xcb libraries in Depends"

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
dpkg-deb --fsys-tarfile "$DEB" | tar -tvf - | awk '$1 ~ /^l/ { sub(/^\.\//, "", $6); print $6, "->", $8 }' >"$WORK/deb-links"
check_symlinks ".deb" "$WORK/deb-links" "$ROOT"
[[ -L "$ROOT/usr/bin/fieldguide" && -x "$ROOT/usr/bin/fieldguide" ]] ||
  fail ".deb: /usr/bin/fieldguide is not a link to the program"
[[ "$(readlink -f "$ROOT/usr/bin/fieldguide")" == "$ROOT/opt/fieldguide/fieldguide" ]] ||
  fail ".deb: /usr/bin/fieldguide does not lead to /opt/fieldguide/fieldguide"
desktop="$ROOT/usr/share/applications/fieldguide.desktop"
[[ -f "$desktop" ]] || fail ".deb: no desktop entry"
if command -v desktop-file-validate >/dev/null; then
  problems=$(desktop-file-validate "$desktop" 2>&1 || true)
  [[ -z "$problems" ]] || fail ".deb: desktop entry: $problems"
fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f "$ROOT/usr/share/icons/hicolor/scalable/apps/$icon.svg" && -f "$ROOT/usr/share/icons/hicolor/256x256/apps/$icon.png" ]] ||
  fail ".deb: the desktop entry's icon '$icon' is not installed"
ok ".deb: /usr/bin/fieldguide, desktop entry and icon in place"
check_libraries ".deb" "$ROOT/opt/fieldguide"

# Every system library the program links to comes from a package it depends on.
while read -r path; do
  package=$({ dpkg -S "$path" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || dpkg -S "${path#/usr}" 2>/dev/null || true; } | head -n1 | cut -d: -f1)
  [[ -n "$package" ]] || fail ".deb: no Debian package provides $path"
  grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail ".deb: links to $path from $package, which Depends does not name"
done < <(find "$ROOT/opt/fieldguide" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$ROOT/opt/fieldguide/fieldguide" \) -print0 |
  xargs -0 -n 20 env LD_LIBRARY_PATH="$ROOT/opt/fieldguide/_internal" ldd 2>/dev/null |
  awk '/=>/ && $3 ~ /^\// { print $3 }' | grep -v "^$ROOT/" | xargs -r readlink -f | sort -u)
ok ".deb: every system library the program links to belongs to a declared dependency"

# Installed: run through the link on the PATH, as a user would type it.
check_program deb "$ROOT/usr/bin/fieldguide"
# With nothing chosen, an installed program keeps its data in the user's data folder.
run "$WORK/default.json" "$ROOT/usr/bin/fieldguide" library --json
[[ -f "$XDG_DATA_HOME/fieldguide/fieldguide.db" ]] || fail ".deb: without --data-dir the data is not in ~/.local/share/fieldguide"
ok ".deb: without --data-dir the data goes to ~/.local/share/fieldguide"
rm -rf "${XDG_DATA_HOME:?}/fieldguide"

# --- the portable tarball ------------------------------------------------------------------------
UNPACKED="$WORK/portable"
mkdir -p "$UNPACKED"
tar -xzf "$TARBALL" -C "$UNPACKED"
APP="$UNPACKED/$PORTABLE"
[[ -x "$APP/fieldguide" ]] || fail "$TARBALL: no $PORTABLE/fieldguide program inside"
[[ -f "$APP/portable" ]] || fail "$TARBALL: no 'portable' marker beside the program"
tar -tvzf "$TARBALL" | awk '$1 ~ /^l/ { print $6, "->", $8 }' >"$WORK/tar-links"
sed -i "s|^$PORTABLE/||" "$WORK/tar-links"
check_symlinks "tarball" "$WORK/tar-links" "$APP"
# Pillow: pypdf would import it if bundled, but the app never needs it (the spec leaves it out).
[[ -z "$(find "$APP" -path '*/PIL/*' -print -quit)" ]] || fail "tarball: the bundle carries Pillow, which the app never uses"
ok "tarball: no Pillow in the bundle"
check_libraries "tarball" "$APP"
check_program tarball "$APP/fieldguide"

# Portable: nothing chosen, so the marker puts the data beside the program, not in the home.
run "$WORK/portable.json" "$APP/fieldguide" library --json
[[ -f "$APP/fieldguide-data/fieldguide.db" ]] || fail "tarball: with the portable marker the data is not in fieldguide-data/ beside the program"
[[ ! -e "$XDG_DATA_HOME/fieldguide" ]] || fail "tarball: with the portable marker data was still written to ~/.local/share/fieldguide"
ok "tarball: the portable marker keeps the data in $PORTABLE/fieldguide-data"
check_smoke "tarball (portable)" "$APP/fieldguide"

# A FAT or exFAT USB stick cannot hold symbolic links: the program must run without them.
FAT="$WORK/fat/$PORTABLE"
mkdir -p "$(dirname "$FAT")"
cp -a "$APP" "$FAT"
rm -rf "$FAT/fieldguide-data"
find "$FAT" -type l -delete
run "$WORK/fat.json" "$FAT/fieldguide" library --json
check_smoke "tarball without symbolic links (as on a FAT stick)" "$FAT/fieldguide"

echo "dist-test: all checks passed for fieldguide $VERSION ($DEB, $TARBALL)"
# The closing line CI reads, in the form test runners use.
echo "dist-test: $passed passed, 0 failed"
