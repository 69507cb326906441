#!/usr/bin/env bash
# Builds the macOS artefact into dist/ from the same PyInstaller spec as Linux and Windows:
#   dist/fieldguide-<version>-macos-<arch>.dmg   "Field Guide.app", dragged to Applications
#
# Needs, on a Mac: Python 3.11+ with the project installed (`pip install -e '.[dist]'` and
# `pip install pillow`, which PyInstaller uses to turn the PNG icon into an .icns; the spec leaves
# Pillow out of the bundle, and this script checks it did). hdiutil and
# codesign come with macOS. The CI workflow .github/workflows/desktop-installers.yml runs exactly
# this script on macos-latest. The app is built for the machine's architecture (arm64 on Apple
# silicon runners).
#
# Signing: PyInstaller signs the bundle ad hoc, which Apple silicon requires to run at all. With
# CODESIGN_IDENTITY set (a "Developer ID Application" certificate in the keychain) the app is
# signed for distribution instead; notarising it is then `xcrun notarytool submit` on the DMG.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" packaging/project_version.py)
ARCH=$(uname -m)
BUILD=build/macos
APP="$BUILD/pyinstaller/Field Guide.app"
DMG="dist/fieldguide-${VERSION}-macos-${ARCH}.dmg"
export PYINSTALLER_CONFIG_DIR="$PWD/build/pyinstaller-cache"

say() { printf 'dist: %s\n' "$*"; }
die() { printf 'dist: FAILED: %s\n' "$*" >&2; exit 1; }

rm -rf "$BUILD"
mkdir -p "$BUILD" dist
rm -f dist/fieldguide-*-macos-*.dmg

say "freezing fieldguide $VERSION with PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/pyinstaller" --workpath "$BUILD/work" packaging/fieldguide.spec
PROGRAM="$APP/Contents/MacOS/fieldguide"
[[ -x "$PROGRAM" ]] || die "PyInstaller produced no $PROGRAM"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
  say "signing with $CODESIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP" || die "the app's signature does not verify"

# The same checks as Linux's dist-test, on the built app, with a fresh data folder.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
reported=$("$PROGRAM" --version)
[[ "$reported" == "fieldguide $VERSION" ]] || die "--version says '$reported', expected 'fieldguide $VERSION'"
items=$("$PROGRAM" --data-dir "$data" library --json |
  "$PYTHON" -c 'import json, sys; print(sum(c["items"] for c in json.load(sys.stdin)["checklists"]))')
((items >= 150)) || die "library --json lists $items checklist items, expected at least 150"
hits=$("$PROGRAM" --data-dir "$data" search "national ownership" --json |
  "$PYTHON" -c 'import json, sys; print(len(json.load(sys.stdin)["hits"]))')
((hits >= 1)) || die "search 'national ownership' found nothing"
# The same checks as packaging/windows/test.sh: an Arabic title survives --json through a pipe
# as UTF-8, and Pillow (installed here for the icon) stayed out of the bundle.
arabic="تقرير بعثة الوساطة في الفاشر"
printf '# %s\n\nاجتمع المجلس الإقليمي مع الشرطة.\n' "$arabic" >"$data/mission.md"
"$PROGRAM" --data-dir "$data" import "$data/mission.md" --json >/dev/null || die "import of a Markdown file failed"
"$PROGRAM" --data-dir "$data" library --json |
  "$PYTHON" -c 'import json, sys; sys.exit(sys.argv[1] not in [d["title"] for d in json.loads(sys.stdin.buffer.read().decode("utf-8"))["documents"]])' "$arabic" ||
  die "library --json is not UTF-8 with the Arabic title"
[[ -z "$(find "$APP" -path '*/PIL/*' -print -quit)" ]] || die "the app carries Pillow, which it never uses"
smoke=$(QT_QPA_PLATFORM=offscreen "$PROGRAM" --data-dir "$data" --smoke-test) || die "--smoke-test exited $?"
grep -q '^smoke-test: ok' <<<"$smoke" || die "--smoke-test did not render the window: $smoke"
say "the frozen app reports $VERSION, lists $items items, searches and opens its window"

say "building $DMG"
STAGE="$BUILD/dmg"
mkdir -p "$STAGE"
# ditto keeps the bundle's symbolic links, extended attributes and signature intact.
ditto "$APP" "$STAGE/Field Guide.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Field Guide $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null || die "hdiutil cannot verify $DMG"
say "  $DMG  $(du -h "$DMG" | cut -f1)"
